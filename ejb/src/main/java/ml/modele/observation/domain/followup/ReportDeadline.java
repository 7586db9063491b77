package ml.modele.observation.domain.followup;

import java.io.Serializable;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** Time by which observers must have sent a form in an election, e.g. arrival by 07:30. */
@Entity
@Table(name = "report_deadline")
@NamedQuery(name = ReportDeadline.OF_ELECTION, query = "SELECT d FROM ReportDeadline d"
        + " WHERE d.electionId = :election ORDER BY d.dueAt, d.formCode")
public class ReportDeadline implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String OF_ELECTION = "ReportDeadline.ofElection";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "election_id", nullable = false)
    private Long electionId;

    @Column(name = "form_code", nullable = false, length = 4)
    private String formCode;

    @Column(name = "due_at", nullable = false)
    private Instant dueAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false, length = 64)
    private String updatedBy;

    protected ReportDeadline() {
    }

    public ReportDeadline(long electionId, String formCode, Instant dueAt, String user, Instant now) {
        this.electionId = electionId;
        this.formCode = formCode;
        move(dueAt, user, now);
    }

    /** Sets a new time. */
    public void move(Instant newDueAt, String user, Instant now) {
        this.dueAt = newDueAt;
        this.updatedBy = user;
        this.updatedAt = now;
    }

    /** Returns true once the deadline has passed. */
    public boolean passed(Instant now) {
        return !now.isBefore(dueAt);
    }

    public Long getId() {
        return id;
    }

    public Long getElectionId() {
        return electionId;
    }

    public String getFormCode() {
        return formCode;
    }

    public Instant getDueAt() {
        return dueAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }
}
