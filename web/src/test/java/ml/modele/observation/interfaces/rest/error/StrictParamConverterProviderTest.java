package ml.modele.observation.interfaces.rest.error;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.List;
import java.util.Locale;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;

import org.junit.jupiter.api.Test;

class StrictParamConverterProviderTest {

    enum Colour { RED, GREEN }

    /** Parameters as resource methods declare them; only their types and annotations are used. */
    @SuppressWarnings("unused")
    static class Parameters {
        void election(@PathParam("election") long election) { }
        void max(@QueryParam("max") @DefaultValue("50") int max) { }
        void version(@QueryParam("version") Long version) { }
        void share(@FormParam("share") Double share) { }
        void colour(@FormParam("colour") Colour colour) { }
        void options(@FormParam("option") List<Long> options) { }
        void name(@QueryParam("q") String name) { }
        void unbound(long id) { }
    }

    private final StrictParamConverterProvider provider = new StrictParamConverterProvider();

    @Test
    void wholeNumberConverts() {
        assertEquals(42L, converter("election").fromString("42"));
        assertEquals(-7L, converter("election").fromString("-7"));
    }

    @Test
    void lettersInWholeNumberRejected() {
        InvalidParameterException e = assertThrows(InvalidParameterException.class,
                () -> converter("election").fromString("12a"));

        assertEquals(new RequestParameter(RequestParameter.Source.PATH, "election"), e.parameter());
        assertEquals("12a", e.value());
        assertEquals(new ExpectedValue.WholeNumber(Long.MIN_VALUE, Long.MAX_VALUE), e.expected());
        assertEquals(400, e.getResponse().getStatus());
        assertEquals("Valeur « 12a » refusée pour le paramètre de chemin « election » : un nombre entier est attendu,"
                + " sans lettres, espaces ni décimales (par exemple 12).", e.toError(Locale.FRENCH).message());
        assertEquals("Value \"12a\" rejected for path parameter \"election\": a whole number is expected, without"
                + " letters, spaces or decimals (for example 12).", e.toError(Locale.ENGLISH).message());
    }

    @Test
    void wholeNumberOutOfRangeNamesLimits() {
        InvalidParameterException e = assertThrows(InvalidParameterException.class,
                () -> converter("max").fromString("3000000000"));

        assertEquals("api.error.wholeNumberRange", e.toError(Locale.FRENCH).key());
        assertEquals("Valeur « 3000000000 » refusée pour le paramètre de requête « max » : le nombre entier doit être"
                + " compris entre -2147483648 et 2147483647.", e.toError(Locale.FRENCH).message());
    }

    @Test
    void emptyPrimitiveGivesZero() {
        assertEquals(0L, converter("election").fromString(null));
        assertEquals(0L, converter("election").fromString(""));
        assertEquals(0L, converter("election").fromString("  "));
    }

    @Test
    void emptyValueWithDefaultGivesNull() {
        // Jersey then injects the converted @DefaultValue.
        assertNull(converter("max").fromString(""));
        assertEquals(50, converter("max").fromString("50"));
    }

    @Test
    void emptyBoxedValueGivesNull() {
        assertNull(converter("version").fromString(null));
        assertNull(converter("version").fromString(""));
        assertEquals(3L, converter("version").fromString("3"));
    }

    @Test
    void decimalNeedsPoint() {
        assertEquals(0.5, converter("share").fromString("0.5"));

        InvalidParameterException e = assertThrows(InvalidParameterException.class,
                () -> converter("share").fromString("0,5"));

        assertEquals("Valeur « 0,5 » refusée pour le paramètre de formulaire « share » : un nombre est attendu, avec un"
                + " point pour séparer les décimales (par exemple 0.5).", e.toError(Locale.FRENCH).message());
    }

    @Test
    void unknownEnumListsConstants() {
        assertEquals(Colour.GREEN, converter("colour").fromString("GREEN"));

        InvalidParameterException e = assertThrows(InvalidParameterException.class,
                () -> converter("colour").fromString("green"));

        assertEquals(new ExpectedValue.OneOf(List.of("RED", "GREEN")), e.expected());
        assertEquals("Valeur « green » refusée pour le paramètre de formulaire « colour » : les valeurs permises sont"
                + " RED, GREEN.", e.toError(Locale.FRENCH).message());
    }

    @Test
    void listElementUsesSameConverter() throws Exception {
        Parameter options = parameter("options");
        ParamConverter<Long> element = provider.getConverter(Long.class, Long.class, options.getAnnotations());

        InvalidParameterException e = assertThrows(InvalidParameterException.class, () -> element.fromString("x"));

        assertEquals(new RequestParameter(RequestParameter.Source.FORM, "option"), e.parameter());
    }

    @Test
    void longValueShortenedInMessage() {
        String value = "9".repeat(30) + "x".repeat(200);

        InvalidParameterException e = assertThrows(InvalidParameterException.class,
                () -> converter("election").fromString(value));

        String message = e.toError(Locale.FRENCH).message();
        assertTrue(message.contains("« " + value.substring(0, InvalidParameterException.MAX_SHOWN_LENGTH) + "… »"),
                message);
        assertEquals(value, e.value());
    }

    @Test
    void stringsAndUnboundParametersLeftToJersey() {
        assertNull(converter("name"));
        assertNull(converter("unbound"));
    }

    @Test
    void enumNameWrittenBack() {
        assertEquals("RED", converter("colour").toString(Colour.RED));
        assertEquals("42", converter("election").toString(42L));
    }

    @SuppressWarnings("unchecked")
    private ParamConverter<Object> converter(String method) {
        Parameter parameter = parameter(method);
        return (ParamConverter<Object>) provider.getConverter(parameter.getType(), parameter.getParameterizedType(),
                parameter.getAnnotations());
    }

    private static Parameter parameter(String method) {
        for (Method candidate : Parameters.class.getDeclaredMethods()) {
            if (candidate.getName().equals(method)) {
                return candidate.getParameters()[0];
            }
        }
        throw new IllegalArgumentException("No method " + method);
    }
}
