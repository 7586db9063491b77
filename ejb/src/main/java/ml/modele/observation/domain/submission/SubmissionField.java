package ml.modele.observation.domain.submission;

import java.io.Serializable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** Current value of one question of a submission, with the version that set it. */
@Entity
@Table(name = "submission_field")
public class SubmissionField implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "submission_id")
    private Submission submission;

    @Column(name = "question_code", nullable = false, length = 3)
    private String questionCode;

    @Column(nullable = false)
    private String value;

    @ManyToOne(optional = false)
    @JoinColumn(name = "version_id")
    private SubmissionVersion version;

    protected SubmissionField() {
    }

    SubmissionField(Submission submission, String questionCode, String value, SubmissionVersion version) {
        this.submission = submission;
        this.questionCode = questionCode;
        this.value = value;
        this.version = version;
    }

    void replace(String newValue, SubmissionVersion newVersion) {
        this.value = newValue;
        this.version = newVersion;
    }

    public Long getId() {
        return id;
    }

    public String getQuestionCode() {
        return questionCode;
    }

    public String getValue() {
        return value;
    }

    public SubmissionVersion getVersion() {
        return version;
    }
}
