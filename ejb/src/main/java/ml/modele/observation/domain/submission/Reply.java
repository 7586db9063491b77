package ml.modele.observation.domain.submission;

import java.util.Objects;

/**
 * Reply to one message.
 *
 * @param text     GSM-7 text of at most {@link ReplyComposer#MAX_LENGTH} characters
 * @param language language of the text
 */
public record Reply(String text, Language language) {

    public Reply {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(language, "language");
    }
}
