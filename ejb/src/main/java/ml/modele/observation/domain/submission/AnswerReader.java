package ml.modele.observation.domain.submission;

import java.util.List;
import java.util.Optional;
import ml.modele.observation.domain.form.Choice;
import ml.modele.observation.domain.form.Question;

/** Reads the digits sent for one question into an answer, or records why they are not valid. */
final class AnswerReader {

    /** Longest number read; longer values are out of any range and would overflow an int. */
    private static final int MAX_NUMBER_DIGITS = 9;

    private AnswerReader() {
    }

    /** Returns the answer, or empty after adding the error to the list. */
    static Optional<Answer> read(Question question, String digits, List<SubmissionError> errors) {
        if (digits.isEmpty()) {
            errors.add(new SubmissionError(SubmissionError.Type.MISSING_VALUE, question.code(), "", ""));
            return Optional.empty();
        }
        return switch (question.type()) {
            case NUMBER -> readNumber(question, digits, errors);
            case YES_NO -> readYesNo(question, digits, errors);
            case SINGLE_CHOICE -> readSingleChoice(question, digits, errors);
            case MULTIPLE_CHOICE -> readMultipleChoice(question, digits, errors);
            case TEXT -> {
                errors.add(new SubmissionError(SubmissionError.Type.TEXT_BY_SMS, question.code(), digits, ""));
                yield Optional.empty();
            }
        };
    }

    private static Optional<Answer> readNumber(Question question, String digits, List<SubmissionError> errors) {
        String significant = stripLeadingZeros(digits);
        String range = question.min() + ".." + question.max();
        if (significant.length() > MAX_NUMBER_DIGITS) {
            errors.add(new SubmissionError(SubmissionError.Type.OUT_OF_RANGE, question.code(), significant, range));
            return Optional.empty();
        }
        int number = Integer.parseInt(significant);
        if (number < question.min() || number > question.max()) {
            errors.add(new SubmissionError(SubmissionError.Type.OUT_OF_RANGE, question.code(), significant, range));
            return Optional.empty();
        }
        return Optional.of(new Answer(question, significant));
    }

    private static Optional<Answer> readYesNo(Question question, String digits, List<SubmissionError> errors) {
        if (digits.equals(Question.YES) || digits.equals(Question.NO)) {
            return Optional.of(new Answer(question, digits));
        }
        errors.add(new SubmissionError(SubmissionError.Type.INVALID_CHOICE, question.code(), digits,
                Question.YES + " " + Question.NO));
        return Optional.empty();
    }

    private static Optional<Answer> readSingleChoice(Question question, String digits, List<SubmissionError> errors) {
        if (digits.length() == 1 && question.choice(digits).isPresent()) {
            return Optional.of(new Answer(question, digits));
        }
        errors.add(new SubmissionError(SubmissionError.Type.INVALID_CHOICE, question.code(), digits,
                choiceCodes(question)));
        return Optional.empty();
    }

    private static Optional<Answer> readMultipleChoice(Question question, String digits, List<SubmissionError> errors) {
        StringBuilder chosen = new StringBuilder();
        for (Choice choice : question.choices()) {
            if (digits.indexOf(choice.code().charAt(0)) >= 0) {
                chosen.append(choice.code());
            }
        }
        for (int i = 0; i < digits.length(); i++) {
            if (question.choice(String.valueOf(digits.charAt(i))).isEmpty()) {
                errors.add(new SubmissionError(SubmissionError.Type.INVALID_CHOICE, question.code(), digits,
                        choiceCodes(question)));
                return Optional.empty();
            }
        }
        char[] sorted = chosen.toString().toCharArray();
        java.util.Arrays.sort(sorted);
        return Optional.of(new Answer(question, new String(sorted)));
    }

    private static String choiceCodes(Question question) {
        StringBuilder codes = new StringBuilder();
        for (Choice choice : question.choices()) {
            if (!codes.isEmpty()) {
                codes.append(' ');
            }
            codes.append(choice.code());
        }
        return codes.toString();
    }

    private static String stripLeadingZeros(String digits) {
        int first = 0;
        while (first < digits.length() - 1 && digits.charAt(first) == '0') {
            first++;
        }
        return digits.substring(first);
    }
}
