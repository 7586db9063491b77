package ml.modele.observation.interfaces.web.elections;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import ml.modele.observation.interfaces.web.shell.LocaleBean;
import ml.modele.observation.interfaces.web.shell.ScreenTexts;

/** The election form's messages as the screen formats them, with the arguments the service passes. */
class ElectionMessagesTest {

    private static final ScreenTexts FRENCH = new ScreenTexts(LocaleBean.FRENCH);
    private static final ScreenTexts ENGLISH = new ScreenTexts(LocaleBean.ENGLISH);

    @Test
    void lengthMessagesNameFieldLengthAndLimit() {
        assertEquals("Le nom de l'élection compte 300 caractères : 200 au plus. Raccourcissez-le.",
                FRENCH.get("election.error.nameTooLong", 300, 200));
        assertEquals("Option n° 2 : le code « CCCC » compte 60 caractères : 32 au plus. Raccourcissez-le.",
                FRENCH.get("election.error.optionCodeTooLong", 2, "CCCC", 60, 32));
        assertEquals("Option n° 1 : le libellé compte 300 caractères : 200 au plus. Raccourcissez-le.",
                FRENCH.get("election.error.optionLabelTooLong", 1, 300, 200));
        assertEquals("Étape n° 3 du calendrier : le nom compte 300 caractères : 200 au plus. Raccourcissez-le.",
                FRENCH.get("election.error.phaseNameTooLong", 3, 300, 200));
        assertEquals("The election name has 300 characters: 200 at most. Shorten it.",
                ENGLISH.get("election.error.nameTooLong", 300, 200));
    }

    @Test
    void optionCodeMessageNamesValue() {
        assertEquals("Option n° 1 : le code « A B/é » est invalide. Utilisez seulement des lettres sans accent"
                + " (A à Z), des chiffres, le tiret (-) et le tiret bas (_), sans espace, par exemple C01 ou OUI.",
                FRENCH.get("election.error.optionCodeInvalid", 1, "A B/é"));
    }

    @Test
    void dateRangeMessagesNameFieldAndValue() {
        assertEquals("Date du scrutin : le 01/01/1899 est en dehors des dates admises, du 01/01/1990 au"
                + " 31/12/2100. Vérifiez l'année.",
                FRENCH.get("election.error.dateOutOfRange", "01/01/1899", "01/01/1990", "31/12/2100"));
        assertEquals("Étape n° 1 « Campagne », fin : le 01/01/2130 est en dehors des dates admises, du 01/01/1990"
                + " au 31/12/2100. Vérifiez l'année.",
                FRENCH.get("election.error.phaseEndOutOfRange", 1, "Campagne", "01/01/2130", "01/01/1990",
                        "31/12/2100"));
    }

    @Test
    void phaseDateFieldsNameStepAndSide() {
        assertEquals("Étape n° 2 « Campagne », début", FRENCH.get("election.phase.startFieldNamed", 2, "Campagne"));
        assertEquals("Étape n° 1, fin", FRENCH.get("election.phase.endField", 1, ""));
    }

    @Test
    void closingQuestionSaysReadOnlyForGood() {
        assertEquals("Clore l'élection « Présidentielle 2028 » ? Elle passera en lecture seule : plus personne ne"
                + " pourra modifier son nom, sa date, ses options ni son calendrier, et la clôture ne pourra pas"
                + " être annulée.", FRENCH.get("election.close.question", "Présidentielle 2028"));
    }
}
