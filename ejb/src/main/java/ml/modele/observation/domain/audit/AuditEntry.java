package ml.modele.observation.domain.audit;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** One administrative change (journal d'audit): who did what to which record, and when. */
@Entity
@Table(name = "audit_entry")
@NamedQuery(name = AuditEntry.LATEST, query = "SELECT a FROM AuditEntry a ORDER BY a.occurredAt DESC, a.id DESC")
@NamedQuery(name = AuditEntry.COUNT, query = "SELECT COUNT(a) FROM AuditEntry a")
public class AuditEntry {

    public static final String LATEST = "AuditEntry.latest";
    public static final String COUNT = "AuditEntry.count";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(nullable = false, length = 64)
    private String actor;

    @Column(nullable = false, length = 64)
    private String action;

    @Column(name = "target_type", nullable = false, length = 64)
    private String targetType;

    @Column(name = "target_id", length = 128)
    private String targetId;

    @Column(length = 2000)
    private String details;

    protected AuditEntry() {
    }

    public AuditEntry(Instant occurredAt, String actor, AuditAction action, String targetType, String targetId,
            String details) {
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.action = action.name();
        this.targetType = targetType;
        this.targetId = targetId;
        this.details = details == null || details.length() <= 2000 ? details : details.substring(0, 2000);
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public String getAction() {
        return action;
    }

    public String getTargetType() {
        return targetType;
    }

    public String getTargetId() {
        return targetId;
    }

    public String getDetails() {
        return details;
    }
}
