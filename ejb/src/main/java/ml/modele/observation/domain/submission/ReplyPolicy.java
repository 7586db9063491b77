package ml.modele.observation.domain.submission;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Objects;
import ml.modele.observation.smpp.codec.PhoneNumbers;
import ml.modele.observation.smpp.codec.SenderAddress;

/**
 * Decides whether a reply may be sent. Short codes, alphanumeric senders and anything but a
 * Malian number get no reply, and a sender gets at most a fixed number of replies per minute,
 * because an automated sender that answers each reply would otherwise start an endless loop.
 * Thread-safe.
 */
public final class ReplyPolicy {

    /** Outcome of {@link #decide}. */
    public enum Decision {
        /** Send the reply; it has been counted against the sender's limit. */
        SEND,
        /** The sender is a short code, such as an operator service. */
        SHORT_CODE,
        /** The sender is an alphanumeric name. */
        ALPHANUMERIC,
        /** The sender is foreign, empty or malformed. */
        NOT_A_MALI_NUMBER,
        /** The sender already got the maximum number of replies in the last minute. */
        RATE_LIMITED
    }

    private static final Duration WINDOW = Duration.ofMinutes(1);
    /** Senders kept before stale ones are purged. */
    private static final int PURGE_THRESHOLD = 10_000;

    private final Clock clock;
    private final int maxPerMinute;
    private final Map<String, Deque<Instant>> sent = new HashMap<>();

    /**
     * @param clock        source of the current time
     * @param maxPerMinute replies allowed per sender in any 60-second window, at least 1
     */
    public ReplyPolicy(Clock clock, int maxPerMinute) {
        this.clock = Objects.requireNonNull(clock, "clock");
        if (maxPerMinute < 1) {
            throw new IllegalArgumentException("maxPerMinute must be at least 1, got " + maxPerMinute);
        }
        this.maxPerMinute = maxPerMinute;
    }

    /** Decides for a source address whose SMPP type of number is not known. */
    public Decision decide(String senderAddress) {
        return decide(senderAddress, PhoneNumbers.TON_UNKNOWN);
    }

    /**
     * Decides for a source address, and counts the reply when the decision is SEND.
     *
     * @param senderAddress source_addr as received
     * @param ton           SMPP type_of_number of the address
     */
    public synchronized Decision decide(String senderAddress, int ton) {
        SenderAddress address = PhoneNumbers.normalize(senderAddress, ton);
        switch (address.kind()) {
            case SHORT_CODE:
                return Decision.SHORT_CODE;
            case ALPHANUMERIC:
                return Decision.ALPHANUMERIC;
            case MALI_NUMBER:
                break;
            default:
                return Decision.NOT_A_MALI_NUMBER;
        }

        Instant now = clock.instant();
        if (sent.size() > PURGE_THRESHOLD) {
            purge(now);
        }
        Deque<Instant> times = sent.computeIfAbsent(address.e164().get(), number -> new ArrayDeque<>());
        dropOlderThanWindow(times, now);
        if (times.size() >= maxPerMinute) {
            return Decision.RATE_LIMITED;
        }
        times.addLast(now);
        return Decision.SEND;
    }

    private static void dropOlderThanWindow(Deque<Instant> times, Instant now) {
        Instant start = now.minus(WINDOW);
        while (!times.isEmpty() && !times.peekFirst().isAfter(start)) {
            times.removeFirst();
        }
    }

    private void purge(Instant now) {
        Iterator<Deque<Instant>> iterator = sent.values().iterator();
        while (iterator.hasNext()) {
            Deque<Instant> times = iterator.next();
            dropOlderThanWindow(times, now);
            if (times.isEmpty()) {
                iterator.remove();
            }
        }
    }
}
