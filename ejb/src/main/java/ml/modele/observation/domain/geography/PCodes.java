package ml.modele.observation.domain.geography;

import java.util.regex.Pattern;

/**
 * Format rules for the P-codes of Mali: {@code ML} followed by two digits per level, so
 * {@code ML04} (région), {@code ML0406} (cercle) and {@code ML040626} (commune).
 */
public final class PCodes {

    /** ISO 3166-1 alpha-3 code of Mali, written as the parent code of every région. */
    public static final String COUNTRY_CODE = "MLI";

    private static final String PREFIX = "ML";
    private static final Pattern ANY_LEVEL = Pattern.compile("ML(\\d{2}){1,3}");

    private PCodes() {
    }

    /** Checks that a code has the form of a P-code of the given level. */
    public static boolean isValid(String code, AdminLevel level) {
        return code != null
                && code.length() == PREFIX.length() + 2 * level.number()
                && ANY_LEVEL.matcher(code).matches();
    }

    /** Checks that a code has the form of a P-code of any level. */
    public static boolean isValidAnyLevel(String code) {
        return code != null && ANY_LEVEL.matcher(code).matches();
    }
}
