package ml.modele.observation.smpp.codec;

import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Joins the parts of concatenated messages. Safe to call from several threads at once.
 *
 * <p>Parts belong together when sender, destination, reference and total are equal. The raw
 * payloads are joined in sequence order and decoded only after joining, because a UCS-2
 * character or a GSM escape sequence may straddle two parts.
 *
 * <p>A part whose sequence number was already received is ignored. So is any part of a message
 * that was completed less than one timeout ago, which catches an SMSC that delivers again after
 * a lost deliver_sm_resp.
 *
 * <p>A set that gets no new part for the timeout is returned by {@link #sweepExpired} as a
 * partial message, with {@link #GAP_MARKER} where parts are missing. The adapter must call
 * {@link #sweepExpired} regularly, and no set is dropped without being returned there.
 */
public final class ConcatenatedMessageAssembler {

    /** Text put in place of each run of missing parts in a partial message. */
    public static final String GAP_MARKER = "[...]";

    private static final Logger LOG = Logger.getLogger(ConcatenatedMessageAssembler.class.getName());

    private final TextDecoder decoder;
    private final Duration timeout;
    private final Object lock = new Object();
    private final Map<SetKey, PendingSet> pending = new HashMap<>();
    private final Map<SetKey, Instant> recentlyCompleted = new HashMap<>();

    /**
     * @param decoder decoder for the joined payloads
     * @param timeout time without a new part after which an incomplete set is returned as partial
     */
    public ConcatenatedMessageAssembler(TextDecoder decoder, Duration timeout) {
        this.decoder = Objects.requireNonNull(decoder, "decoder");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("Invalid timeout " + timeout + ": expected a positive duration");
        }
    }

    /**
     * Adds a part.
     *
     * @return the whole message when this part completes it (at once for a single-part message),
     *         otherwise empty, also when the part is a duplicate
     */
    public Optional<AssembledMessage> accept(MessagePart part) {
        if (!part.isConcatenated()) {
            return Optional.of(assemble(List.of(part), part.total()));
        }
        SetKey key = SetKey.of(part);
        List<MessagePart> completeParts;
        synchronized (lock) {
            if (recentlyCompleted.containsKey(key)) {
                logDuplicate(part, "its message was already completed");
                return Optional.empty();
            }
            // TODO: no limit on the number of pending sets; a flood of first parts grows memory until the timeout.
            PendingSet set = pending.computeIfAbsent(key, k -> new PendingSet());
            MessagePart previous = set.parts.putIfAbsent(part.sequence(), part);
            if (previous != null) {
                if (!Arrays.equals(previous.payload(), part.payload())) {
                    LOG.warning(() -> "Part " + part.sequence() + "/" + part.total() + " with reference "
                            + part.reference() + " from " + PhoneNumbers.mask(part.sender())
                            + " arrived twice with different content; keeping the first");
                }
                logDuplicate(part, "this sequence number was already received");
                return Optional.empty();
            }
            set.lastArrival = latest(set.lastArrival, part.arrival());
            if (set.parts.size() < part.total()) {
                return Optional.empty();
            }
            pending.remove(key);
            recentlyCompleted.put(key, set.lastArrival);
            completeParts = new ArrayList<>(set.parts.values());
        }
        return Optional.of(assemble(completeParts, part.total()));
    }

    /**
     * Removes and returns, as partial messages, the sets that got no new part for the timeout
     * up to the clock's current instant. Also drops the record of messages completed more than one
     * timeout ago, so their reference can be used again.
     */
    public List<AssembledMessage> sweepExpired(Clock clock) {
        Instant now = clock.instant();
        List<List<MessagePart>> expired = new ArrayList<>();
        synchronized (lock) {
            Iterator<Map.Entry<SetKey, PendingSet>> sets = pending.entrySet().iterator();
            while (sets.hasNext()) {
                PendingSet set = sets.next().getValue();
                if (!set.lastArrival.plus(timeout).isAfter(now)) {
                    expired.add(new ArrayList<>(set.parts.values()));
                    sets.remove();
                }
            }
            recentlyCompleted.values().removeIf(completedAt -> !completedAt.plus(timeout).isAfter(now));
        }
        List<AssembledMessage> messages = new ArrayList<>(expired.size());
        for (List<MessagePart> parts : expired) {
            AssembledMessage message = assemble(parts, parts.get(0).total());
            LOG.warning(() -> "Concatenated message with reference " + message.reference() + " from "
                    + PhoneNumbers.mask(message.sender()) + " timed out with parts "
                    + message.missingSequences() + " of " + message.total() + " missing");
            messages.add(message);
        }
        return messages;
    }

    /** Returns the number of incomplete sets held. */
    public int pendingCount() {
        synchronized (lock) {
            return pending.size();
        }
    }

    private AssembledMessage assemble(List<MessagePart> partsInOrder, int total) {
        MessagePart first = partsInOrder.get(0);
        List<Integer> missing = new ArrayList<>();
        int expected = 1;
        for (MessagePart part : partsInOrder) {
            for (; expected < part.sequence(); expected++) {
                missing.add(expected);
            }
            expected = part.sequence() + 1;
        }
        for (; expected <= total; expected++) {
            missing.add(expected);
        }
        DecodedText decoded = decodeWithGaps(partsInOrder, total);
        Instant firstArrival = partsInOrder.stream().map(MessagePart::arrival).min(Instant::compareTo).orElseThrow();
        Instant lastArrival = partsInOrder.stream().map(MessagePart::arrival).max(Instant::compareTo).orElseThrow();
        return new AssembledMessage(first.sender(), first.destination(), first.reference(), total, decoded,
                !missing.isEmpty(), missing, partsInOrder, firstArrival, lastArrival);
    }

    /**
     * Decodes each run of consecutive parts as one block and puts a gap marker between runs.
     * Parts with differing data_coding are decoded one by one, since their bytes cannot be joined.
     */
    private DecodedText decodeWithGaps(List<MessagePart> partsInOrder, int total) {
        int dataCoding = partsInOrder.get(0).dataCoding();
        boolean mixedCoding = partsInOrder.stream().anyMatch(p -> p.dataCoding() != dataCoding);
        if (mixedCoding) {
            LOG.warning(() -> "Parts with reference " + partsInOrder.get(0).reference()
                    + " use different data_coding values; decoding each part on its own");
        }

        StringBuilder text = new StringBuilder();
        ByteArrayOutputStream allBytes = new ByteArrayOutputStream();
        ByteArrayOutputStream run = new ByteArrayOutputStream();
        int runCoding = dataCoding;
        int previousSequence = 0;
        boolean textual = true;

        for (MessagePart part : partsInOrder) {
            boolean gap = part.sequence() != previousSequence + 1;
            if (gap || mixedCoding) {
                textual &= appendRun(text, run, runCoding);
                if (gap) {
                    text.append(GAP_MARKER);
                }
            }
            byte[] payload = part.payload();
            run.writeBytes(payload);
            allBytes.writeBytes(payload);
            runCoding = part.dataCoding();
            previousSequence = part.sequence();
        }
        textual &= appendRun(text, run, runCoding);
        if (previousSequence != total) {
            text.append(GAP_MARKER);
        }

        DecodedText whole = decoder.decode(dataCoding, allBytes.toByteArray());
        String resultText = textual ? text.toString() : null;
        return new DecodedText(resultText, whole.dataCoding(), allBytes.toByteArray());
    }

    /** Decodes and clears the run; returns false when its coding is not text. */
    private boolean appendRun(StringBuilder text, ByteArrayOutputStream run, int dataCoding) {
        if (run.size() == 0) {
            return true;
        }
        DecodedText decoded = decoder.decode(dataCoding, run.toByteArray());
        run.reset();
        if (decoded.text() == null) {
            return false;
        }
        text.append(decoded.text());
        return true;
    }

    private static Instant latest(Instant a, Instant b) {
        if (a == null) {
            return b;
        }
        return a.isAfter(b) ? a : b;
    }

    private static void logDuplicate(MessagePart part, String reason) {
        LOG.log(Level.FINE, () -> "Ignoring duplicate part " + part.sequence() + "/" + part.total()
                + " with reference " + part.reference() + " from " + PhoneNumbers.mask(part.sender())
                + ": " + reason);
    }

    private record SetKey(String sender, String destination, int reference, int total) {

        static SetKey of(MessagePart part) {
            return new SetKey(part.sender(), part.destination(), part.reference(), part.total());
        }
    }

    private static final class PendingSet {
        final TreeMap<Integer, MessagePart> parts = new TreeMap<>();
        Instant lastArrival;
    }
}
