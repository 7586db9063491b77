package ml.modele.observation.interfaces.web.observer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import ml.modele.observation.application.observer.AnswerProblem;
import ml.modele.observation.application.observer.WebSubmissionOutcome;
import ml.modele.observation.domain.form.DefaultFormSets;
import ml.modele.observation.domain.form.FormDefinition;
import ml.modele.observation.domain.form.FormSet;

/** Messages of the observers' web form in French and English, on the default referendum forms. */
class AnswerProblemTextsTest {

    private static final FormSet FORMS = DefaultFormSets.referendum();
    private static final FormDefinition ARV = FORMS.form("ARV").orElseThrow();
    private static final FormDefinition RES = FORMS.form("RES").orElseThrow();

    private final AnswerProblemTexts french = new AnswerProblemTexts(Locale.FRENCH);
    private final AnswerProblemTexts english = new AnswerProblemTexts(Locale.ENGLISH);

    @Test
    void notDigitsNamesWhatIsExpected() {
        assertEquals("« Heure d'ouverture » (C) : « 7h » n'est pas un nombre. Saisissez un nombre entier de 0 à 23,"
                + " en chiffres seulement.", french.describe(ARV, new AnswerProblem(AnswerProblem.NOT_DIGITS, "C",
                "7h", "")));
        assertEquals("\"Present at opening\" (H): \"1,3\" is not a series of digits. Enter one or more digits among:"
                + " 1 = YES delegates, 2 = NO delegates, 3 = Other observers, 4 = Security forces.",
                english.describe(ARV, new AnswerProblem(AnswerProblem.NOT_DIGITS, "H", "1,3", "")));
        assertEquals("« Le bureau a-t-il ouvert ? » (B) : la valeur oui n'est pas un choix possible (1 = Oui,"
                + " 2 = Non). Corrigez ce champ.", french.describe(ARV, new AnswerProblem(AnswerProblem.NOT_DIGITS,
                "B", "oui", "")));
    }

    @Test
    void unknownFieldNamesCodes() {
        assertEquals("Le code « Z » (valeur « 2 ») n'est pas une question du formulaire ARV. Codes possibles :"
                + " A B C D E F G H.", french.describe(ARV, new AnswerProblem("UNKNOWN_QUESTION", "Z", "2",
                "A B C D E F G H")));
    }

    @Test
    void missingRequiredNamesLabels() {
        assertEquals("Required fields left empty: \"Null ballots\" (C), \"NO\" (F). Fill them in and send again.",
                english.describe(RES, new AnswerProblem("MISSING_REQUIRED", "C F", "", "")));
    }

    @Test
    void rejectedHeadingCountsProblems() {
        assertEquals("Formulaire refusé, rien n'a été enregistré : un problème à corriger. Corrigez chaque point"
                + " ci-dessous puis envoyez de nouveau le formulaire.", french.rejected(1));
        assertEquals("Formulaire refusé, rien n'a été enregistré : 4 problèmes à corriger. Corrigez chaque point"
                + " ci-dessous puis envoyez de nouveau le formulaire.", french.rejected(4));
        assertEquals("Form rejected, nothing was stored: 2 problems to correct. Correct each point below, then send"
                + " the form again.", english.rejected(2));
    }

    @Test
    void incompleteChecklistNamesMissingQuestions() {
        WebSubmissionOutcome outcome = new WebSubmissionOutcome(5L, 1, "BV-0001", List.of(), List.of("F", "G"));

        assertEquals(Optional.of("Liste de contrôle ARV incomplète pour le bureau BV-0001. Questions obligatoires"
                + " encore sans réponse : « Urne montrée vide avant le vote ? » (F), « Matériel complet (bulletins,"
                + " encre, isoloir, liste) ? » (G). La liste reste incomplète tant que vous n'avez pas envoyé ces"
                + " réponses, ici ou par SMS."), french.completeness(outcome, ARV));
        assertEquals(Optional.of("Checklist ARV is incomplete for station BV-0001. Required questions still"
                + " unanswered: \"Ballot box shown empty before voting?\" (F), \"Material complete (ballots, ink,"
                + " booth, register)?\" (G). The checklist stays incomplete until you send these answers, here or"
                + " by SMS."), english.completeness(outcome, ARV));
    }

    @Test
    void completeChecklistReported() {
        WebSubmissionOutcome outcome = new WebSubmissionOutcome(5L, 2, "", List.of(), List.of());

        assertEquals(Optional.of("Liste de contrôle ARV complète pour le bureau - : toutes les questions"
                + " obligatoires ont une réponse."), french.completeness(outcome, ARV));
        assertEquals(Optional.empty(), french.completeness(outcome, RES));
    }
}
