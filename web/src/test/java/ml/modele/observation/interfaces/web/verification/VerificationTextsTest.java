package ml.modele.observation.interfaces.web.verification;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import ml.modele.observation.domain.form.DefaultFormSets;
import ml.modele.observation.domain.form.FormDefinition;
import ml.modele.observation.interfaces.web.shell.LocaleBean;
import ml.modele.observation.interfaces.web.shell.ScreenTexts;

class VerificationTextsTest {

    private static final ScreenTexts FRENCH = new ScreenTexts(LocaleBean.FRENCH);
    private static final ScreenTexts ENGLISH = new ScreenTexts(LocaleBean.ENGLISH);

    @Test
    void resultSheetAnswersOnePerLine() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("F", "120");
        values.put("A", "400");
        values.put("E", "180");

        assertEquals(List.of("A (Inscrits) : 400", "E (OUI) : 180", "F (NON) : 120"),
                VerificationTexts.answerLines(form("RES"), values, FRENCH));
    }

    @Test
    void yesNoAndChoicesThroughLabels() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("B", "1");
        values.put("H", "13");

        assertEquals(List.of("B (Did the polling station open?): Yes",
                        "H (Present at opening): YES delegates (1), Other observers (3)"),
                VerificationTexts.answerLines(form("ARV"), values, ENGLISH));
    }

    @Test
    void answerToRemovedQuestionStillShown() {
        assertEquals(List.of("A (Inscrits) : 400", "Z (question absente du formulaire) : 7"),
                VerificationTexts.answerLines(form("RES"), new LinkedHashMap<>(Map.of("A", "400", "Z", "7")),
                        FRENCH).stream().sorted().toList());
    }

    @Test
    void answersWithoutFormKeepCodes() {
        assertEquals(List.of("A (question absente du formulaire) : 400"),
                VerificationTexts.answerLines(Optional.empty(), Map.of("A", "400"), FRENCH));
    }

    @Test
    void photoReasonsTranslated() {
        assertEquals("Photo lue : les chiffres concordent avec ceux enregistrés.",
                VerificationTexts.reason("figures agree", FRENCH));
        assertEquals("Photo read: differences photo/stored E 335/330, F 100/105",
                VerificationTexts.reason("differences E 335/330, F 100/105", ENGLISH));
    }

    @Test
    void typedReasonShownAsTyped() {
        assertEquals("PV relu avec les deux observateurs",
                VerificationTexts.reason("PV relu avec les deux observateurs", FRENCH));
        assertEquals("", VerificationTexts.reason(null, FRENCH));
    }

    private static Optional<FormDefinition> form(String code) {
        return DefaultFormSets.referendum().form(code);
    }
}
