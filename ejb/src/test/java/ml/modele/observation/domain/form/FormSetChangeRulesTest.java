package ml.modele.observation.domain.form;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;

class FormSetChangeRulesTest {

    private static final FormSet DEFAULT = DefaultFormSets.referendum();
    /** ARV has 4 submissions, which answered A (4 times) and H (twice). URG has none. */
    private static final StoredAnswers ARV_ANSWERED = StoredAnswers.builder()
            .submissions("ARV", 4)
            .answers("ARV", "A", 4)
            .answers("ARV", "H", 2)
            .build();

    @Test
    void anyChangeAllowedWithoutSubmissions() {
        FormSet edited = withForm("ARV", form -> form(form, List.of(Question.text("A", "Texte", false, "Note", "Note"))));

        assertEquals(List.of(), FormSetChangeRules.check(DEFAULT, edited, StoredAnswers.none()));
    }

    @Test
    void labelsSectionsRequiredAndOrderMayChange() {
        FormSet edited = withForm("ARV", form -> {
            List<Question> questions = new ArrayList<>();
            for (Question question : form.questions()) {
                questions.add(0, new Question(question.code(), question.labelFr() + " (modifié)", "Changed",
                        question.type(), question.min(), question.max(), question.choices(), !question.required(),
                        "Autre section", question.figure()));
            }
            return form(form, questions);
        });

        assertEquals(List.of(), FormSetChangeRules.check(DEFAULT, edited, ARV_ANSWERED));
    }

    @Test
    void unansweredQuestionMayBeRemoved() {
        FormSet edited = withForm("ARV", form -> form(form, form.questions().stream()
                .filter(question -> !question.code().equals("G")).toList()));

        assertEquals(List.of(), FormSetChangeRules.check(DEFAULT, edited, ARV_ANSWERED));
    }

    @Test
    void answeredQuestionRemovalRejected() {
        FormSet edited = withForm("ARV", form -> form(form, form.questions().subList(1, form.questions().size())));

        assertEquals(List.of(new FormProblem(FormProblem.Type.QUESTION_IN_USE_REMOVED, "ARV", "A", "4")),
                FormSetChangeRules.check(DEFAULT, edited, ARV_ANSWERED));
    }

    @Test
    void answeredQuestionTypeChangeRejected() {
        FormSet edited = withQuestion("ARV", "A", question -> Question.yesNo("A", question.section(), true,
                question.labelFr(), question.labelEn()));

        assertEquals(List.of(new FormProblem(FormProblem.Type.QUESTION_IN_USE_TYPE_CHANGED, "ARV", "A", "4")),
                FormSetChangeRules.check(DEFAULT, edited, ARV_ANSWERED));
    }

    @Test
    void answeredQuestionRangeMayChange() {
        FormSet edited = withQuestion("ARV", "A", question -> Question.number("A", question.section(), true, 6, 20,
                question.labelFr(), question.labelEn()));

        assertEquals(List.of(), FormSetChangeRules.check(DEFAULT, edited, ARV_ANSWERED));
    }

    @Test
    void choiceRemovalRejectedAdditionAllowed() {
        FormSet fewer = withQuestion("ARV", "H", question -> Question.multipleChoice("H", question.section(), false,
                question.choices().subList(1, question.choices().size()), question.labelFr(), question.labelEn()));
        FormSet more = withQuestion("ARV", "H", question -> {
            List<Choice> choices = new ArrayList<>(question.choices());
            choices.add(new Choice("9", "Autre", "Other"));
            return Question.multipleChoice("H", question.section(), false, choices, question.labelFr(),
                    question.labelEn());
        });

        String firstChoice = DEFAULT.form("ARV").orElseThrow().question("H").orElseThrow().choices().get(0).code();
        assertEquals(List.of(new FormProblem(FormProblem.Type.CHOICE_IN_USE_REMOVED, "ARV", "H", firstChoice)),
                FormSetChangeRules.check(DEFAULT, fewer, ARV_ANSWERED));
        assertEquals(List.of(), FormSetChangeRules.check(DEFAULT, more, ARV_ANSWERED));
    }

    @Test
    void answeredFigureChangeRejected() {
        StoredAnswers results = StoredAnswers.builder().submissions("RES", 1).answers("RES", "A", 1).build();
        FormSet edited = withQuestion("RES", "A", question -> Question.number("A", question.section(), true, 0,
                question.max(), question.labelFr(), question.labelEn()));

        assertEquals(List.of(new FormProblem(FormProblem.Type.QUESTION_IN_USE_FIGURE_CHANGED, "RES", "A", "1")),
                FormSetChangeRules.check(DEFAULT, edited, results));
    }

    @Test
    void formWithSubmissionsKeepsCodeAndKind() {
        FormSet renamed = withForm("ARV", form -> new FormDefinition("ARR", form.kind(), form.titleFr(),
                form.titleEn(), form.questions()));
        FormSet rekinded = withForm("ARV", form -> new FormDefinition("ARV", FormKind.INCIDENT, form.titleFr(),
                form.titleEn(), form.questions()));

        assertEquals(List.of(new FormProblem(FormProblem.Type.FORM_IN_USE_REMOVED, "ARV", "", "4")),
                FormSetChangeRules.check(DEFAULT, renamed, ARV_ANSWERED));
        assertEquals(List.of(new FormProblem(FormProblem.Type.FORM_IN_USE_KIND_CHANGED, "ARV", "", "4")),
                FormSetChangeRules.check(DEFAULT, rekinded, ARV_ANSWERED));
    }

    @Test
    void formWithoutSubmissionsMayBeRemoved() {
        FormSet edited = new FormSet(DEFAULT.name(), DEFAULT.forms().stream()
                .filter(form -> !form.code().equals("URG")).toList());

        assertEquals(List.of(), FormSetChangeRules.check(DEFAULT, edited, ARV_ANSWERED));
    }

    private static FormSet withForm(String code, UnaryOperator<FormDefinition> change) {
        return new FormSet(DEFAULT.name(), DEFAULT.forms().stream()
                .map(form -> form.code().equals(code) ? change.apply(form) : form).toList());
    }

    private static FormSet withQuestion(String formCode, String questionCode, UnaryOperator<Question> change) {
        return withForm(formCode, form -> form(form, form.questions().stream()
                .map(question -> question.code().equals(questionCode) ? change.apply(question) : question).toList()));
    }

    private static FormDefinition form(FormDefinition form, List<Question> questions) {
        return new FormDefinition(form.code(), form.kind(), form.titleFr(), form.titleEn(), questions);
    }
}
