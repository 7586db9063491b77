package ml.modele.observation.domain.report;

import java.io.Serializable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import ml.modele.observation.domain.submission.SubmissionVersion;

/**
 * Full text of one theme as a version of a periodic report set it. The version's own answers
 * column is cut at 2,000 characters, so earlier versions are read from here.
 */
@Entity
@Table(name = "periodic_report_text")
@NamedQuery(name = PeriodicReportText.OF_SUBMISSION, query = "SELECT t FROM PeriodicReportText t"
        + " WHERE t.version.submission.id = :submission ORDER BY t.version.number, t.questionCode")
public class PeriodicReportText implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String OF_SUBMISSION = "PeriodicReportText.ofSubmission";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "version_id")
    private SubmissionVersion version;

    @Column(name = "question_code", nullable = false, length = 3)
    private String questionCode;

    @Column(nullable = false)
    private String text;

    protected PeriodicReportText() {
    }

    public PeriodicReportText(SubmissionVersion version, String questionCode, String text) {
        this.version = version;
        this.questionCode = questionCode;
        this.text = text;
    }

    public SubmissionVersion getVersion() {
        return version;
    }

    public String getQuestionCode() {
        return questionCode;
    }

    public String getText() {
        return text;
    }
}
