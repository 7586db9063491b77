package ml.modele.observation.interfaces.rest.error;

import java.util.Locale;

import jakarta.ws.rs.BadRequestException;

/**
 * A request parameter whose value the resource cannot use, such as "12a" for a whole number or
 * an unknown category. {@link InvalidParameterMapper} turns it into a 400 response whose message
 * names the parameter, the value and what is expected.
 */
public class InvalidParameterException extends BadRequestException {

    private static final long serialVersionUID = 1L;

    /** Maximum number of characters of a rejected value that the message repeats. */
    static final int MAX_SHOWN_LENGTH = 80;

    private static final String WHOLE_NUMBER = "[+-]?\\d+";

    private final RequestParameter parameter;
    private final String value;
    private final ExpectedValue expected;

    public InvalidParameterException(RequestParameter parameter, String value, ExpectedValue expected) {
        super("Invalid " + parameter.source().name().toLowerCase(Locale.ROOT) + " parameter " + parameter.name()
                + ": '" + value + "', expected " + expected);
        this.parameter = parameter;
        this.value = value;
        this.expected = expected;
    }

    public RequestParameter parameter() {
        return parameter;
    }

    public String value() {
        return value;
    }

    public ExpectedValue expected() {
        return expected;
    }

    /** Returns the 400 error body in {@code locale}. */
    public ApiError toError(Locale locale) {
        String source = ApiError.text(locale, "api.parameter." + parameter.source().name());
        String displayed = value.length() <= MAX_SHOWN_LENGTH ? value : value.substring(0, MAX_SHOWN_LENGTH) + "…";
        int status = getResponse().getStatus();
        if (expected instanceof ExpectedValue.WholeNumber range) {
            // Digits that do not fit the type get the range, anything else the general form.
            return value.matches(WHOLE_NUMBER)
                    ? ApiError.of(status, "api.error.wholeNumberRange", locale, parameter.name(), displayed, source,
                            Long.toString(range.min()), Long.toString(range.max()))
                    : ApiError.of(status, "api.error.wholeNumber", locale, parameter.name(), displayed, source);
        }
        if (expected instanceof ExpectedValue.OneOf allowed) {
            String key = value.isBlank() ? "api.error.missingChoice" : "api.error.allowedValues";
            return ApiError.of(status, key, locale, parameter.name(), displayed, source,
                    String.join(", ", allowed.values()));
        }
        if (expected instanceof ExpectedValue.IsoDate) {
            return ApiError.of(status, "api.error.isoDate", locale, parameter.name(), displayed, source);
        }
        if (expected instanceof ExpectedValue.IsoInstant) {
            return ApiError.of(status, "api.error.isoInstant", locale, parameter.name(), displayed, source);
        }
        return ApiError.of(status, "api.error.decimalNumber", locale, parameter.name(), displayed, source);
    }
}
