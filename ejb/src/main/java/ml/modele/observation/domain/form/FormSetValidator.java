package ml.modele.observation.domain.form;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks that a form set can be typed on a keypad and read back without ambiguity.
 *
 * <p>Code rules, which follow from the SMS grammar of {@code SmsParser}: letters are folded to
 * upper case, every character other than a letter or a digit separates nothing (so "A 12" and
 * "A12" are the same), a question code is a run of letters and its value a run of digits. The
 * letters O, I and L are read as the digits 0, 1 and 1 in the answers, so no code may contain
 * them. A form code is 2 to 4 letters, a question code 1 to 3 letters.
 *
 * <p>Ambiguity: because spaces are ignored, a question whose value was forgotten runs into the
 * next code, and "A B5" reads as "AB5". When a form has both A and AB, such a message would
 * silently answer AB. So a question code must not be a proper prefix of another question code of
 * the same form, and likewise for form codes, whose letters run into the observer code. Without
 * prefixes, every letter run of a message is either exactly one code or an error that the
 * observer is told about.
 */
public final class FormSetValidator {

    private static final Pattern FORM_CODE = Pattern.compile("[A-Z]{2,4}");
    private static final Pattern QUESTION_CODE = Pattern.compile("[A-Z]{1,3}");
    private static final Pattern CHOICE_CODE = Pattern.compile("[1-9]");
    private static final Pattern CONFUSABLE = Pattern.compile("[OIL]");
    private static final int MAX_CHOICES = 9;

    private FormSetValidator() {
    }

    /** Returns every problem of the set, in form and question order; empty when the set is usable. */
    public static List<FormProblem> validate(FormSet set) {
        List<FormProblem> problems = new ArrayList<>();
        if (set.forms().isEmpty()) {
            problems.add(new FormProblem(FormProblem.Type.NO_FORMS, "", "", ""));
        }
        if (set.name().isBlank()) {
            problems.add(new FormProblem(FormProblem.Type.MISSING_LABEL, "", "", "name"));
        }

        List<String> formCodes = new ArrayList<>();
        for (FormDefinition form : set.forms()) {
            checkCode(form.code(), FORM_CODE, form.code(), "", problems);
            if (formCodes.contains(form.code())) {
                problems.add(new FormProblem(FormProblem.Type.DUPLICATE_FORM_CODE, form.code(), "", form.code()));
            }
            formCodes.add(form.code());
            checkForm(form, problems);
        }
        checkPrefixes(formCodes, FormProblem.Type.FORM_CODE_PREFIX, null, problems);
        return List.copyOf(problems);
    }

    private static void checkForm(FormDefinition form, List<FormProblem> problems) {
        if (form.titleFr().isBlank() || form.titleEn().isBlank()) {
            problems.add(new FormProblem(FormProblem.Type.MISSING_LABEL, form.code(), "", "title"));
        }
        if (form.questions().isEmpty()) {
            problems.add(new FormProblem(FormProblem.Type.NO_QUESTIONS, form.code(), "", ""));
        }

        List<String> questionCodes = new ArrayList<>();
        for (Question question : form.questions()) {
            checkCode(question.code(), QUESTION_CODE, form.code(), question.code(), problems);
            if (questionCodes.contains(question.code())) {
                problems.add(new FormProblem(FormProblem.Type.DUPLICATE_QUESTION_CODE, form.code(), question.code(),
                        question.code()));
            }
            questionCodes.add(question.code());
            checkQuestion(form, question, problems);
        }
        checkPrefixes(questionCodes, FormProblem.Type.QUESTION_CODE_PREFIX, form.code(), problems);
        if (form.kind() == FormKind.RESULTS) {
            checkResultFigures(form, problems);
        }
    }

    private static void checkCode(String code, Pattern pattern, String formCode, String questionCode,
            List<FormProblem> problems) {
        if (CONFUSABLE.matcher(code).find()) {
            problems.add(new FormProblem(FormProblem.Type.CONFUSABLE_LETTER, formCode, questionCode, code));
        } else if (!pattern.matcher(code).matches()) {
            problems.add(new FormProblem(FormProblem.Type.INVALID_CODE, formCode, questionCode, code));
        }
    }

    private static void checkPrefixes(List<String> codes, FormProblem.Type type, String formCode,
            List<FormProblem> problems) {
        for (String shorter : codes) {
            for (String longer : codes) {
                if (!shorter.isEmpty() && longer.length() > shorter.length() && longer.startsWith(shorter)) {
                    String form = formCode == null ? shorter : formCode;
                    String question = formCode == null ? "" : shorter;
                    problems.add(new FormProblem(type, form, question, longer));
                }
            }
        }
    }

    private static void checkQuestion(FormDefinition form, Question question, List<FormProblem> problems) {
        if (question.labelFr().isBlank() || question.labelEn().isBlank()) {
            problems.add(new FormProblem(FormProblem.Type.MISSING_LABEL, form.code(), question.code(), "label"));
        }
        switch (question.type()) {
            case NUMBER -> checkRange(form, question, problems);
            case SINGLE_CHOICE, MULTIPLE_CHOICE -> checkChoices(form, question, problems);
            default -> {
                if (!question.choices().isEmpty()) {
                    problems.add(new FormProblem(FormProblem.Type.INVALID_CHOICES, form.code(), question.code(),
                            question.type().name()));
                }
            }
        }
        if (question.figure() != null
                && (form.kind() != FormKind.RESULTS || question.type() != QuestionType.NUMBER)) {
            problems.add(new FormProblem(FormProblem.Type.MISPLACED_FIGURE, form.code(), question.code(),
                    question.figure().name()));
        }
    }

    private static void checkRange(FormDefinition form, Question question, List<FormProblem> problems) {
        Integer min = question.min();
        Integer max = question.max();
        if (min == null || max == null || min < 0 || min > max) {
            problems.add(new FormProblem(FormProblem.Type.INVALID_RANGE, form.code(), question.code(), min + ".." + max));
        }
    }

    private static void checkChoices(FormDefinition form, Question question, List<FormProblem> problems) {
        List<Choice> choices = question.choices();
        if (choices.isEmpty() || choices.size() > MAX_CHOICES) {
            problems.add(new FormProblem(FormProblem.Type.INVALID_CHOICES, form.code(), question.code(),
                    String.valueOf(choices.size())));
        }
        Set<String> seen = new HashSet<>();
        for (Choice choice : choices) {
            if (!CHOICE_CODE.matcher(choice.code()).matches()) {
                problems.add(new FormProblem(FormProblem.Type.INVALID_CHOICES, form.code(), question.code(),
                        choice.code()));
            } else if (!seen.add(choice.code())) {
                problems.add(new FormProblem(FormProblem.Type.DUPLICATE_CHOICE_CODE, form.code(), question.code(),
                        choice.code()));
            }
            if (choice.labelFr().isBlank() || choice.labelEn().isBlank()) {
                problems.add(new FormProblem(FormProblem.Type.MISSING_LABEL, form.code(), question.code(),
                        choice.code()));
            }
        }
    }

    private static void checkResultFigures(FormDefinition form, List<FormProblem> problems) {
        Map<ResultFigure, Integer> counts = new EnumMap<>(ResultFigure.class);
        for (Question question : form.questions()) {
            if (question.figure() != null) {
                counts.merge(question.figure(), 1, Integer::sum);
            }
        }
        for (ResultFigure figure : List.of(ResultFigure.VOTERS, ResultFigure.NULL_BALLOTS, ResultFigure.VALID)) {
            if (counts.getOrDefault(figure, 0) != 1) {
                problems.add(new FormProblem(FormProblem.Type.INVALID_RESULT_FIGURES, form.code(), "", figure.name()));
            }
        }
        if (counts.getOrDefault(ResultFigure.REGISTERED, 0) > 1) {
            problems.add(new FormProblem(FormProblem.Type.INVALID_RESULT_FIGURES, form.code(), "",
                    ResultFigure.REGISTERED.name()));
        }
        if (counts.getOrDefault(ResultFigure.OPTION_VOTES, 0) < 1) {
            problems.add(new FormProblem(FormProblem.Type.INVALID_RESULT_FIGURES, form.code(), "",
                    ResultFigure.OPTION_VOTES.name()));
        }
    }
}
