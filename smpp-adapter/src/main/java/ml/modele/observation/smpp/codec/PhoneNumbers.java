package ml.modele.observation.smpp.codec;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Normalisation of SMPP source addresses to E.164 for Mali (+223 and 8 digits), and masking for logs.
 *
 * <p>The platform serves Mali only, so a number of another country is rejected as
 * FOREIGN_NUMBER even though it is valid E.164. Any 8 national digits are accepted; the
 * operator prefixes are not checked, so a new number range works without a code change.
 */
public final class PhoneNumbers {

    /** type_of_number (TON) values of SMPP 3.4, section 5.2.5. */
    public static final int TON_UNKNOWN = 0;
    public static final int TON_INTERNATIONAL = 1;
    public static final int TON_NATIONAL = 2;
    public static final int TON_NETWORK_SPECIFIC = 3;
    public static final int TON_SUBSCRIBER = 4;
    public static final int TON_ALPHANUMERIC = 5;
    public static final int TON_ABBREVIATED = 6;

    private static final String COUNTRY_CODE = "223";
    private static final int NATIONAL_LENGTH = 8;
    private static final int MIN_SHORT_CODE = 3;
    private static final int MAX_SHORT_CODE = 6;
    private static final Pattern SEPARATORS = Pattern.compile("[\\s.\\-()/]");
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern LETTER = Pattern.compile("\\p{L}");

    private PhoneNumbers() {
    }

    /**
     * Normalises a source address.
     *
     * <p>Accepted as Malian: 8 digits; 223 and 8 digits; 00223 or +223 and 8 digits; with
     * spaces, dots, dashes, slashes or brackets between digits. With TON international the digits
     * must start with the country code (a leading + or 00 is tolerated). Other TON values,
     * national included, accept both 8 digits and 223 and 8 digits, because SMSCs set TON
     * inconsistently. TON alphanumeric, or any letter, gives ALPHANUMERIC; TON abbreviated,
     * or 3-6 digits, gives SHORT_CODE.
     *
     * @param address source_addr as received
     * @param ton     type_of_number of the address, or {@link #TON_UNKNOWN} when not known
     */
    public static SenderAddress normalize(String address, int ton) {
        if (address == null || address.isBlank()) {
            return rejected(SenderAddress.Kind.INVALID, "address is empty");
        }

        String trimmed = address.strip();
        if (ton == TON_ALPHANUMERIC || LETTER.matcher(trimmed).find()) {
            return rejected(SenderAddress.Kind.ALPHANUMERIC, "alphanumeric sender");
        }

        String compact = SEPARATORS.matcher(trimmed).replaceAll("");
        boolean plus = compact.startsWith("+");
        String digits = plus ? compact.substring(1) : compact;
        if (!DIGITS.matcher(digits).matches()) {
            return rejected(SenderAddress.Kind.INVALID, "address has characters other than digits");
        }
        if (ton == TON_ABBREVIATED || (!plus && digits.length() >= MIN_SHORT_CODE
                && digits.length() <= MAX_SHORT_CODE)) {
            return rejected(SenderAddress.Kind.SHORT_CODE, "short code");
        }

        if (digits.startsWith("00")) {
            plus = true;
            digits = digits.substring(2);
        }
        if (ton == TON_INTERNATIONAL) {
            plus = true;
        }
        if (plus) {
            return international(digits);
        }

        if (digits.length() == NATIONAL_LENGTH) {
            return national(digits);
        }
        if (digits.startsWith(COUNTRY_CODE)) {
            return international(digits);
        }
        return rejected(SenderAddress.Kind.INVALID, "expected 8 national digits or 223 and 8 digits, got "
                + digits.length() + " digits");
    }

    /** Normalises a source address whose TON is not known. */
    public static SenderAddress normalize(String address) {
        return normalize(address, TON_UNKNOWN);
    }

    /**
     * Masks a phone number for logs, keeping the country code, the first national digit and the
     * last 3 digits: "+22376123456" gives "+223 7X XX X4 56". Any other address keeps only its
     * last 2 characters. Returns "(none)" for null.
     */
    public static String mask(String address) {
        if (address == null) {
            return "(none)";
        }
        SenderAddress normalized = normalize(address);
        if (normalized.e164().isPresent()) {
            String national = normalized.e164().get().substring(1 + COUNTRY_CODE.length());
            return "+" + COUNTRY_CODE + " " + national.charAt(0) + "X XX X" + national.charAt(5) + " "
                    + national.substring(6);
        }
        String trimmed = address.strip();
        if (trimmed.length() <= 2) {
            return "*".repeat(trimmed.length());
        }
        return "*".repeat(trimmed.length() - 2) + trimmed.substring(trimmed.length() - 2);
    }

    private static SenderAddress international(String digits) {
        if (!digits.startsWith(COUNTRY_CODE)) {
            return rejected(SenderAddress.Kind.FOREIGN_NUMBER, "number is not Malian (country code is not 223)");
        }
        String national = digits.substring(COUNTRY_CODE.length());
        if (national.length() != NATIONAL_LENGTH) {
            return rejected(SenderAddress.Kind.INVALID, "expected 8 digits after 223, got " + national.length());
        }
        return accepted(national);
    }

    private static SenderAddress national(String digits) {
        if (digits.length() != NATIONAL_LENGTH) {
            return rejected(SenderAddress.Kind.INVALID, "expected 8 national digits, got " + digits.length());
        }
        return accepted(digits);
    }

    private static SenderAddress accepted(String national) {
        return new SenderAddress(SenderAddress.Kind.MALI_NUMBER, Optional.of("+" + COUNTRY_CODE + national), "");
    }

    private static SenderAddress rejected(SenderAddress.Kind kind, String reason) {
        return new SenderAddress(kind, Optional.empty(), reason);
    }
}
