package ml.modele.observation.interfaces.rest.error;

import java.util.Locale;

/**
 * Reads enum constants from String parameters, ignoring case and surrounding spaces, for the
 * resources that accept "long_term" as well as "LONG_TERM". An unknown value raises an
 * {@link InvalidParameterException} that lists the constants.
 */
public final class EnumParameters {

    private EnumParameters() {
    }

    /** Returns the constant named by the value, or null when the value is missing or blank. */
    public static <E extends Enum<E>> E optional(Class<E> type, RequestParameter parameter, String value) {
        return value == null || value.isBlank() ? null : required(type, parameter, value);
    }

    /** Returns the constant named by the value; a missing or blank value is rejected too. */
    public static <E extends Enum<E>> E required(Class<E> type, RequestParameter parameter, String value) {
        String name = value == null ? "" : value.strip().toUpperCase(Locale.ROOT);
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(name)) {
                return constant;
            }
        }
        throw new InvalidParameterException(parameter, value == null ? "" : value, ExpectedValue.oneOf(type));
    }
}
