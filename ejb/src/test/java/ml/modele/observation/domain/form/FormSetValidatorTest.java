package ml.modele.observation.domain.form;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FormSetValidatorTest {

    private static final List<Choice> YES_NO_OTHER = List.of(new Choice("1", "Oui", "Yes"), new Choice("2", "Non", "No"));

    @Test
    void defaultSetValid() {
        assertEquals(List.of(), FormSetValidator.validate(DefaultFormSets.referendum()));
    }

    @Test
    void defaultSetCodesShort() {
        for (FormDefinition form : DefaultFormSets.referendum().forms()) {
            assertEquals(3, form.code().length(), form.code());
            assertEquals(1, form.longestQuestionCode(), form.code());
        }
    }

    @Test
    void defaultSetKindsAndSections() {
        FormSet set = DefaultFormSets.referendum();

        assertEquals(List.of("ARV", "DVT", "FDP", "RES", "URG", "RAP"), set.forms().stream().map(FormDefinition::code).toList());
        assertEquals(FormKind.RESULTS, set.form("RES").orElseThrow().kind());
        assertEquals(FormKind.INCIDENT, set.form("URG").orElseThrow().kind());
        assertEquals(FormKind.PERIODIC_REPORT, set.form("RAP").orElseThrow().kind());
        for (FormDefinition form : set.forms()) {
            for (Question question : form.questions()) {
                assertTrue(!question.section().isBlank(), form.code() + question.code());
            }
        }
    }

    @Test
    void duplicateQuestionCodeRejected() {
        FormSet set = set(form("ARV", FormKind.CHECKLIST, yesNo("A"), yesNo("B"), yesNo("A")));

        assertEquals(List.of(new FormProblem(FormProblem.Type.DUPLICATE_QUESTION_CODE, "ARV", "A", "A")),
                FormSetValidator.validate(set));
    }

    @Test
    void duplicateFormCodeRejected() {
        FormSet set = set(form("ARV", FormKind.CHECKLIST, yesNo("A")), form("ARV", FormKind.INCIDENT, yesNo("A")));

        assertEquals(List.of(new FormProblem(FormProblem.Type.DUPLICATE_FORM_CODE, "ARV", "", "ARV")),
                FormSetValidator.validate(set));
    }

    @Test
    void confusableLettersRejected() {
        FormSet set = set(form("VOT", FormKind.CHECKLIST, yesNo("A"), yesNo("I"), yesNo("L"), yesNo("BO")));

        List<FormProblem> problems = FormSetValidator.validate(set);

        assertEquals(List.of(
                new FormProblem(FormProblem.Type.CONFUSABLE_LETTER, "VOT", "", "VOT"),
                new FormProblem(FormProblem.Type.CONFUSABLE_LETTER, "VOT", "I", "I"),
                new FormProblem(FormProblem.Type.CONFUSABLE_LETTER, "VOT", "L", "L"),
                new FormProblem(FormProblem.Type.CONFUSABLE_LETTER, "VOT", "BO", "BO")), problems);
    }

    @Test
    void questionPrefixRejected() {
        FormSet set = set(form("ARV", FormKind.CHECKLIST, yesNo("A"), yesNo("AB"), yesNo("B"), yesNo("ABC")));

        List<FormProblem> problems = FormSetValidator.validate(set);

        assertEquals(List.of(
                new FormProblem(FormProblem.Type.QUESTION_CODE_PREFIX, "ARV", "A", "AB"),
                new FormProblem(FormProblem.Type.QUESTION_CODE_PREFIX, "ARV", "A", "ABC"),
                new FormProblem(FormProblem.Type.QUESTION_CODE_PREFIX, "ARV", "AB", "ABC")), problems);
    }

    @Test
    void samePrefixInOtherFormAccepted() {
        FormSet set = set(form("ARV", FormKind.CHECKLIST, yesNo("A")), form("DVT", FormKind.CHECKLIST, yesNo("AB")));

        assertEquals(List.of(), FormSetValidator.validate(set));
    }

    @Test
    void formPrefixRejected() {
        FormSet set = set(form("RE", FormKind.CHECKLIST, yesNo("A")), form("RES", FormKind.CHECKLIST, yesNo("A")));

        assertEquals(List.of(new FormProblem(FormProblem.Type.FORM_CODE_PREFIX, "RE", "", "RES")),
                FormSetValidator.validate(set));
    }

    @Test
    void malformedCodesRejected() {
        FormSet set = set(form("A", FormKind.CHECKLIST, yesNo("A1"), yesNo("ABCD"), yesNo("é"), yesNo("")));

        List<FormProblem> problems = FormSetValidator.validate(set);

        assertEquals(List.of(
                new FormProblem(FormProblem.Type.INVALID_CODE, "A", "", "A"),
                new FormProblem(FormProblem.Type.INVALID_CODE, "A", "A1", "A1"),
                new FormProblem(FormProblem.Type.INVALID_CODE, "A", "ABCD", "ABCD"),
                new FormProblem(FormProblem.Type.INVALID_CODE, "A", "é", "é"),
                new FormProblem(FormProblem.Type.INVALID_CODE, "A", "", "")), problems);
    }

    @Test
    void rangeAndChoicesChecked() {
        Question badRange = Question.number("A", "S", true, 10, 5, "Nombre", "Number");
        Question noRange = new Question("B", "Nombre", "Number", QuestionType.NUMBER, null, null, List.of(), true, "S", null);
        Question noChoices = Question.singleChoice("C", "S", true, List.of(), "Choix", "Choice");
        Question badChoice = Question.singleChoice("D", "S", true, List.of(new Choice("0", "Zéro", "Zero")), "Choix", "Choice");
        Question twice = Question.multipleChoice("E", "S", true,
                List.of(new Choice("1", "Un", "One"), new Choice("1", "Un", "One")), "Choix", "Choice");
        List<Choice> ten = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            ten.add(new Choice(String.valueOf(i % 10), "C" + i, "C" + i));
        }
        Question tooMany = Question.multipleChoice("F", "S", true, ten, "Choix", "Choice");

        List<FormProblem> problems = FormSetValidator.validate(
                set(form("ARV", FormKind.CHECKLIST, badRange, noRange, noChoices, badChoice, twice, tooMany)));

        assertEquals(List.of(
                new FormProblem(FormProblem.Type.INVALID_RANGE, "ARV", "A", "10..5"),
                new FormProblem(FormProblem.Type.INVALID_RANGE, "ARV", "B", "null..null"),
                new FormProblem(FormProblem.Type.INVALID_CHOICES, "ARV", "C", "0"),
                new FormProblem(FormProblem.Type.INVALID_CHOICES, "ARV", "D", "0"),
                new FormProblem(FormProblem.Type.DUPLICATE_CHOICE_CODE, "ARV", "E", "1"),
                new FormProblem(FormProblem.Type.INVALID_CHOICES, "ARV", "F", "10"),
                new FormProblem(FormProblem.Type.INVALID_CHOICES, "ARV", "F", "0")), problems);
    }

    @Test
    void resultsFiguresChecked() {
        FormDefinition results = form("RES", FormKind.RESULTS,
                Question.figure("A", "S", ResultFigure.VOTERS, 100, "Votants", "Voters"),
                Question.figure("B", "S", ResultFigure.VALID, 100, "Exprimés", "Valid"),
                Question.figure("C", "S", ResultFigure.VALID, 100, "Exprimés", "Valid"));
        FormDefinition checklist = form("ARV", FormKind.CHECKLIST,
                Question.figure("A", "S", ResultFigure.VOTERS, 100, "Votants", "Voters"));

        List<FormProblem> problems = FormSetValidator.validate(set(results, checklist));

        assertEquals(List.of(
                new FormProblem(FormProblem.Type.INVALID_RESULT_FIGURES, "RES", "", "NULL_BALLOTS"),
                new FormProblem(FormProblem.Type.INVALID_RESULT_FIGURES, "RES", "", "VALID"),
                new FormProblem(FormProblem.Type.INVALID_RESULT_FIGURES, "RES", "", "OPTION_VOTES"),
                new FormProblem(FormProblem.Type.MISPLACED_FIGURE, "ARV", "A", "VOTERS")), problems);
    }

    @Test
    void emptySetAndLabelsChecked() {
        assertEquals(List.of(new FormProblem(FormProblem.Type.NO_FORMS, "", "", "")),
                FormSetValidator.validate(new FormSet("Vide", List.of())));
        FormSet noQuestions = set(new FormDefinition("ARV", FormKind.CHECKLIST, " ", "Arrival", List.of()));
        assertEquals(List.of(
                new FormProblem(FormProblem.Type.MISSING_LABEL, "ARV", "", "title"),
                new FormProblem(FormProblem.Type.NO_QUESTIONS, "ARV", "", "")), FormSetValidator.validate(noQuestions));
    }

    @Test
    void problemsHaveMessageKeys() {
        assertEquals("form.problem.question_code_prefix",
                new FormProblem(FormProblem.Type.QUESTION_CODE_PREFIX, "ARV", "A", "AB").messageKey());
        assertTrue(FormProblem.Type.values().length > 10);
    }

    private static Question yesNo(String code) {
        return Question.yesNo(code, "Section", false, "Question " + code, "Question " + code);
    }

    private static FormDefinition form(String code, FormKind kind, Question... questions) {
        return new FormDefinition(code, kind, "Titre " + code, "Title " + code, List.of(questions));
    }

    private static FormSet set(FormDefinition... forms) {
        return new FormSet("Essai", List.of(forms));
    }
}
