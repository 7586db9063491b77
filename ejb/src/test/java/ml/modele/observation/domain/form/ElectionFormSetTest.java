package ml.modele.observation.domain.form;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import ml.modele.observation.domain.election.BallotOption;
import ml.modele.observation.domain.election.ElectionType;

/** Default form sets built from an election's type and ballot options. */
class ElectionFormSetTest {

    private static final List<BallotOption> CANDIDATES = List.of(
            new BallotOption("C01", "Awa Traoré"),
            new BallotOption("C02", "Moussa Keïta"),
            new BallotOption("C03", "Fatoumata Diallo"));

    @Test
    void referendumWithOuiNonUnchanged() {
        List<BallotOption> options = List.of(new BallotOption("OUI", "Oui"), new BallotOption("NON", "Non"));

        assertEquals(DefaultFormSets.referendum(), DefaultFormSets.forElection(ElectionType.REFERENDUM, options));
    }

    @Test
    void electionWithoutOptionsGetsReferendum() {
        assertEquals(DefaultFormSets.referendum(), DefaultFormSets.forElection(ElectionType.LEGISLATIVE, List.of()));
    }

    @Test
    void threeCandidatesGetThreeVoteQuestions() {
        FormSet set = DefaultFormSets.forElection(ElectionType.PRESIDENTIAL_ROUND_1, CANDIDATES);
        FormDefinition results = set.form("RES").orElseThrow();

        assertEquals(List.of(), FormSetValidator.validate(set));
        assertEquals("Présidentielle, 1er tour", set.name());
        assertEquals(List.of("A", "B", "C", "D", "E", "F", "G"), codes(results));
        assertEquals(List.of("C01 – Awa Traoré", "C02 – Moussa Keïta", "C03 – Fatoumata Diallo"),
                voteQuestions(results).stream().map(Question::labelFr).toList());
        assertEquals(List.of("C01 – Awa Traoré", "C02 – Moussa Keïta", "C03 – Fatoumata Diallo"),
                voteQuestions(results).stream().map(Question::labelEn).toList());
        for (Question question : voteQuestions(results)) {
            assertEquals(QuestionType.NUMBER, question.type(), question.code());
            assertTrue(question.required(), question.code());
            assertEquals(0, question.min(), question.code());
            assertEquals(DefaultFormSets.MAX_SHEET_FIGURE, question.max(), question.code());
        }
    }

    @Test
    void sheetFiguresSameAsReferendum() {
        FormDefinition referendum = DefaultFormSets.referendum().form("RES").orElseThrow();
        FormDefinition results = DefaultFormSets.forElection(ElectionType.PRESIDENTIAL_ROUND_1, CANDIDATES)
                .form("RES").orElseThrow();

        assertEquals(referendum.questions().subList(0, 4), results.questions().subList(0, 4));
        assertEquals(List.of(ResultFigure.REGISTERED, ResultFigure.VOTERS, ResultFigure.NULL_BALLOTS,
                ResultFigure.VALID, ResultFigure.OPTION_VOTES, ResultFigure.OPTION_VOTES, ResultFigure.OPTION_VOTES),
                results.questions().stream().map(Question::figure).toList());
        assertEquals(referendum.titleFr(), results.titleFr());
        assertEquals(referendum.kind(), results.kind());
    }

    @Test
    void twoCandidatesOfSecondRound() {
        List<BallotOption> options = List.of(new BallotOption("C01", "Awa Traoré"), new BallotOption("C03", "C03"));
        FormSet set = DefaultFormSets.forElection(ElectionType.PRESIDENTIAL_ROUND_2, options);
        FormDefinition results = set.form("RES").orElseThrow();

        assertEquals(List.of(), FormSetValidator.validate(set));
        assertEquals(List.of("E", "F"), voteQuestions(results).stream().map(Question::code).toList());
        // A label that repeats the code is not written twice.
        assertEquals(List.of("C01 – Awa Traoré", "C03"), voteQuestions(results).stream().map(Question::labelFr)
                .toList());
    }

    @Test
    void twelveListsGetOneLetterEach() {
        FormSet set = DefaultFormSets.forElection(ElectionType.COMMUNAL, lists(12));
        FormDefinition results = set.form("RES").orElseThrow();

        assertEquals(List.of(), FormSetValidator.validate(set));
        assertEquals(List.of("E", "F", "G", "H", "J", "K", "M", "N", "P", "Q", "R", "S"),
                voteQuestions(results).stream().map(Question::code).toList());
        assertEquals("L12 – Liste 12", voteQuestions(results).get(11).labelFr());
    }

    @Test
    void manyListsGetTwoLettersEach() {
        FormSet set = DefaultFormSets.forElection(ElectionType.LEGISLATIVE, lists(25));
        FormDefinition results = set.form("RES").orElseThrow();

        assertEquals(List.of(), FormSetValidator.validate(set));
        List<String> codes = voteQuestions(results).stream().map(Question::code).toList();
        assertEquals(25, codes.size());
        assertEquals(List.of("EA", "EB", "EC"), codes.subList(0, 3));
        for (String code : codes) {
            assertEquals(2, code.length(), code);
            assertFalse(code.matches(".*[OIL].*"), code);
        }
    }

    @Test
    void codesValidForEveryOptionCount() {
        for (int count = 1; count <= 60; count++) {
            FormSet set = DefaultFormSets.forElection(ElectionType.COMMUNAL, lists(count));

            assertEquals(List.of(), FormSetValidator.validate(set), count + " lists");
            assertEquals(count, voteQuestions(set.form("RES").orElseThrow()).size(), count + " lists");
        }
    }

    @Test
    void arrivalNamesCandidatesOrListsDelegates() {
        Question presidential = DefaultFormSets.forElection(ElectionType.PRESIDENTIAL_ROUND_1, CANDIDATES)
                .form("ARV").orElseThrow().question("H").orElseThrow();
        Question communal = DefaultFormSets.forElection(ElectionType.COMMUNAL, lists(3))
                .form("ARV").orElseThrow().question("H").orElseThrow();

        assertEquals(List.of("Délégués des candidats", "Autres observateurs", "Forces de l'ordre"),
                presidential.choices().stream().map(Choice::labelFr).toList());
        assertEquals(List.of("1", "2", "3"), presidential.choices().stream().map(Choice::code).toList());
        assertEquals("Delegates of the lists", communal.choices().get(0).labelEn());
    }

    @Test
    void otherFormsSameAsReferendum() {
        FormSet referendum = DefaultFormSets.referendum();
        FormSet set = DefaultFormSets.forElection(ElectionType.LEGISLATIVE, lists(4));

        assertEquals(List.of("ARV", "DVT", "FDP", "RES", "URG", "RAP"),
                set.forms().stream().map(FormDefinition::code).toList());
        for (String code : List.of("DVT", "FDP", "URG", "RAP")) {
            assertEquals(referendum.form(code), set.form(code), code);
        }
    }

    static List<BallotOption> lists(int count) {
        List<BallotOption> options = new ArrayList<>();
        for (int k = 1; k <= count; k++) {
            options.add(new BallotOption(String.format("L%02d", k), "Liste " + k));
        }
        return options;
    }

    static List<Question> voteQuestions(FormDefinition results) {
        return results.questions().stream().filter(question -> question.figure() == ResultFigure.OPTION_VOTES)
                .toList();
    }

    private static List<String> codes(FormDefinition form) {
        return form.questions().stream().map(Question::code).toList();
    }
}
