package ml.modele.observation.domain.form;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;

/**
 * Counts of what an election has already stored under its form set: submissions per form code
 * and current answers per question. {@link FormSetChangeRules} reads it to keep stored
 * submissions readable after the set changes.
 */
public final class StoredAnswers implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final StoredAnswers NONE = new StoredAnswers(Map.of(), Map.of());

    private final Map<String, Long> submissionsByForm;
    private final Map<String, Long> answersByQuestion;

    private StoredAnswers(Map<String, Long> submissionsByForm, Map<String, Long> answersByQuestion) {
        this.submissionsByForm = Map.copyOf(submissionsByForm);
        this.answersByQuestion = Map.copyOf(answersByQuestion);
    }

    /** Returns the counts of an election that has stored nothing yet. */
    public static StoredAnswers none() {
        return NONE;
    }

    /** Starts counts that a repository fills row by row. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns the number of submissions stored for a form code, 0 when there are none. */
    public long submissions(String formCode) {
        return submissionsByForm.getOrDefault(formCode, 0L);
    }

    /** Returns the number of stored answers to a question, 0 when there are none. */
    public long answers(String formCode, String questionCode) {
        return answersByQuestion.getOrDefault(key(formCode, questionCode), 0L);
    }

    /** Returns the number of submissions stored for all forms. */
    public long totalSubmissions() {
        return submissionsByForm.values().stream().mapToLong(Long::longValue).sum();
    }

    private static String key(String formCode, String questionCode) {
        return formCode + ":" + questionCode;
    }

    /** Collects the counts of one election. */
    public static final class Builder {

        private final Map<String, Long> submissionsByForm = new HashMap<>();
        private final Map<String, Long> answersByQuestion = new HashMap<>();

        private Builder() {
        }

        /** Adds submissions of a form. */
        public Builder submissions(String formCode, long count) {
            submissionsByForm.merge(formCode, count, Long::sum);
            return this;
        }

        /** Adds answers to a question of a form. */
        public Builder answers(String formCode, String questionCode, long count) {
            answersByQuestion.merge(key(formCode, questionCode), count, Long::sum);
            return this;
        }

        public StoredAnswers build() {
            return new StoredAnswers(submissionsByForm, answersByQuestion);
        }
    }
}
