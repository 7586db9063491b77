package ml.modele.observation.domain.accreditation;

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

/** One step taken in an accreditation file: the step reached, when, by whom, and its details. */
@Entity
@Table(name = "accreditation_step")
@NamedQuery(name = AccreditationEvent.OF_ACCREDITATION, query = "SELECT e FROM AccreditationEvent e"
        + " WHERE e.accreditationId = :accreditation ORDER BY e.occurredAt, e.id")
public class AccreditationEvent implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String OF_ACCREDITATION = "AccreditationEvent.ofAccreditation";
    private static final int MAX_DETAILS = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "accreditation_id", nullable = false)
    private Long accreditationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private AccreditationStep step;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(nullable = false, length = 64)
    private String actor;

    @Column(nullable = false, length = MAX_DETAILS)
    private String details;

    protected AccreditationEvent() {
    }

    public AccreditationEvent(long accreditationId, AccreditationStep step, Instant occurredAt, String actor,
                              String details) {
        this.accreditationId = accreditationId;
        this.step = step;
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.details = details.length() <= MAX_DETAILS ? details : details.substring(0, MAX_DETAILS);
    }

    public Long getId() {
        return id;
    }

    public AccreditationStep getStep() {
        return step;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public String getDetails() {
        return details;
    }
}
