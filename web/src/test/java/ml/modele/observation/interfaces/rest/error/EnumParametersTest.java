package ml.modele.observation.interfaces.rest.error;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

class EnumParametersTest {

    enum Step { REGISTERED, TRAINED }

    private static final RequestParameter STEP = RequestParameter.form("step");

    @Test
    void caseAndSpacesIgnored() {
        assertEquals(Step.TRAINED, EnumParameters.required(Step.class, STEP, " trained "));
        assertEquals(Step.REGISTERED, EnumParameters.optional(Step.class, STEP, "Registered"));
    }

    @Test
    void blankOptionalGivesNull() {
        assertNull(EnumParameters.optional(Step.class, STEP, null));
        assertNull(EnumParameters.optional(Step.class, STEP, " "));
    }

    @Test
    void missingRequiredRejected() {
        InvalidParameterException e = assertThrows(InvalidParameterException.class,
                () -> EnumParameters.required(Step.class, STEP, null));

        assertEquals("", e.value());
        assertEquals(new ExpectedValue.OneOf(List.of("REGISTERED", "TRAINED")), e.expected());
        assertEquals("api.error.missingChoice", e.toError(Locale.FRENCH).key());
        assertEquals("Paramètre de formulaire « step » manquant : choisissez parmi REGISTERED, TRAINED.",
                e.toError(Locale.FRENCH).message());
        assertEquals("Missing form parameter \"step\": choose one of REGISTERED, TRAINED.",
                e.toError(Locale.ENGLISH).message());
    }

    @Test
    void unknownValueRejectedAsSent() {
        InvalidParameterException e = assertThrows(InvalidParameterException.class,
                () -> EnumParameters.optional(Step.class, STEP, "trianed"));

        assertEquals(STEP, e.parameter());
        assertEquals("Valeur « trianed » refusée pour le paramètre de formulaire « step » : les valeurs permises sont"
                + " REGISTERED, TRAINED.", e.toError(Locale.FRENCH).message());
    }
}
