package ml.modele.observation.interfaces.web.observer;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

import ml.modele.observation.application.observer.AnswerProblem;
import ml.modele.observation.domain.form.Choice;
import ml.modele.observation.domain.form.FormDefinition;
import ml.modele.observation.domain.form.Question;
import ml.modele.observation.domain.form.QuestionType;
import ml.modele.observation.interfaces.web.shell.Messages;

/**
 * Texts of the observers' web form in one language: question and choice labels, and the message
 * of a refused answer, which names the field by its label, its code and the value. The web page
 * and the REST API share it.
 */
public final class AnswerProblemTexts {

    private final Locale locale;
    private final ResourceBundle bundle;

    public AnswerProblemTexts(Locale locale) {
        this.locale = "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.FRENCH;
        this.bundle = ResourceBundle.getBundle(Messages.BUNDLE, this.locale);
    }

    /** Returns the message of a problem of a form's answers. */
    public String describe(FormDefinition form, AnswerProblem problem) {
        Question question = form.question(problem.questionCode()).orElse(null);
        String label = question == null ? problem.questionCode() : label(question);
        return switch (problem.kind()) {
            case "MISSING_REQUIRED" -> format("observerForm.error.missing_required",
                    Arrays.stream(problem.questionCode().split(" "))
                            .map(code -> form.question(code).map(missing -> label(missing) + " (" + code + ")")
                                    .orElse(code))
                            .collect(Collectors.joining(", ")));
            case "OUT_OF_RANGE" -> format("observerForm.error.out_of_range", label, problem.questionCode(),
                    problem.value(), question == null ? "" : String.valueOf(question.min()),
                    question == null ? "" : String.valueOf(question.max()));
            case "INVALID_CHOICE" -> format("observerForm.error.invalid_choice", label, problem.questionCode(),
                    problem.value(), question == null ? problem.expected() : choices(question));
            case AnswerProblem.NOT_DIGITS -> format("observerForm.error.not_digits", label, problem.questionCode(),
                    problem.value());
            case "OPTIONS_NOT_VALID", "VALID_NULL_NOT_VOTERS", "VOTERS_ABOVE_SHEET_REGISTERED",
                    "VOTERS_ABOVE_STATION_REGISTERED" -> format("observerForm.error.sheet", label,
                    problem.questionCode(), problem.value(), problem.expected());
            case "EMPTY_FORM" -> format("observerForm.error.empty_form");
            default -> format("observerForm.error.other", label, problem.questionCode(), problem.value(),
                    problem.kind());
        };
    }

    /** Returns the label of a question. */
    public String label(Question question) {
        return locale == Locale.ENGLISH ? question.labelEn() : question.labelFr();
    }

    /** Returns the label of a choice. */
    public String label(Choice choice) {
        return locale == Locale.ENGLISH ? choice.labelEn() : choice.labelFr();
    }

    /** Returns the choices of a question as "1 = label, 2 = label". */
    public String choices(Question question) {
        if (question.type() == QuestionType.YES_NO) {
            return Question.YES + " = " + format("observerForm.yes") + ", " + Question.NO + " = "
                    + format("observerForm.no");
        }
        return question.choices().stream()
                .map(choice -> choice.code() + " = " + label(choice))
                .collect(Collectors.joining(", "));
    }

    private String format(String key, Object... arguments) {
        String pattern = bundle.getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
    }
}
