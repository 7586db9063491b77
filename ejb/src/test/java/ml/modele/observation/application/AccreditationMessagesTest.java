package ml.modele.observation.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import ml.modele.observation.domain.accreditation.AccreditationStep;

class AccreditationMessagesTest {

    @Test
    void formatsSkippedStepInFrench() {
        Object[] arguments = {"100016", "Aminata Diarra", AccreditationStep.TRAINED, AccreditationStep.CODE_SIGNED,
            AccreditationStep.REQUESTED};

        String message = AccreditationMessages.format("accreditation.error.skipped", arguments, Locale.FRENCH);

        assertEquals("Observateur 100016 (Aminata Diarra) : étape actuelle « formé ». L'étape « code de conduite"
                + " signé » doit être franchie avant « demande transmise à l'AIGE ».", message);
    }

    @Test
    void formatsSkippedStepInEnglish() {
        Object[] arguments = {"100016", "Aminata Diarra", AccreditationStep.CANDIDATE, AccreditationStep.TRAINED,
            AccreditationStep.CODE_SIGNED};

        String message = AccreditationMessages.format("accreditation.error.skipped", arguments, Locale.ENGLISH);

        assertEquals("Observer 100016 (Aminata Diarra): current step \"candidate\". Step \"trained\" must come"
                + " before \"code of conduct signed\".", message);
    }

    @Test
    void bundlesHaveSameKeys() throws IOException {
        Properties base = load("accreditation.properties");
        Properties french = load("accreditation_fr.properties");
        Properties english = load("accreditation_en.properties");

        assertEquals(french, base);
        assertEquals(french.keySet(), english.keySet());
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream input = AccreditationMessagesTest.class.getResourceAsStream(
                "/ml/modele/observation/i18n/" + name)) {
            properties.load(new java.io.InputStreamReader(input, java.nio.charset.StandardCharsets.UTF_8));
        }
        return properties;
    }
}
