package ml.modele.observation.interfaces.rest.error;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;

/**
 * Converts the whole-number, decimal and enum parameters of the resources, and rejects a value that
 * does not convert with an {@link InvalidParameterException} naming the parameter and the value.
 * Jersey's own conversion throws a ParamException that carries neither the value nor the expected
 * form, and it returns 404 for path and query parameters (Jersey 3.1.11 on Payara 6.2025.10).
 * <p>
 * The results match Jersey's otherwise: a missing parameter gives its {@code @DefaultValue}, else
 * null, or zero for a primitive, and an empty one gives the same. Unlike Jersey, a value of spaces
 * only counts as empty for a boxed type too. Enums are matched by exact constant name.
 * NOTE: other types (dates, BigDecimal, enums with a static {@code fromString}) keep Jersey's
 * conversion, whose failures get the generic JSON body of {@link ErrorBodyFilter}.
 */
@Provider
public class StrictParamConverterProvider implements ParamConverterProvider {

    private record NumberType(Function<String, Object> parser, ExpectedValue expected, Object zero) {
    }

    private static final Map<Class<?>, NumberType> NUMBERS = Map.of(
            Byte.class, new NumberType(Byte::valueOf,
                    new ExpectedValue.WholeNumber(Byte.MIN_VALUE, Byte.MAX_VALUE), (byte) 0),
            Short.class, new NumberType(Short::valueOf,
                    new ExpectedValue.WholeNumber(Short.MIN_VALUE, Short.MAX_VALUE), (short) 0),
            Integer.class, new NumberType(Integer::valueOf,
                    new ExpectedValue.WholeNumber(Integer.MIN_VALUE, Integer.MAX_VALUE), 0),
            Long.class, new NumberType(Long::valueOf,
                    new ExpectedValue.WholeNumber(Long.MIN_VALUE, Long.MAX_VALUE), 0L),
            Float.class, new NumberType(Float::valueOf, new ExpectedValue.DecimalNumber(), 0f),
            Double.class, new NumberType(Double::valueOf, new ExpectedValue.DecimalNumber(), 0d));

    private static final Map<Class<?>, Class<?>> BOXES = Map.of(
            byte.class, Byte.class, short.class, Short.class, int.class, Integer.class,
            long.class, Long.class, float.class, Float.class, double.class, Double.class);

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        Optional<RequestParameter> parameter = RequestParameter.of(annotations);
        if (parameter.isEmpty()) {
            return null;
        }
        // With a default, Jersey replaces a null result by the default value.
        boolean hasDefault = Arrays.stream(annotations).anyMatch(DefaultValue.class::isInstance);
        NumberType number = NUMBERS.get(BOXES.getOrDefault(rawType, rawType));
        if (number != null) {
            Object empty = rawType.isPrimitive() && !hasDefault ? number.zero() : null;
            return new StrictConverter<>(parameter.get(), number.parser(), number.expected(), empty);
        }
        if (rawType.isEnum() && !hasStaticFromString(rawType)) {
            Class<? extends Enum> type = (Class<? extends Enum>) rawType;
            return new StrictConverter<>(parameter.get(), value -> Enum.valueOf(type, value),
                    ExpectedValue.oneOf((Class<? extends Enum<?>>) rawType), null);
        }
        return null;
    }

    /** Returns whether the type declares a static {@code fromString}, which JAX-RS uses before valueOf. */
    private static boolean hasStaticFromString(Class<?> type) {
        try {
            Method method = type.getDeclaredMethod("fromString", String.class);
            return Modifier.isStatic(method.getModifiers());
        } catch (NoSuchMethodException e) {
            return false;
        }
    }

    /**
     * Converter of one parameter. Its parser throws IllegalArgumentException, such as
     * NumberFormatException, on a value it cannot read.
     */
    private static final class StrictConverter<T> implements ParamConverter<T> {

        private final RequestParameter parameter;
        private final Function<String, Object> parser;
        private final ExpectedValue expected;
        private final Object empty;

        StrictConverter(RequestParameter parameter, Function<String, Object> parser, ExpectedValue expected,
                        Object empty) {
            this.parameter = parameter;
            this.parser = parser;
            this.expected = expected;
            this.empty = empty;
        }

        @Override
        @SuppressWarnings("unchecked")
        public T fromString(String value) {
            if (value == null || value.isBlank()) {
                return (T) empty;
            }
            try {
                return (T) parser.apply(value);
            } catch (IllegalArgumentException e) {
                throw new InvalidParameterException(parameter, value, expected);
            }
        }

        @Override
        public String toString(T value) {
            if (value == null) {
                throw new IllegalArgumentException("No value for parameter " + parameter.name());
            }
            return value instanceof Enum<?> constant ? constant.name() : value.toString();
        }
    }
}
