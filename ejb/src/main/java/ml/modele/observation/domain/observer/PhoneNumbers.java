package ml.modele.observation.domain.observer;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Normalises Malian phone numbers to E.164: {@code +223} followed by the 8 digits of the national
 * number. Accepts the forms people write: {@code 76 12 34 56}, {@code 223 76123456},
 * {@code 0022376123456} and {@code +223 76 12 34 56}, with spaces, dots, dashes or brackets
 * between the digits. A national number starts with 2 to 9, as Mali's numbering plan has no
 * number starting with 0 or 1.
 */
public final class PhoneNumbers {

    /** Country calling code of Mali. */
    public static final String COUNTRY_CODE = "223";

    private static final Pattern SEPARATORS = Pattern.compile("[\\s.\\-()/\u00A0\u202F]");
    private static final Pattern NATIONAL = Pattern.compile("[2-9][0-9]{7}");
    private static final Pattern E164 = Pattern.compile("\\+223[2-9][0-9]{7}");

    private PhoneNumbers() {
    }

    /** Returns the E.164 form of a written number, or empty when it is not a valid Malian number. */
    public static Optional<String> toE164(String written) {
        if (written == null) {
            return Optional.empty();
        }
        String compact = SEPARATORS.matcher(written.trim()).replaceAll("");
        String national;
        if (compact.startsWith("+" + COUNTRY_CODE)) {
            national = compact.substring(1 + COUNTRY_CODE.length());
        } else if (compact.startsWith("00" + COUNTRY_CODE)) {
            national = compact.substring(2 + COUNTRY_CODE.length());
        } else if (compact.length() == COUNTRY_CODE.length() + 8 && compact.startsWith(COUNTRY_CODE)) {
            national = compact.substring(COUNTRY_CODE.length());
        } else {
            national = compact;
        }
        return NATIONAL.matcher(national).matches() ? Optional.of("+" + COUNTRY_CODE + national) : Optional.empty();
    }

    /** Checks whether a text is already a number in E.164 form. */
    public static boolean isE164(String number) {
        return number != null && E164.matcher(number).matches();
    }

    /** Hides all but the last two digits, for logs: {@code +22376123456} becomes {@code +223******56}. */
    public static String masked(String number) {
        if (number == null || number.length() < 6) {
            return "***";
        }
        int keep = 2;
        return number.substring(0, 4) + "*".repeat(number.length() - 4 - keep) + number.substring(number.length() - keep);
    }
}
