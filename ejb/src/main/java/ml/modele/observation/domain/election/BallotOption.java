package ml.modele.observation.domain.election;

import java.io.Serializable;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Choice on the ballot: OUI or NON in a referendum, a candidate or a list otherwise. */
@Embeddable
public class BallotOption implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Maximum length of the code in characters: the size of its column. */
    public static final int CODE_MAX_LENGTH = 32;
    /** Maximum length of the label in characters: the size of its column. */
    public static final int LABEL_MAX_LENGTH = 200;

    @Column(nullable = false, length = CODE_MAX_LENGTH)
    private String code;

    @Column(nullable = false, length = LABEL_MAX_LENGTH)
    private String label;

    protected BallotOption() {
    }

    public BallotOption(String code, String label) {
        this.code = Objects.requireNonNull(code, "code");
        this.label = Objects.requireNonNull(label, "label");
    }

    public String getCode() {
        return code;
    }

    public String getLabel() {
        return label;
    }
}
