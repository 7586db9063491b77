package ml.modele.observation.domain.accreditation;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** Training session (session de formation) of the training cascade for one election. */
@Entity
@Table(name = "training_session")
@NamedQuery(name = TrainingSession.OF_ELECTION, query = "SELECT t FROM TrainingSession t"
        + " WHERE t.electionId = :election ORDER BY t.sessionDate, t.id")
public class TrainingSession implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String OF_ELECTION = "TrainingSession.ofElection";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "election_id", nullable = false)
    private Long electionId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private TrainingLevel level;

    @Column(name = "session_date", nullable = false)
    private LocalDate sessionDate;

    @Column(nullable = false, length = 200)
    private String place;

    @Column(nullable = false, length = 200)
    private String trainer;

    @Column(name = "region_code", length = 16)
    private String regionCode;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 64)
    private String createdBy;

    protected TrainingSession() {
    }

    /**
     * Creates a session.
     *
     * @param regionCode P-code of the région it serves, or null for a national session
     */
    public TrainingSession(long electionId, TrainingLevel level, LocalDate sessionDate, String place,
                           String trainer, String regionCode, Instant now, String actor) {
        this.electionId = electionId;
        this.level = level;
        this.sessionDate = sessionDate;
        this.place = place;
        this.trainer = trainer;
        this.regionCode = regionCode;
        this.createdAt = now;
        this.createdBy = actor;
    }

    /** Returns a one-line description for histories and lists: date, place and trainer. */
    public String summary() {
        return sessionDate + ", " + place + ", " + trainer;
    }

    public Long getId() {
        return id;
    }

    public Long getElectionId() {
        return electionId;
    }

    public TrainingLevel getLevel() {
        return level;
    }

    public LocalDate getSessionDate() {
        return sessionDate;
    }

    public String getPlace() {
        return place;
    }

    public String getTrainer() {
        return trainer;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }
}
