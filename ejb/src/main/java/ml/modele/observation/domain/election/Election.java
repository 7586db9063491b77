package ml.modele.observation.domain.election;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * An election the mission observes (scrutin): its type, date, map version, ballot options and
 * calendar. Everything recorded later belongs to one election. A closed election is read-only.
 */
@Entity
@Table(name = "election")
@NamedQuery(name = Election.ALL, query = "SELECT e FROM Election e ORDER BY e.electionDate DESC, e.id DESC")
@NamedQuery(name = Election.BY_NAME, query = "SELECT e FROM Election e WHERE e.name = :name")
@NamedQuery(name = Election.COUNT, query = "SELECT COUNT(e) FROM Election e")
public class Election implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String ALL = "Election.all";
    public static final String BY_NAME = "Election.byName";
    public static final String COUNT = "Election.count";

    /** Maximum length of the name in characters: the size of its column. */
    public static final int NAME_MAX_LENGTH = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = NAME_MAX_LENGTH)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "election_type", nullable = false, length = 32)
    private ElectionType type;

    @Column(name = "election_date", nullable = false)
    private LocalDate electionDate;

    @Column(name = "map_version_id", nullable = false)
    private Long mapVersionId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ElectionStatus status = ElectionStatus.PREPARATION;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "ballot_option", joinColumns = @JoinColumn(name = "election_id"))
    @OrderColumn(name = "position")
    private List<BallotOption> options = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "election_phase", joinColumns = @JoinColumn(name = "election_id"))
    @OrderColumn(name = "position")
    private List<ElectionPhase> phases = new ArrayList<>();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Election() {
    }

    public Election(String name, ElectionType type, LocalDate electionDate, long mapVersionId, Instant now) {
        this.createdAt = now;
        describe(name, type, electionDate, mapVersionId, now);
    }

    /** Sets the name, type, date and map version. */
    public final void describe(String newName, ElectionType newType, LocalDate date, long newMapVersionId,
                               Instant now) {
        checkOpen();
        this.name = newName;
        this.type = newType;
        this.electionDate = date;
        this.mapVersionId = newMapVersionId;
        this.updatedAt = now;
    }

    /** Replaces the ballot options and the calendar. */
    public void plan(List<BallotOption> newOptions, List<ElectionPhase> newPhases, Instant now) {
        checkOpen();
        options.clear();
        options.addAll(newOptions);
        phases.clear();
        phases.addAll(newPhases);
        updatedAt = now;
    }

    /** Moves the election to another stage. Closing makes it read-only for good. */
    public void changeStatus(ElectionStatus newStatus, Instant now) {
        checkOpen();
        status = newStatus;
        updatedAt = now;
    }

    public boolean isClosed() {
        return status == ElectionStatus.CLOSED;
    }

    private void checkOpen() {
        if (isClosed()) {
            throw new IllegalStateException("Election " + name + " is closed");
        }
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public ElectionType getType() {
        return type;
    }

    public LocalDate getElectionDate() {
        return electionDate;
    }

    public Long getMapVersionId() {
        return mapVersionId;
    }

    public ElectionStatus getStatus() {
        return status;
    }

    public List<BallotOption> getOptions() {
        return List.copyOf(options);
    }

    public List<ElectionPhase> getPhases() {
        return List.copyOf(phases);
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }
}
