package ml.modele.observation.domain.accreditation;

import java.security.SecureRandom;

/**
 * Random codes printed in the badge's QR code. A code has 26 characters of the Crockford base-32
 * alphabet (130 random bits from {@link SecureRandom}), so it cannot be guessed from the observer
 * code, the badge number or another badge, and reads back without confusing 0/O or 1/I/L.
 */
public final class VerificationCodes {

    public static final int LENGTH = 26;

    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private VerificationCodes() {
    }

    /** Draws a new code. */
    public static String next() {
        char[] code = new char[LENGTH];
        for (int i = 0; i < LENGTH; i++) {
            code[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
        }
        return new String(code);
    }

    /** Tells whether a string has the shape of a code, so that a lookup can skip anything else. */
    public static boolean isWellFormed(String value) {
        if (value == null || value.length() != LENGTH) {
            return false;
        }
        for (char c : value.toCharArray()) {
            if (new String(ALPHABET).indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }
}
