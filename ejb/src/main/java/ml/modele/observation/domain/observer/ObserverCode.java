package ml.modele.observation.domain.observer;

import java.util.Objects;
import java.util.Optional;

/**
 * Observer code used in SMS: {@value #PAYLOAD_DIGITS} digits of a sequence number followed by
 * a Damm check digit, {@value #LENGTH} digits in all (sequence 12345 gives "123459").
 *
 * <p>The Damm scheme (H. Michael Damm, "Total anti-symmetrische Quasigruppen", dissertation,
 * Philipps-Universität Marburg, 2004) runs an interim digit through a totally anti-symmetric
 * quasigroup of order 10, starting at 0; a code is valid when the interim digit ends at 0. The
 * table below is the one printed in the Wikipedia article "Damm algorithm". Because the quasigroup
 * is a Latin square, every change of one digit is detected, and because it is totally
 * anti-symmetric, every swap of two neighbouring digits is detected, check digit included.
 * {@code ObserverCodeTest} checks both exhaustively; docs/observer-codes.md explains the choice.
 */
public final class ObserverCode {

    /** Digits of the sequence number. */
    public static final int PAYLOAD_DIGITS = 5;
    /** Digits of a code, check digit included. */
    public static final int LENGTH = PAYLOAD_DIGITS + 1;
    /** Largest sequence number that fits in the payload. */
    public static final int MAX_SEQUENCE = 99_999;

    private static final int[][] QUASIGROUP = {
            {0, 3, 1, 7, 5, 9, 8, 6, 4, 2},
            {7, 0, 9, 2, 1, 5, 4, 8, 6, 3},
            {4, 2, 0, 6, 8, 7, 1, 3, 5, 9},
            {1, 7, 5, 0, 9, 8, 3, 4, 2, 6},
            {6, 1, 2, 3, 0, 4, 5, 9, 7, 8},
            {3, 6, 7, 4, 2, 0, 9, 5, 8, 1},
            {5, 8, 6, 9, 7, 2, 0, 1, 3, 4},
            {8, 9, 4, 5, 3, 6, 2, 0, 1, 7},
            {9, 4, 3, 8, 6, 1, 7, 2, 0, 5},
            {2, 5, 8, 1, 4, 3, 6, 7, 9, 0}};

    /** Reason why a text is not a valid observer code. */
    public enum Problem {
        /** Nothing was given. */
        EMPTY,
        /** A character other than 0-9. */
        NOT_DIGITS,
        /** Not {@value ObserverCode#LENGTH} digits. */
        WRONG_LENGTH,
        /** The check digit does not match: a typing error. */
        BAD_CHECK_DIGIT
    }

    private final String digits;

    private ObserverCode(String digits) {
        this.digits = digits;
    }

    /**
     * Creates the code of a sequence number.
     *
     * @throws IllegalArgumentException when the number is outside 1 to {@value #MAX_SEQUENCE}
     */
    public static ObserverCode fromSequence(int sequence) {
        if (sequence < 1 || sequence > MAX_SEQUENCE) {
            throw new IllegalArgumentException("observer sequence number must be 1 to " + MAX_SEQUENCE
                    + ", got " + sequence);
        }
        String payload = String.format("%0" + PAYLOAD_DIGITS + "d", sequence);
        return new ObserverCode(payload + checkDigit(payload));
    }

    /** Returns the problem of a candidate code, or empty when it is a valid code. */
    public static Optional<Problem> check(String text) {
        if (text == null || text.isEmpty()) {
            return Optional.of(Problem.EMPTY);
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return Optional.of(Problem.NOT_DIGITS);
            }
        }
        if (text.length() != LENGTH) {
            return Optional.of(Problem.WRONG_LENGTH);
        }
        return interim(text) == 0 ? Optional.empty() : Optional.of(Problem.BAD_CHECK_DIGIT);
    }

    /** Returns true when the text is a valid code. */
    public static boolean isValid(String text) {
        return check(text).isEmpty();
    }

    /**
     * Parses a code of exactly {@value #LENGTH} digits.
     *
     * @throws IllegalArgumentException naming the problem when the text is not a valid code
     */
    public static ObserverCode parse(String text) {
        Optional<Problem> problem = check(text);
        if (problem.isPresent()) {
            throw new IllegalArgumentException("invalid observer code '" + text + "': " + problem.get());
        }
        return new ObserverCode(text);
    }

    /** Returns the Damm check digit of a digit string. */
    public static int checkDigit(String payload) {
        for (int i = 0; i < payload.length(); i++) {
            char c = payload.charAt(i);
            if (c < '0' || c > '9') {
                throw new IllegalArgumentException("payload must be digits, got '" + payload + "'");
            }
        }
        // The table's diagonal is 0, so the interim digit itself is the digit that brings it to 0.
        return interim(payload);
    }

    private static int interim(String digits) {
        int interim = 0;
        for (int i = 0; i < digits.length(); i++) {
            interim = QUASIGROUP[interim][digits.charAt(i) - '0'];
        }
        return interim;
    }

    /** Returns the sequence number the code was generated from. */
    public int sequence() {
        return Integer.parseInt(digits.substring(0, PAYLOAD_DIGITS));
    }

    /** Returns the {@value #LENGTH} digits. */
    public String digits() {
        return digits;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ObserverCode code && code.digits.equals(digits);
    }

    @Override
    public int hashCode() {
        return Objects.hash(digits);
    }

    @Override
    public String toString() {
        return digits;
    }
}
