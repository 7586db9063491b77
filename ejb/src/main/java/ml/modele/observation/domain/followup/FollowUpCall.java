package ml.modele.observation.domain.followup;

import java.io.Serializable;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** Call that the EVA made to an observer whose report on a form is missing. */
@Entity
@Table(name = "follow_up_call")
@NamedQuery(name = FollowUpCall.OF_FORM, query = "SELECT c FROM FollowUpCall c WHERE c.electionId = :election"
        + " AND c.formCode = :form ORDER BY c.calledAt DESC, c.id DESC")
public class FollowUpCall implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String OF_FORM = "FollowUpCall.ofForm";

    private static final int MAX_NOTE = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "election_id", nullable = false)
    private Long electionId;

    @Column(name = "observer_id", nullable = false)
    private Long observerId;

    @Column(name = "form_code", nullable = false, length = 4)
    private String formCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private CallOutcome outcome;

    @Column(length = MAX_NOTE)
    private String note;

    @Column(nullable = false)
    private boolean escalated;

    @Column(name = "called_at", nullable = false)
    private Instant calledAt;

    @Column(name = "called_by", nullable = false, length = 64)
    private String calledBy;

    protected FollowUpCall() {
    }

    /** Records a call; a note longer than {@value #MAX_NOTE} characters is cut. */
    public FollowUpCall(long electionId, long observerId, String formCode, CallOutcome outcome, String note,
                        boolean escalated, String user, Instant now) {
        this.electionId = electionId;
        this.observerId = observerId;
        this.formCode = formCode;
        this.outcome = outcome;
        this.note = note == null || note.isBlank() ? null
                : note.strip().length() <= MAX_NOTE ? note.strip() : note.strip().substring(0, MAX_NOTE);
        this.escalated = escalated;
        this.calledBy = user;
        this.calledAt = now;
    }

    public Long getId() {
        return id;
    }

    public Long getObserverId() {
        return observerId;
    }

    public String getFormCode() {
        return formCode;
    }

    public CallOutcome getOutcome() {
        return outcome;
    }

    public String getNote() {
        return note;
    }

    public boolean isEscalated() {
        return escalated;
    }

    public Instant getCalledAt() {
        return calledAt;
    }

    public String getCalledBy() {
        return calledBy;
    }
}
