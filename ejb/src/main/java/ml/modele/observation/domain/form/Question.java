package ml.modele.observation.domain.form;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Question of a form.
 *
 * @param code     letters typed before the value in an SMS, see {@link FormSetValidator} for the rules
 * @param labelFr  French label
 * @param labelEn  English label
 * @param type     type of the answer
 * @param min      smallest accepted number; null unless the type is NUMBER
 * @param max      largest accepted number; null unless the type is NUMBER
 * @param choices  options of a choice question, empty for other types
 * @param required true when a complete submission must answer it
 * @param section  name of the section that groups questions on the web form and the observer card
 * @param figure   result-sheet figure carried by a question of a results form; null otherwise
 */
public record Question(String code, String labelFr, String labelEn, QuestionType type, Integer min, Integer max,
        List<Choice> choices, boolean required, String section, ResultFigure figure) implements Serializable {

    /** Code of the yes answer of a YES_NO question. */
    public static final String YES = "1";
    /** Code of the no answer of a YES_NO question. */
    public static final String NO = "2";

    public Question {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(labelFr, "labelFr");
        Objects.requireNonNull(labelEn, "labelEn");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(section, "section");
        choices = List.copyOf(choices == null ? List.of() : choices);
    }

    /** Creates a yes/no question. */
    public static Question yesNo(String code, String section, boolean required, String labelFr, String labelEn) {
        return new Question(code, labelFr, labelEn, QuestionType.YES_NO, null, null, List.of(), required, section, null);
    }

    /** Creates a whole-number question accepting min to max inclusive. */
    public static Question number(String code, String section, boolean required, int min, int max, String labelFr,
            String labelEn) {
        return new Question(code, labelFr, labelEn, QuestionType.NUMBER, min, max, List.of(), required, section, null);
    }

    /** Creates a required whole-number question, 0 to max, carrying a figure of the result sheet. */
    public static Question figure(String code, String section, ResultFigure figure, int max, String labelFr,
            String labelEn) {
        return new Question(code, labelFr, labelEn, QuestionType.NUMBER, 0, max, List.of(), true, section, figure);
    }

    /** Creates a single-choice question. */
    public static Question singleChoice(String code, String section, boolean required, List<Choice> choices,
            String labelFr, String labelEn) {
        return new Question(code, labelFr, labelEn, QuestionType.SINGLE_CHOICE, null, null, choices, required,
                section, null);
    }

    /** Creates a multiple-choice question. */
    public static Question multipleChoice(String code, String section, boolean required, List<Choice> choices,
            String labelFr, String labelEn) {
        return new Question(code, labelFr, labelEn, QuestionType.MULTIPLE_CHOICE, null, null, choices, required,
                section, null);
    }

    /** Creates a free-text question, answered on the web. */
    public static Question text(String code, String section, boolean required, String labelFr, String labelEn) {
        return new Question(code, labelFr, labelEn, QuestionType.TEXT, null, null, List.of(), required, section, null);
    }

    /** Returns the choice with this code, if any. */
    public Optional<Choice> choice(String choiceCode) {
        for (Choice choice : choices) {
            if (choice.code().equals(choiceCode)) {
                return Optional.of(choice);
            }
        }
        return Optional.empty();
    }

    /** Returns the figure of the result sheet, if the question carries one. */
    public Optional<ResultFigure> resultFigure() {
        return Optional.ofNullable(figure);
    }
}
