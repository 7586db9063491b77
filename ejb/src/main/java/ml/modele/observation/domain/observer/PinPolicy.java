package ml.modele.observation.domain.observer;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * Rules of the one-time PIN that logs an observer in to the web form: its length, how long it
 * works, how many wrong tries it takes, and how often an observer may ask for one. The limits
 * keep a 6-digit PIN out of reach of guessing: 5 tries per PIN and 3 PINs an hour give a guesser
 * 15 chances in a million each hour.
 */
public final class PinPolicy {

    /** Digits of a PIN. */
    public static final int LENGTH = 6;
    /** How long a PIN works after it was sent: long enough for a slow SMS delivery. */
    public static final Duration VALIDITY = Duration.ofMinutes(10);
    /** Wrong PINs typed before the PIN stops working. */
    public static final int MAX_ATTEMPTS = 5;
    /** Shortest wait between two requests of one observer. */
    public static final Duration MIN_INTERVAL = Duration.ofMinutes(1);
    /** Most requests of one observer in {@link #REQUEST_WINDOW}. */
    public static final int MAX_REQUESTS = 3;
    /** Window over which requests are counted. */
    public static final Duration REQUEST_WINDOW = Duration.ofHours(1);

    private PinPolicy() {
    }

    /** Generates a PIN of {@value #LENGTH} digits; leading zeros are kept. */
    public static String generate(RandomGenerator random) {
        StringBuilder pin = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            pin.append((char) ('0' + random.nextInt(10)));
        }
        return pin.toString();
    }

    /**
     * Returns when the observer may ask for a new PIN, or empty when they may now.
     *
     * @param earlierRequests times of the observer's earlier requests, in any order
     */
    public static Optional<Instant> nextRequestAt(List<Instant> earlierRequests, Instant now) {
        Instant windowStart = now.minus(REQUEST_WINDOW);
        List<Instant> recent = earlierRequests.stream()
                .filter(time -> time.isAfter(windowStart))
                .sorted()
                .toList();
        Instant next = now;
        if (!recent.isEmpty()) {
            Instant afterLast = recent.get(recent.size() - 1).plus(MIN_INTERVAL);
            if (afterLast.isAfter(next)) {
                next = afterLast;
            }
        }
        if (recent.size() >= MAX_REQUESTS) {
            Instant windowFrees = recent.get(recent.size() - MAX_REQUESTS).plus(REQUEST_WINDOW);
            if (windowFrees.isAfter(next)) {
                next = windowFrees;
            }
        }
        return next.isAfter(now) ? Optional.of(next) : Optional.empty();
    }

    /**
     * Returns the PIN as typed without spaces, or empty when it is not {@value #LENGTH} digits.
     * Phones often show a PIN in two groups ("482 193"), and people type it that way.
     */
    public static Optional<String> normalise(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String digits = typed.replaceAll("\\s", "");
        return digits.matches("[0-9]{" + LENGTH + "}") ? Optional.of(digits) : Optional.empty();
    }
}
