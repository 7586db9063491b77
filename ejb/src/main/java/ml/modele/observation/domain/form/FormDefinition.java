package ml.modele.observation.domain.form;

import java.io.Serializable;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Form that drives the SMS codes, the web form, the validation and the reports of one kind of
 * submission.
 *
 * @param code      letters that start an SMS of this form
 * @param kind      kind of the form
 * @param titleFr   French title
 * @param titleEn   English title
 * @param questions questions in card order
 */
public record FormDefinition(String code, FormKind kind, String titleFr, String titleEn, List<Question> questions)
        implements Serializable {

    public FormDefinition {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(titleFr, "titleFr");
        Objects.requireNonNull(titleEn, "titleEn");
        questions = List.copyOf(questions);
    }

    /** Returns the question with this code, if any; the first one when codes repeat. */
    public Optional<Question> question(String questionCode) {
        for (Question question : questions) {
            if (question.code().equals(questionCode)) {
                return Optional.of(question);
            }
        }
        return Optional.empty();
    }

    /** Returns the questions by code, in card order. */
    public Map<String, Question> questionsByCode() {
        Map<String, Question> byCode = new LinkedHashMap<>();
        for (Question question : questions) {
            byCode.putIfAbsent(question.code(), question);
        }
        return Collections.unmodifiableMap(byCode);
    }

    /** Returns the length of the longest question code, 0 for a form without questions. */
    public int longestQuestionCode() {
        int longest = 0;
        for (Question question : questions) {
            longest = Math.max(longest, question.code().length());
        }
        return longest;
    }
}
