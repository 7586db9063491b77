package ml.modele.observation.domain.report;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;

import ml.modele.observation.domain.submission.Submission;

/**
 * Long-term observer's periodic report (rapport périodique de l'OLT): the submission of the
 * PERIODIC_REPORT form that carries its texts, versions and attachments, plus the period it
 * covers, the région it is about and the platform user who filed it on the observer's behalf.
 */
@Entity
@Table(name = "periodic_report")
@NamedQuery(name = PeriodicReport.OF_ELECTION, query = "SELECT r FROM PeriodicReport r JOIN FETCH r.submission"
        + " WHERE r.electionId = :election ORDER BY r.periodStart DESC, r.regionCode, r.id")
@NamedQuery(name = PeriodicReport.SAME_PERIOD, query = "SELECT r FROM PeriodicReport r WHERE r.electionId = :election"
        + " AND r.observerId = :observer AND r.periodStart = :start AND r.periodEnd = :end")
public class PeriodicReport implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String OF_ELECTION = "PeriodicReport.ofElection";
    public static final String SAME_PERIOD = "PeriodicReport.samePeriod";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @OneToOne(optional = false)
    @JoinColumn(name = "submission_id")
    private Submission submission;

    @Column(name = "election_id", nullable = false)
    private Long electionId;

    @Column(name = "observer_id", nullable = false)
    private Long observerId;

    @Column(name = "period_start", nullable = false)
    private LocalDate periodStart;

    @Column(name = "period_end", nullable = false)
    private LocalDate periodEnd;

    @Column(name = "region_code", nullable = false, length = 16)
    private String regionCode;

    @Column(name = "filed_at", nullable = false)
    private Instant filedAt;

    @Column(name = "filed_by", nullable = false, length = 64)
    private String filedBy;

    protected PeriodicReport() {
    }

    public PeriodicReport(Submission submission, ReportPeriod period, String regionCode, String user, Instant now) {
        this.submission = submission;
        this.electionId = submission.getElectionId();
        this.observerId = submission.getObserverId();
        this.periodStart = period.start();
        this.periodEnd = period.end();
        this.regionCode = regionCode;
        this.filedBy = user;
        this.filedAt = now;
    }

    public ReportPeriod period() {
        return new ReportPeriod(periodStart, periodEnd);
    }

    public Long getId() {
        return id;
    }

    public Submission getSubmission() {
        return submission;
    }

    public Long getElectionId() {
        return electionId;
    }

    public Long getObserverId() {
        return observerId;
    }

    public LocalDate getPeriodStart() {
        return periodStart;
    }

    public LocalDate getPeriodEnd() {
        return periodEnd;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public Instant getFiledAt() {
        return filedAt;
    }

    public String getFiledBy() {
        return filedBy;
    }
}
