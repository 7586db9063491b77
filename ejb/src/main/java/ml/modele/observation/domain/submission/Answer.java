package ml.modele.observation.domain.submission;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import ml.modele.observation.domain.form.Question;
import ml.modele.observation.domain.form.QuestionType;

/**
 * Valid answer to one question of a message.
 *
 * @param question the question answered
 * @param value    the value in normal form: the number without leading zeros, "1" (yes) or "2"
 *                 (no), the choice digit, or the chosen digits in ascending order without repeats
 */
public record Answer(Question question, String value) {

    public Answer {
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(value, "value");
    }

    /** Returns the question code. */
    public String code() {
        return question.code();
    }

    /** Returns the number of a NUMBER answer. */
    public int number() {
        requireType(QuestionType.NUMBER);
        return Integer.parseInt(value);
    }

    /** Returns true for a yes to a YES_NO question. */
    public boolean yes() {
        requireType(QuestionType.YES_NO);
        return Question.YES.equals(value);
    }

    /** Returns the chosen codes of a choice question, in ascending order. */
    public List<String> choices() {
        if (question.type() != QuestionType.SINGLE_CHOICE && question.type() != QuestionType.MULTIPLE_CHOICE) {
            throw new IllegalStateException("question " + question.code() + " is " + question.type() + ", not a choice");
        }
        List<String> codes = new ArrayList<>(value.length());
        for (int i = 0; i < value.length(); i++) {
            codes.add(String.valueOf(value.charAt(i)));
        }
        return codes;
    }

    /** Returns the code followed by the value, as an observer types it: "A312". */
    public String compact() {
        return question.code() + value;
    }

    private void requireType(QuestionType type) {
        if (question.type() != type) {
            throw new IllegalStateException("question " + question.code() + " is " + question.type() + ", not " + type);
        }
    }
}
