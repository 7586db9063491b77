package ml.modele.observation.application.observer;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import ml.modele.observation.domain.form.FormDefinition;
import ml.modele.observation.domain.form.FormKind;
import ml.modele.observation.domain.form.Question;
import ml.modele.observation.domain.form.QuestionType;
import ml.modele.observation.domain.submission.ParsedSubmission;
import ml.modele.observation.domain.submission.SmsParser;
import ml.modele.observation.domain.submission.SubmissionError;

/**
 * The answers of one web form read with the rules of a coded SMS, and every problem found in them.
 * <p>
 * Each field is checked on its own first: a field that a form does not show, or a value that is
 * not made of digits, is a problem. The other values are written as a coded SMS and go through
 * {@link SmsParser#parseAuthenticated}, which reports every wrong answer, not only the first. The
 * problems of both steps are listed together: those of the fields in form order, then those of
 * the whole form (missing required answers, result-sheet arithmetic).
 */
final class WebFormReading {

    private final FormDefinition form;
    private final ParsedSubmission parsed;
    private final List<AnswerProblem> problems;

    private WebFormReading(FormDefinition form, ParsedSubmission parsed, List<AnswerProblem> problems) {
        this.form = form;
        this.parsed = parsed;
        this.problems = List.copyOf(problems);
    }

    /**
     * Reads the answers of one form.
     *
     * @param values  question code to the value as typed: a number, a choice digit, or choice digits
     *                for a multiple choice; empty and null values are skipped
     * @param comment free comment, may be null or empty
     */
    static WebFormReading read(SmsParser parser, FormDefinition form, String observerCode,
                               Map<String, String> values, String comment) {
        Map<String, Question> fields = new LinkedHashMap<>();
        for (Question question : form.questions()) {
            if (question.type() != QuestionType.TEXT) {
                fields.putIfAbsent(question.code(), question);
            }
        }

        Map<String, AnswerProblem> fieldProblems = new LinkedHashMap<>();
        StringBuilder coded = new StringBuilder(form.code()).append(' ').append(observerCode);
        for (String code : fields.keySet()) {
            String value = typed(values, code);
            if (value.isEmpty()) {
                continue;
            }
            if (!value.matches("[0-9]+")) {
                fieldProblems.put(code, new AnswerProblem(AnswerProblem.NOT_DIGITS, code, value, ""));
                continue;
            }
            coded.append(' ').append(code).append(value);
        }
        String note = comment == null ? "" : comment.strip();
        if (!note.isEmpty()) {
            coded.append(" @ ").append(note);
        }
        ParsedSubmission parsed = parser.parseAuthenticated(coded.toString());

        List<AnswerProblem> problems = allProblems(fields, fieldProblems, parsed, values);
        if (problems.isEmpty() && parsed.answers().isEmpty() && parsed.comment().isEmpty()) {
            problems.add(new AnswerProblem(AnswerProblem.EMPTY_FORM, "", "", ""));
        }
        return new WebFormReading(form, parsed, problems);
    }

    /** Returns the problems of the fields and of the parse, those of the fields in form order first. */
    private static List<AnswerProblem> allProblems(Map<String, Question> fields,
                                                   Map<String, AnswerProblem> fieldProblems, ParsedSubmission parsed,
                                                   Map<String, String> values) {
        List<AnswerProblem> problems = new ArrayList<>();
        Map<SubmissionError, Boolean> listedErrors = new IdentityHashMap<>();
        for (String code : fields.keySet()) {
            AnswerProblem fieldProblem = fieldProblems.get(code);
            if (fieldProblem != null) {
                problems.add(fieldProblem);
            }
            for (SubmissionError error : parsed.errors()) {
                if (code.equals(error.questionCode()) && !wholeForm(error.type())) {
                    problems.add(AnswerProblem.of(error));
                    listedErrors.put(error, true);
                }
            }
        }
        problems.addAll(unknownFields(values, fields));
        for (SubmissionError error : parsed.errors()) {
            if (listedErrors.containsKey(error)) {
                continue;
            }
            if (error.type() == SubmissionError.Type.MISSING_REQUIRED) {
                withoutNotDigitFields(error, fieldProblems.keySet()).ifPresent(problems::add);
            } else {
                problems.add(AnswerProblem.of(error));
            }
        }
        return problems;
    }

    /** Returns the parse of the values that were digits; it may be stored only when there is no problem. */
    ParsedSubmission parsed() {
        return parsed;
    }

    /** Returns every problem, in form order; empty when the answers may be stored. */
    List<AnswerProblem> problems() {
        return problems;
    }

    /**
     * Returns the codes of the checklist's required questions that the observer's record still
     * lacks, judged as for an SMS by {@link ParsedSubmission#judgedAgainstRecord}. Free-text
     * questions are left out, as in the record's INCOMPLETE flag, because neither the coded SMS nor
     * the web form can answer them. Returns an empty list for the other kinds of form, whose
     * required answers are checked on each submission.
     *
     * @param recordCodes codes of the questions that the record has a value for, after this
     *                    submission's answers were stored
     */
    List<String> stillMissing(Set<String> recordCodes) {
        if (form.kind() != FormKind.CHECKLIST) {
            return List.of();
        }
        return parsed.judgedAgainstRecord(recordCodes).missingCodes().stream()
                .filter(code -> form.question(code).map(question -> question.type() != QuestionType.TEXT)
                        .orElse(false))
                .toList();
    }

    private static String typed(Map<String, String> values, String code) {
        String typed = values.get(code);
        return typed == null ? "" : typed.strip();
    }

    /** Returns true for a problem of the whole form, which is listed after those of single fields. */
    private static boolean wholeForm(SubmissionError.Type type) {
        return type == SubmissionError.Type.MISSING_REQUIRED || type.arithmetic();
    }

    /** Returns a problem for each value sent under a code that is not a field of the form, by code. */
    private static List<AnswerProblem> unknownFields(Map<String, String> values, Map<String, Question> fields) {
        Map<String, String> unknown = new TreeMap<>();
        values.forEach((code, value) -> {
            if (code != null && !fields.containsKey(code) && value != null && !value.isBlank()) {
                unknown.put(code, value.strip());
            }
        });
        String known = String.join(" ", fields.keySet());
        List<AnswerProblem> problems = new ArrayList<>();
        unknown.forEach((code, value) -> problems.add(new AnswerProblem(
                SubmissionError.Type.UNKNOWN_QUESTION.name(), code, value, known)));
        return problems;
    }

    /**
     * Returns the missing-required problem without the fields that had a value that was not digits:
     * those fields are not empty, and their own problem already names them.
     */
    private static Optional<AnswerProblem> withoutNotDigitFields(SubmissionError error, Set<String> notDigitCodes) {
        List<String> missing = new ArrayList<>();
        for (String code : error.questionCode().split(" ")) {
            if (!code.isEmpty() && !notDigitCodes.contains(code)) {
                missing.add(code);
            }
        }
        if (missing.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new AnswerProblem(error.type().name(), String.join(" ", missing),
                error.value(), error.expected()));
    }
}
