package ml.modele.observation.domain.submission;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import ml.modele.observation.domain.form.FormDefinition;
import ml.modele.observation.domain.form.Question;

/**
 * Reads the values that an EVA data manager enters to correct a submission. They are written as
 * an observer types them after the observer code ("E335 F221") and get the same folding and
 * checks as an SMS, so O, I and L read as digits in a value and ranges and choices apply.
 */
public final class CorrectionReader {

    private CorrectionReader() {
    }

    /**
     * Outcome of reading a correction.
     *
     * @param answers question code to value in normal form, in the order written
     * @param errors  the problems found; a correction is applied only when there is none
     */
    public record Correction(Map<String, String> answers, List<SubmissionError> errors) {
    }

    /** Reads the coded values for a form. */
    public static Correction read(FormDefinition form, String text) {
        Map<String, String> answers = new LinkedHashMap<>();
        List<SubmissionError> errors = new ArrayList<>();
        String folded = fold(text == null ? "" : text);
        int position = 0;
        while (position < folded.length()) {
            int start = position;
            while (position < folded.length() && isCodeLetter(folded.charAt(position))) {
                position++;
            }
            String code = folded.substring(start, position);
            StringBuilder digits = new StringBuilder();
            while (position < folded.length() && !isCodeLetter(folded.charAt(position))) {
                digits.append(digit(folded.charAt(position)));
                position++;
            }
            Optional<Question> question = form.question(code);
            if (question.isEmpty()) {
                errors.add(new SubmissionError(SubmissionError.Type.UNKNOWN_QUESTION, code, digits.toString(),
                        String.join(" ", form.questionsByCode().keySet())));
                continue;
            }
            AnswerReader.read(question.get(), digits.toString(), errors)
                    .ifPresent(answer -> answers.put(answer.code(), answer.value()));
        }
        if (answers.isEmpty() && errors.isEmpty()) {
            errors.add(SubmissionError.of(SubmissionError.Type.EMPTY_MESSAGE, ""));
        }
        return new Correction(answers, errors);
    }

    /** Folds to A-Z and 0-9 and drops every other character, so that separators are ignored. */
    private static String fold(String text) {
        StringBuilder folded = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = SmsParser.fold(text.charAt(i));
            if (c != ' ') {
                folded.append(c);
            }
        }
        return folded.toString();
    }

    private static boolean isCodeLetter(char c) {
        return c >= 'A' && c <= 'Z' && c != 'O' && c != 'I' && c != 'L';
    }

    private static char digit(char c) {
        return switch (c) {
            case 'O' -> '0';
            case 'I', 'L' -> '1';
            default -> c;
        };
    }
}
