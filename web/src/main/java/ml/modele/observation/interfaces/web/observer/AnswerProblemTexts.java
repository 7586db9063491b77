package ml.modele.observation.interfaces.web.observer;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

import ml.modele.observation.application.observer.AnswerProblem;
import ml.modele.observation.application.observer.WebSubmissionOutcome;
import ml.modele.observation.domain.form.Choice;
import ml.modele.observation.domain.form.FormDefinition;
import ml.modele.observation.domain.form.FormKind;
import ml.modele.observation.domain.form.Question;
import ml.modele.observation.domain.form.QuestionType;
import ml.modele.observation.interfaces.web.shell.Messages;

/**
 * Texts of the observers' web form in one language: question and choice labels, the message of a
 * rejected answer, which names the field by its label, its code and the value, and what a stored
 * checklist still lacks. The web page and the REST API share it.
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
                    fieldNames(form, Arrays.asList(problem.questionCode().split(" "))));
            case "OUT_OF_RANGE" -> format("observerForm.error.out_of_range", label, problem.questionCode(),
                    problem.value(), question == null ? "" : String.valueOf(question.min()),
                    question == null ? "" : String.valueOf(question.max()));
            case "INVALID_CHOICE" -> format("observerForm.error.invalid_choice", label, problem.questionCode(),
                    problem.value(), question == null ? problem.expected() : choices(question));
            case AnswerProblem.NOT_DIGITS -> notDigits(question, label, problem);
            case "UNKNOWN_QUESTION" -> format("observerForm.error.unknown_question", form.code(),
                    problem.questionCode(), problem.value(), problem.expected());
            case "OPTIONS_NOT_VALID", "VALID_NULL_NOT_VOTERS", "VOTERS_ABOVE_SHEET_REGISTERED",
                    "VOTERS_ABOVE_STATION_REGISTERED" -> format("observerForm.error.sheet", label,
                    problem.questionCode(), problem.value(), problem.expected());
            case AnswerProblem.EMPTY_FORM -> format("observerForm.error.empty_form");
            default -> format("observerForm.error.other", label, problem.questionCode(), problem.value(),
                    problem.kind());
        };
    }

    /** Returns the heading of a rejected form, which states that nothing was stored. */
    public String rejected(int problemCount) {
        return format("observerForm.rejected", problemCount);
    }

    /** Returns the message of a stored form. */
    public String stored(WebSubmissionOutcome outcome, FormDefinition form) {
        return format("observerForm.stored", form.code(), Integer.toString(outcome.version()), station(outcome));
    }

    /**
     * Returns, for a stored checklist, whether the observer's record at the station is complete or
     * which required questions it still lacks; empty for other forms.
     */
    public Optional<String> completeness(WebSubmissionOutcome outcome, FormDefinition form) {
        if (form.kind() != FormKind.CHECKLIST) {
            return Optional.empty();
        }
        if (outcome.missingRequired().isEmpty()) {
            return Optional.of(format("observerForm.checklist.complete", form.code(), station(outcome)));
        }
        return Optional.of(format("observerForm.checklist.incomplete", form.code(), station(outcome),
                fieldNames(form, outcome.missingRequired())));
    }

    /** Returns the label of a question, or its code when the form has no such question. */
    public String label(FormDefinition form, String questionCode) {
        return form.question(questionCode).map(this::label).orElse(questionCode);
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

    /** Returns the message of a value that is not digits, with what the question expects. */
    private String notDigits(Question question, String label, AnswerProblem problem) {
        if (question == null) {
            return format("observerForm.error.other", label, problem.questionCode(), problem.value(), problem.kind());
        }
        return switch (question.type()) {
            case NUMBER -> format("observerForm.error.not_digits", label, problem.questionCode(), problem.value(),
                    String.valueOf(question.min()), String.valueOf(question.max()));
            case MULTIPLE_CHOICE -> format("observerForm.error.not_digits_choice", label, problem.questionCode(),
                    problem.value(), choices(question));
            default -> format("observerForm.error.invalid_choice", label, problem.questionCode(), problem.value(),
                    choices(question));
        };
    }

    /** Returns the fields as "« label » (code)", separated by commas. */
    private String fieldNames(FormDefinition form, List<String> codes) {
        return codes.stream()
                .map(code -> format("observerForm.fieldName", label(form, code), code))
                .collect(Collectors.joining(", "));
    }

    private static String station(WebSubmissionOutcome outcome) {
        return outcome.stationCode().isEmpty() ? "-" : outcome.stationCode();
    }

    private String format(String key, Object... arguments) {
        String pattern = bundle.getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
    }
}
