package ml.modele.observation.interfaces.rest.error;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;

import org.junit.jupiter.api.Test;

class InvalidParameterExceptionTest {

    @Test
    void isoDateMessageGivesExample() {
        ApiError error = new InvalidParameterException(RequestParameter.form("date"), "26/07/2026",
                new ExpectedValue.IsoDate()).toError(Locale.FRENCH);

        assertEquals(400, error.status());
        assertEquals("api.error.isoDate", error.key());
        assertEquals("Valeur « 26/07/2026 » refusée pour le paramètre de formulaire « date » : une date ISO 8601"
                + " AAAA-MM-JJ est attendue (par exemple 2026-07-26).", error.message());
    }

    @Test
    void isoInstantMessageGivesExample() {
        ApiError error = new InvalidParameterException(RequestParameter.query("since"), "2026-06-18 06:00",
                new ExpectedValue.IsoInstant()).toError(Locale.ENGLISH);

        assertEquals("api.error.isoInstant", error.key());
        assertEquals("Value \"2026-06-18 06:00\" rejected for query parameter \"since\": an ISO 8601 instant in UTC"
                + " is expected (for example 2026-06-18T06:00:00Z).", error.message());
    }
}
