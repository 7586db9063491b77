package ml.modele.observation.domain.form;

import static ml.modele.observation.domain.form.ElectionFormSetTest.lists;
import static ml.modele.observation.domain.form.ElectionFormSetTest.voteQuestions;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import ml.modele.observation.domain.election.BallotOption;
import ml.modele.observation.domain.election.ElectionType;

/** Results form following changes of the ballot options, with and without stored submissions. */
class ResultsFormOptionsTest {

    private static final BallotOption AWA = new BallotOption("C01", "Awa Traoré");
    private static final BallotOption MOUSSA = new BallotOption("C02", "Moussa Keïta");
    private static final BallotOption FATOUMATA = new BallotOption("C03", "Fatoumata Diallo");
    private static final BallotOption SEYDOU = new BallotOption("C04", "Seydou Coulibaly");
    private static final List<BallotOption> CANDIDATES = List.of(AWA, MOUSSA, FATOUMATA);
    private static final FormSet PRESIDENTIAL = DefaultFormSets.forElection(ElectionType.PRESIDENTIAL_ROUND_1,
            CANDIDATES);
    /** Two result sheets: both answered A to F, one answered G too. */
    private static final StoredAnswers TWO_SHEETS = StoredAnswers.builder()
            .submissions("RES", 2)
            .answers("RES", "A", 2).answers("RES", "B", 2).answers("RES", "C", 2).answers("RES", "D", 2)
            .answers("RES", "E", 2).answers("RES", "F", 2).answers("RES", "G", 1)
            .build();
    /** Two result sheets that left G out. */
    private static final StoredAnswers G_UNANSWERED = StoredAnswers.builder()
            .submissions("RES", 2)
            .answers("RES", "E", 2).answers("RES", "F", 2)
            .build();

    @Test
    void freeCodesSkipConfusableLettersAndPrefixes() {
        assertEquals(Optional.of(List.of("E", "F", "G", "H", "J", "K", "M")),
                ResultsFormOptions.freeCodes(List.of("A", "B", "C", "D"), 7));
        assertEquals(Optional.of(List.of("B", "E")), ResultsFormOptions.freeCodes(List.of("A", "CD", "DA"), 2));
        assertEquals(Optional.of(List.of()), ResultsFormOptions.freeCodes(List.of("A"), 0));
    }

    @Test
    void freeCodesEmptyWhenEveryLetterTaken() {
        List<String> everyLetter = List.of("A", "B", "C", "D", "E", "F", "G", "H", "J", "K", "M", "N", "P", "Q", "R",
                "S", "T", "U", "V", "W", "X", "Y", "Z");

        assertEquals(Optional.empty(), ResultsFormOptions.freeCodes(everyLetter, 1));
    }

    @Test
    void unchangedOptionsChangeNothing() {
        ResultsFormOptions.Update update = ResultsFormOptions.update(PRESIDENTIAL, CANDIDATES, CANDIDATES,
                TWO_SHEETS);

        assertEquals(List.of(), update.problems());
        assertEquals(PRESIDENTIAL, update.set());
        assertEquals(List.of(), FormSetChanges.between(PRESIDENTIAL, update.set()));
    }

    @Test
    void addedOptionGetsNextCodeWithoutSubmissions() {
        ResultsFormOptions.Update update = ResultsFormOptions.update(PRESIDENTIAL, CANDIDATES,
                List.of(AWA, MOUSSA, FATOUMATA, SEYDOU), StoredAnswers.none());

        assertEquals(List.of(), update.problems());
        assertEquals(List.of("E", "F", "G", "H"), voteCodes(update.set()));
        assertEquals("C04 – Seydou Coulibaly", vote(update.set(), "H").labelFr());
        assertEquals(List.of("RES: question H added (NUMBER)"), FormSetChanges.between(PRESIDENTIAL, update.set()));
        assertEquals(List.of(), FormSetValidator.validate(update.set()));
    }

    @Test
    void removedOptionLosesQuestionWithoutSubmissions() {
        ResultsFormOptions.Update update = ResultsFormOptions.update(PRESIDENTIAL, CANDIDATES,
                List.of(AWA, FATOUMATA), StoredAnswers.none());

        assertEquals(List.of(), update.problems());
        // C03 keeps G, so that cards printed before the withdrawal stay right for it.
        assertEquals(List.of("E", "G"), voteCodes(update.set()));
        assertEquals(List.of("RES: question F removed"), FormSetChanges.between(PRESIDENTIAL, update.set()));
        assertEquals(List.of(), FormSetValidator.validate(update.set()));
    }

    @Test
    void newOptionNeverTakesRemovedCode() {
        ResultsFormOptions.Update update = ResultsFormOptions.update(PRESIDENTIAL, CANDIDATES,
                List.of(AWA, SEYDOU, FATOUMATA), StoredAnswers.none());

        assertEquals(List.of("E", "H", "G"), voteCodes(update.set()));
        assertEquals("C04 – Seydou Coulibaly", vote(update.set(), "H").labelFr());
    }

    @Test
    void relabelledOptionRelabelsQuestion() {
        BallotOption renamed = new BallotOption("C02", "Moussa Keïta (RPM)");
        ResultsFormOptions.Update update = ResultsFormOptions.update(PRESIDENTIAL, CANDIDATES,
                List.of(AWA, renamed, FATOUMATA), StoredAnswers.none());

        assertEquals(List.of("E", "F", "G"), voteCodes(update.set()));
        assertEquals("C02 – Moussa Keïta (RPM)", vote(update.set(), "F").labelFr());
        assertEquals("C02 – Moussa Keïta (RPM)", vote(update.set(), "F").labelEn());
        assertEquals(List.of("RES: question F changed (label)"), FormSetChanges.between(PRESIDENTIAL, update.set()));
    }

    @Test
    void reorderedOptionsReorderQuestions() {
        ResultsFormOptions.Update update = ResultsFormOptions.update(PRESIDENTIAL, CANDIDATES,
                List.of(FATOUMATA, AWA, MOUSSA), TWO_SHEETS);

        assertEquals(List.of(), update.problems());
        assertEquals(List.of("G", "E", "F"), voteCodes(update.set()));
        assertEquals(List.of("A", "B", "C", "D", "G", "E", "F"), update.set().form("RES").orElseThrow().questions()
                .stream().map(Question::code).toList());
    }

    @Test
    void relabelAllowedWithSubmissions() {
        BallotOption renamed = new BallotOption("C01", "Awa Traoré-Sangaré");
        ResultsFormOptions.Update update = ResultsFormOptions.update(PRESIDENTIAL, CANDIDATES,
                List.of(renamed, MOUSSA, FATOUMATA), TWO_SHEETS);

        assertEquals(List.of(), update.problems());
        assertEquals("C01 – Awa Traoré-Sangaré", vote(update.set(), "E").labelFr());
        assertEquals(List.of(), FormSetChangeRules.check(PRESIDENTIAL, update.set(), TWO_SHEETS));
    }

    @Test
    void codeCaseChangeKeepsQuestion() {
        BallotOption lowerCase = new BallotOption("c02", "Moussa Keïta");
        ResultsFormOptions.Update update = ResultsFormOptions.update(PRESIDENTIAL, CANDIDATES,
                List.of(AWA, lowerCase, FATOUMATA), TWO_SHEETS);

        assertEquals(List.of(), update.problems());
        assertEquals(List.of("E", "F", "G"), voteCodes(update.set()));
        assertEquals("c02 – Moussa Keïta", vote(update.set(), "F").labelFr());
    }

    @Test
    void addAllowedWithSubmissions() {
        ResultsFormOptions.Update update = ResultsFormOptions.update(PRESIDENTIAL, CANDIDATES,
                List.of(AWA, MOUSSA, FATOUMATA, SEYDOU), TWO_SHEETS);

        assertEquals(List.of(), update.problems());
        assertEquals(List.of("E", "F", "G", "H"), voteCodes(update.set()));
    }

    @Test
    void answeredOptionRemovalRejected() {
        ResultsFormOptions.Update update = ResultsFormOptions.update(PRESIDENTIAL, CANDIDATES,
                List.of(AWA, FATOUMATA), TWO_SHEETS);

        assertEquals(List.of(new ResultsFormOptions.Problem(ResultsFormOptions.Problem.Type.OPTION_IN_USE,
                "C02 – Moussa Keïta", "RES", "F", 2)), update.problems());
        assertSame(PRESIDENTIAL, update.set());
    }

    @Test
    void answeredOptionCodeChangeRejected() {
        BallotOption recoded = new BallotOption("C33", "Fatoumata Diallo");
        ResultsFormOptions.Update update = ResultsFormOptions.update(PRESIDENTIAL, CANDIDATES,
                List.of(AWA, MOUSSA, recoded), TWO_SHEETS);

        assertEquals(List.of(new ResultsFormOptions.Problem(ResultsFormOptions.Problem.Type.OPTION_IN_USE,
                "C03 – Fatoumata Diallo", "RES", "G", 1)), update.problems());
    }

    @Test
    void everyAnsweredRemovalListed() {
        ResultsFormOptions.Update update = ResultsFormOptions.update(PRESIDENTIAL, CANDIDATES, List.of(SEYDOU),
                TWO_SHEETS);

        assertEquals(List.of("E", "F", "G"), update.problems().stream()
                .map(ResultsFormOptions.Problem::questionCode).toList());
    }

    @Test
    void unansweredOptionRemovalAllowedWithSubmissions() {
        ResultsFormOptions.Update update = ResultsFormOptions.update(PRESIDENTIAL, CANDIDATES,
                List.of(AWA, MOUSSA), G_UNANSWERED);

        assertEquals(List.of(), update.problems());
        assertEquals(List.of("E", "F"), voteCodes(update.set()));
    }

    @Test
    void designerQuestionsStayInPlace() {
        FormDefinition results = PRESIDENTIAL.form("RES").orElseThrow();
        List<Question> questions = new ArrayList<>(results.questions());
        questions.add(Question.number("H", "Résultats du procès-verbal", false, 0, 5000, "Bulletins blancs",
                "Blank ballots"));
        FormSet edited = withResults(PRESIDENTIAL, questions);

        ResultsFormOptions.Update update = ResultsFormOptions.update(edited, CANDIDATES,
                List.of(AWA, MOUSSA, FATOUMATA, SEYDOU), StoredAnswers.none());

        // The new option skips H, which the designer's question has.
        assertEquals(List.of("A", "B", "C", "D", "E", "F", "G", "J", "H"), update.set().form("RES").orElseThrow()
                .questions().stream().map(Question::code).toList());
        assertEquals(List.of(), FormSetValidator.validate(update.set()));
    }

    @Test
    void designerLabelsMatchedWhenCountsDiffer() {
        // The designer removed NON, so the count of vote questions no longer matches the options.
        FormSet referendum = DefaultFormSets.referendum();
        List<Question> questions = referendum.form("RES").orElseThrow().questions().subList(0, 5);
        FormSet edited = withResults(referendum, questions);
        List<BallotOption> before = List.of(new BallotOption("OUI", "Oui"), new BallotOption("NON", "Non"));
        List<BallotOption> after = List.of(new BallotOption("OUI", "Oui"), new BallotOption("NON", "Non"),
                new BallotOption("BLANC", "Vote blanc"));
        StoredAnswers answered = StoredAnswers.builder().submissions("RES", 1).answers("RES", "E", 1).build();

        ResultsFormOptions.Update update = ResultsFormOptions.update(edited, before, after, answered);

        assertEquals(List.of(), update.problems());
        assertEquals(List.of("E", "F", "G"), voteCodes(update.set()));
        assertEquals("OUI", vote(update.set(), "E").labelFr());
        // A label that only repeats the code in another case is not written twice.
        assertEquals("NON", vote(update.set(), "F").labelFr());
        assertEquals("BLANC – Vote blanc", vote(update.set(), "G").labelFr());
    }

    @Test
    void referendumQuestionsKeptWhenOptionsUnchangedElsewhere() {
        FormSet referendum = DefaultFormSets.referendum();
        List<BallotOption> before = List.of(new BallotOption("OUI", "Oui"), new BallotOption("NON", "Non"));
        List<BallotOption> after = List.of(new BallotOption("OUI", "Oui"), new BallotOption("NON", "Non, contre"));

        ResultsFormOptions.Update update = ResultsFormOptions.update(referendum, before, after, StoredAnswers.none());

        assertEquals("OUI", vote(update.set(), "E").labelFr());
        assertEquals("YES", vote(update.set(), "E").labelEn());
        assertEquals("NON – Non, contre", vote(update.set(), "F").labelFr());
    }

    @Test
    void noFreeCodeRenumbersWithoutSubmissions() {
        List<BallotOption> nineteen = lists(19);
        FormSet full = DefaultFormSets.forElection(ElectionType.COMMUNAL, nineteen);
        List<BallotOption> twenty = lists(20);

        ResultsFormOptions.Update update = ResultsFormOptions.update(full, nineteen, twenty, StoredAnswers.none());

        assertEquals(List.of(), update.problems());
        List<String> codes = voteCodes(update.set());
        assertEquals(20, codes.size());
        assertEquals(List.of("EA", "EB"), codes.subList(0, 2));
        assertEquals(List.of(), FormSetValidator.validate(update.set()));
    }

    @Test
    void noFreeCodeRejectedWithSubmissions() {
        List<BallotOption> nineteen = lists(19);
        FormSet full = DefaultFormSets.forElection(ElectionType.COMMUNAL, nineteen);
        StoredAnswers answered = StoredAnswers.builder().submissions("RES", 1).answers("RES", "E", 1).build();

        ResultsFormOptions.Update update = ResultsFormOptions.update(full, nineteen, lists(20), answered);

        assertEquals(List.of(new ResultsFormOptions.Problem(ResultsFormOptions.Problem.Type.NO_FREE_CODE,
                "L20 – Liste 20", "RES", "", 0)), update.problems());
        assertSame(full, update.set());
    }

    @Test
    void twelveListsUpdatedStayValid() {
        List<BallotOption> twelve = lists(12);
        FormSet communal = DefaultFormSets.forElection(ElectionType.COMMUNAL, twelve);
        List<BallotOption> changed = new ArrayList<>(twelve.subList(1, 12));
        changed.add(new BallotOption("L13", "Liste 13"));
        changed.add(new BallotOption("L14", "Liste 14"));

        ResultsFormOptions.Update update = ResultsFormOptions.update(communal, twelve, changed, StoredAnswers.none());

        assertEquals(List.of(), FormSetValidator.validate(update.set()));
        assertEquals(List.of("F", "G", "H", "J", "K", "M", "N", "P", "Q", "R", "S", "T", "U"),
                voteCodes(update.set()));
    }

    @Test
    void noOptionsRejected() {
        assertThrows(IllegalArgumentException.class,
                () -> ResultsFormOptions.update(PRESIDENTIAL, CANDIDATES, List.of(), StoredAnswers.none()));
    }

    private static List<String> voteCodes(FormSet set) {
        return voteQuestions(set.form("RES").orElseThrow()).stream().map(Question::code).toList();
    }

    private static Question vote(FormSet set, String code) {
        return set.form("RES").orElseThrow().question(code).orElseThrow();
    }

    private static FormSet withResults(FormSet set, List<Question> questions) {
        List<FormDefinition> forms = new ArrayList<>();
        for (FormDefinition form : set.forms()) {
            forms.add(form.code().equals("RES") ? new FormDefinition("RES", form.kind(), form.titleFr(),
                    form.titleEn(), questions) : form);
        }
        return new FormSet(set.name(), forms);
    }
}
