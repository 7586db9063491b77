package ml.modele.observation.domain.submission;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import ml.modele.observation.domain.election.BallotOption;
import ml.modele.observation.domain.election.ElectionType;
import ml.modele.observation.domain.form.DefaultFormSets;
import ml.modele.observation.domain.form.FormSet;

/** RES messages of a presidential election with three candidates, whose votes are E, F and G. */
class CandidateResultsSmsTest {

    private static final FormSet FORMS = DefaultFormSets.forElection(ElectionType.PRESIDENTIAL_ROUND_1, List.of(
            new BallotOption("C01", "Awa Traoré"), new BallotOption("C02", "Moussa Keïta"),
            new BallotOption("C03", "Fatoumata Diallo")));

    private final SmsParser parser = new SmsParser(FORMS, SmsParserTableTest.directory());
    private final ReplyComposer composer = new ReplyComposer(FORMS);

    @Test
    void threeCandidatesCounted() {
        ParsedSubmission parsed = parser.parse("+22376123456", "RES 123459 A450 B312 C12 D300 E150 F100 G50");

        assertTrue(parsed.countable(), parsed.errors().toString());
        assertEquals(150, parsed.answer("E").orElseThrow().number());
        assertEquals(100, parsed.answer("F").orElseThrow().number());
        assertEquals(50, parsed.answer("G").orElseThrow().number());
        assertEquals("RES 123459 enregistré: A450 B312 C12 D300 E150 F100 G50. Merci.",
                composer.compose(parsed).text());
    }

    @Test
    void thirdCandidateInTheSum() {
        ParsedSubmission parsed = parser.parse("+22376123456", "RES 123459 A450 B312 C12 D300 E150 F100 G40");

        assertFalse(parsed.countable());
        assertEquals("RES non compté: E+F+G=290 mais D=300. Vérifiez le PV et renvoyez tout le message."
                + " Autres réponses enregistrées.", composer.compose(parsed).text());
    }

    @Test
    void missingCandidateAsked() {
        ParsedSubmission parsed = parser.parse("+22376123456", "RES 123459 A450 B312 C12 D300 E150 F150");

        assertFalse(parsed.countable());
        assertEquals("RES: manque G. Renvoyez RES 123459 avec G. Autres réponses enregistrées.",
                composer.compose(parsed).text());
    }

    @Test
    void unknownLetterReported() {
        ParsedSubmission parsed = parser.parse("+22376123456", "RES 123459 A450 B312 C12 D300 E180 F120 H0");

        assertTrue(parsed.errors().stream().anyMatch(error -> error.type() == SubmissionError.Type.UNKNOWN_QUESTION
                && error.questionCode().equals("H")), parsed.errors().toString());
    }
}
