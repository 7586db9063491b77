package ml.modele.observation.application.observer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import ml.modele.observation.domain.form.DefaultFormSets;
import ml.modele.observation.domain.form.FormDefinition;
import ml.modele.observation.domain.form.FormKind;
import ml.modele.observation.domain.form.FormSet;
import ml.modele.observation.domain.form.Question;
import ml.modele.observation.domain.observer.ObserverCode;
import ml.modele.observation.domain.submission.Answer;
import ml.modele.observation.domain.submission.Channel;
import ml.modele.observation.domain.submission.InMemoryObserverDirectory;
import ml.modele.observation.domain.submission.Language;
import ml.modele.observation.domain.submission.ObserverProfile;
import ml.modele.observation.domain.submission.SmsParser;
import ml.modele.observation.domain.submission.Submission;

/**
 * Answers of the observers' web form read against the default referendum forms: every problem is
 * listed with its code, value and what is expected, and a stored checklist names the required
 * questions that the observer's record still lacks. On DVT, A, B, C and H are required; on ARV,
 * A, B, F and G. Observer 123459 is deployed at BV-0001, with 450 registered voters.
 */
class WebFormReadingTest {

    private static final FormSet FORMS = DefaultFormSets.referendum();
    private static final String OBSERVER = "123459";
    private static final String STATION = "BV-0001";
    private static final Instant NOW = Instant.parse("2026-07-12T08:00:00Z");

    private final SmsParser parser = new SmsParser(FORMS, directory());

    private static InMemoryObserverDirectory directory() {
        return new InMemoryObserverDirectory()
                .add(new ObserverProfile(ObserverCode.parse(OBSERVER), STATION, Language.FRENCH,
                        Set.of("+22376123456")))
                .station(STATION, 450);
    }

    @Test
    void validChecklistHasNoProblem() {
        WebFormReading reading = read("DVT", values("A", "1", "B", "1", "C", "2", "D", "12", "H", "3"), "File calme");

        assertEquals(List.of(), reading.problems());
        assertEquals(List.of("A1", "B1", "C2", "D12", "H3"),
                reading.parsed().answers().stream().map(Answer::compact).toList());
        assertEquals("File calme", reading.parsed().comment());
    }

    @Test
    void everyWrongAnswerListedInFormOrder() {
        WebFormReading reading = read("ARV",
                values("H", "15", "D", "99", "C", "7h", "B", "3", "A", "25", "F", "1"), "");

        assertEquals(List.of(
                new AnswerProblem("OUT_OF_RANGE", "A", "25", "0..23"),
                new AnswerProblem("INVALID_CHOICE", "B", "3", "1 2"),
                new AnswerProblem(AnswerProblem.NOT_DIGITS, "C", "7h", ""),
                new AnswerProblem("OUT_OF_RANGE", "D", "99", "0..15"),
                new AnswerProblem("INVALID_CHOICE", "H", "15", "1 2 3 4")), reading.problems());
    }

    @Test
    void notDigitsAndRangeListedTogether() {
        WebFormReading reading = read("DVT", values("D", "12a", "A", "1", "B", "1", "C", "1", "H", "9"), "");

        assertEquals(List.of(
                new AnswerProblem(AnswerProblem.NOT_DIGITS, "D", "12a", ""),
                new AnswerProblem("INVALID_CHOICE", "H", "9", "1 2 3 4")), reading.problems());
    }

    @Test
    void everySheetCheckListed() {
        WebFormReading reading = read("RES",
                values("A", "450", "B", "500", "C", "12", "D", "300", "E", "190", "F", "120"), "");

        assertEquals(List.of(
                new AnswerProblem("OPTIONS_NOT_VALID", "D", "300", "E+F=310"),
                new AnswerProblem("VALID_NULL_NOT_VOTERS", "B", "500", "D+C=312"),
                new AnswerProblem("VOTERS_ABOVE_SHEET_REGISTERED", "B", "500", "A=450"),
                new AnswerProblem("VOTERS_ABOVE_STATION_REGISTERED", "B", "500", "450")), reading.problems());
    }

    @Test
    void resultsFieldProblemsBeforeMissingRequired() {
        WebFormReading reading = read("RES", values("A", "450", "B", "9999", "D", "3OO"), "");

        assertEquals(List.of(
                new AnswerProblem("OUT_OF_RANGE", "B", "9999", "0..5000"),
                new AnswerProblem(AnswerProblem.NOT_DIGITS, "D", "3OO", ""),
                new AnswerProblem("MISSING_REQUIRED", "C E F", "", "")), reading.problems());
    }

    @Test
    void notDigitsFieldNotCalledMissing() {
        WebFormReading reading = read("RES",
                values("A", "450", "B", "3l2", "C", "12", "D", "300", "E", "180", "F", "120"), "");

        assertEquals(List.of(new AnswerProblem(AnswerProblem.NOT_DIGITS, "B", "3l2", "")), reading.problems());
    }

    @Test
    void unknownFieldRejected() {
        WebFormReading reading = read("DVT", values("A", "1", "Z", "2", "a", "1"), "");

        assertEquals(List.of(
                new AnswerProblem("UNKNOWN_QUESTION", "Z", "2", "A B C D E F G H"),
                new AnswerProblem("UNKNOWN_QUESTION", "a", "1", "A B C D E F G H")), reading.problems());
    }

    @Test
    void emptyFieldsSkipped() {
        WebFormReading reading = read("DVT", values("A", " 1 ", "B", "", "C", "  ", "Z", ""), "");

        assertEquals(List.of(), reading.problems());
        assertEquals(List.of("A1"), reading.parsed().answers().stream().map(Answer::compact).toList());
    }

    @Test
    void emptyFormRejected() {
        WebFormReading reading = read("DVT", values("A", ""), "  ");

        assertEquals(List.of(new AnswerProblem(AnswerProblem.EMPTY_FORM, "", "", "")), reading.problems());
    }

    @Test
    void partialChecklistNamesMissing() {
        Submission record = record("DVT");

        List<String> missing = store(record, read("DVT", values("A", "1", "B", "1", "D", "4"), ""));

        assertEquals(List.of("C", "H"), missing);
    }

    @Test
    void missingJudgedAgainstRecord() {
        Submission record = record("DVT");
        store(record, read("DVT", values("A", "1", "C", "2"), ""));

        List<String> second = store(record, read("DVT", values("B", "1"), ""));
        List<String> third = store(record, read("DVT", values("H", "2", "D", "0"), ""));

        assertEquals(List.of("H"), second);
        assertEquals(List.of(), third);
        assertEquals(Map.of("A", "1", "B", "1", "C", "2", "D", "0", "H", "2"), record.values());
    }

    @Test
    void completeChecklistMissesNothing() {
        Submission record = record("ARV");

        List<String> missing = store(record, read("ARV", values("A", "7", "B", "1", "F", "1", "G", "2"), ""));

        assertEquals(List.of(), missing);
    }

    @Test
    void otherFormsMissNothing() {
        Submission incident = record("URG");

        List<String> missing = store(incident, read("URG", values("A", "12", "B", "0"), ""));

        assertEquals(List.of(), missing);
    }

    @Test
    void textQuestionNeitherFieldNorMissing() {
        FormDefinition withText = new FormDefinition("CHK", FormKind.CHECKLIST, "Contrôle", "Check", List.of(
                Question.yesNo("A", "S", true, "Ouvert ?", "Open?"),
                Question.text("T", "S", true, "Remarques", "Remarks"),
                Question.yesNo("B", "S", true, "Urne vide ?", "Box empty?")));
        FormSet set = new FormSet("Test", List.of(withText));
        SmsParser textParser = new SmsParser(set, directory());
        Submission record = new Submission(1L, withText, 7L, OBSERVER, STATION, NOW);

        WebFormReading typedText = WebFormReading.read(textParser, withText, OBSERVER, values("A", "1", "T", "calme"),
                "");
        WebFormReading valid = WebFormReading.read(textParser, withText, OBSERVER, values("A", "1"), "");
        List<String> missing = store(record, valid);

        assertEquals(List.of(new AnswerProblem("UNKNOWN_QUESTION", "T", "calme", "A B")), typedText.problems());
        assertEquals(List.of("B"), missing);
    }

    private WebFormReading read(String formCode, Map<String, String> values, String comment) {
        FormDefinition form = FORMS.form(formCode).orElseThrow();
        return WebFormReading.read(parser, form, OBSERVER, values, comment);
    }

    private static Submission record(String formCode) {
        return new Submission(1L, FORMS.form(formCode).orElseThrow(), 7L, OBSERVER, STATION, NOW);
    }

    /** Stores the answers of a reading without problems in the record, and returns what it still lacks. */
    private static List<String> store(Submission record, WebFormReading reading) {
        assertTrue(reading.problems().isEmpty(), reading.problems().toString());
        Map<String, String> answers = new LinkedHashMap<>();
        for (Answer answer : reading.parsed().answers()) {
            answers.put(answer.code(), answer.value());
        }
        record.addVersion(Channel.WEB, OBSERVER, null, answers, reading.parsed().comment(), null, NOW);
        return reading.stillMissing(record.values().keySet());
    }

    /** Returns the fields as typed, in the order given, from code and value pairs. */
    private static Map<String, String> values(String... codesAndValues) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < codesAndValues.length; i += 2) {
            values.put(codesAndValues[i], codesAndValues[i + 1]);
        }
        return values;
    }
}
