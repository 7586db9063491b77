package ml.modele.observation.interfaces.rest.error;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/** Form that a request parameter's value must have, stated in the message that rejects a value. */
public sealed interface ExpectedValue extends Serializable {

    /** A whole number from {@code min} to {@code max}, both included. */
    record WholeNumber(long min, long max) implements ExpectedValue {
    }

    /** A decimal number with a point, as {@link Double#valueOf(String)} reads it. */
    record DecimalNumber() implements ExpectedValue {
    }

    /** A date in ISO 8601 form, {@code 2026-07-26}. */
    record IsoDate() implements ExpectedValue {
    }

    /** An instant in ISO 8601 form in UTC, {@code 2026-06-18T06:00:00Z}. */
    record IsoInstant() implements ExpectedValue {
    }

    /** One of a closed list of values. */
    record OneOf(List<String> values) implements ExpectedValue {
        public OneOf {
            values = List.copyOf(values);
        }
    }

    /** Returns the names of an enum's constants, in declaration order. */
    static OneOf oneOf(Class<? extends Enum<?>> type) {
        return new OneOf(Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
    }
}
