package ml.modele.observation.domain.observer;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** One entry of an observer's history: who changed what, from which file or screen, and when. */
@Entity
@Table(name = "observer_change")
@NamedQuery(name = ObserverChange.OF_OBSERVER, query = "SELECT c FROM ObserverChange c"
        + " WHERE c.observerId = :observer ORDER BY c.occurredAt DESC, c.id DESC")
public class ObserverChange {

    public static final String OF_OBSERVER = "ObserverChange.ofObserver";
    private static final int MAX_DETAILS = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "observer_id", nullable = false)
    private Long observerId;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(nullable = false, length = 64)
    private String actor;

    @Column(nullable = false, length = 255)
    private String source;

    @Column(nullable = false, length = MAX_DETAILS)
    private String details;

    protected ObserverChange() {
    }

    /**
     * Creates an entry.
     *
     * @param source  name of the imported file, or the screen that made the change
     * @param details what changed, cut to {@value #MAX_DETAILS} characters
     */
    public ObserverChange(long observerId, Instant occurredAt, String actor, String source, String details) {
        this.observerId = observerId;
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.source = source.length() <= 255 ? source : source.substring(0, 255);
        this.details = details.length() <= MAX_DETAILS ? details : details.substring(0, MAX_DETAILS);
    }

    public Long getId() {
        return id;
    }

    public Long getObserverId() {
        return observerId;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public String getSource() {
        return source;
    }

    public String getDetails() {
        return details;
    }
}
