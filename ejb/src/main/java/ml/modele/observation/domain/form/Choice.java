package ml.modele.observation.domain.form;

import java.io.Serializable;
import java.util.Objects;

/**
 * Answer option of a choice question.
 *
 * @param code    one digit, 1 to 9, typed by the observer
 * @param labelFr French label
 * @param labelEn English label
 */
public record Choice(String code, String labelFr, String labelEn) implements Serializable {

    public Choice {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(labelFr, "labelFr");
        Objects.requireNonNull(labelEn, "labelEn");
    }
}
