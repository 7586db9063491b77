package ml.modele.observation.domain.form;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Decides which changes of a form set keep the submissions already stored for the election
 * readable. A stored submission is its form code and kind plus, per answer, a question code and
 * the value as typed, read back through the current set by the web forms, the verification queue
 * and the tabulation. So once a form has submissions it keeps its code and kind, and once a
 * question has answers it keeps its code, its type, its result-sheet figure and every choice.
 *
 * <p>Everything else stays open: labels, titles, sections, the required flag, the order of
 * questions and forms, new choices, new questions and new forms. A new range of a number question
 * applies to the messages that follow, and values stored under the old range stay as they are.
 * {@link FormSetValidator} still checks the proposed set as a whole.
 */
public final class FormSetChangeRules {

    private FormSetChangeRules() {
    }

    /**
     * Returns the changes from {@code current} to {@code proposed} that stored submissions forbid,
     * in the order of the current set; empty when the proposed set may replace the current one.
     */
    public static List<FormProblem> check(FormSet current, FormSet proposed, StoredAnswers stored) {
        Objects.requireNonNull(stored, "stored");
        List<FormProblem> problems = new ArrayList<>();
        for (FormDefinition form : current.forms()) {
            long submissions = stored.submissions(form.code());
            if (submissions == 0) {
                continue;
            }

            Optional<FormDefinition> replacement = proposed.form(form.code());
            if (replacement.isEmpty()) {
                problems.add(new FormProblem(FormProblem.Type.FORM_IN_USE_REMOVED, form.code(), "",
                        Long.toString(submissions)));
                continue;
            }
            if (replacement.get().kind() != form.kind()) {
                problems.add(new FormProblem(FormProblem.Type.FORM_IN_USE_KIND_CHANGED, form.code(), "",
                        Long.toString(submissions)));
            }
            checkQuestions(form, replacement.get(), stored, problems);
        }
        return List.copyOf(problems);
    }

    private static void checkQuestions(FormDefinition form, FormDefinition replacement, StoredAnswers stored,
            List<FormProblem> problems) {
        for (Question question : form.questions()) {
            long answers = stored.answers(form.code(), question.code());
            if (answers == 0) {
                continue;
            }
            String count = Long.toString(answers);

            Optional<Question> kept = replacement.question(question.code());
            if (kept.isEmpty()) {
                problems.add(new FormProblem(FormProblem.Type.QUESTION_IN_USE_REMOVED, form.code(), question.code(),
                        count));
                continue;
            }
            if (kept.get().type() != question.type()) {
                problems.add(new FormProblem(FormProblem.Type.QUESTION_IN_USE_TYPE_CHANGED, form.code(),
                        question.code(), count));
            }
            if (kept.get().figure() != question.figure()) {
                problems.add(new FormProblem(FormProblem.Type.QUESTION_IN_USE_FIGURE_CHANGED, form.code(),
                        question.code(), count));
            }
            for (Choice choice : question.choices()) {
                if (kept.get().choice(choice.code()).isEmpty()) {
                    problems.add(new FormProblem(FormProblem.Type.CHOICE_IN_USE_REMOVED, form.code(),
                            question.code(), choice.code()));
                }
            }
        }
    }
}
