package ml.modele.observation.domain.deployment;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import ml.modele.observation.domain.observer.Observer;

/**
 * Deployment (déploiement) of an observer for one election: the place they cover from a start
 * time until an end time. A row is never deleted: ending it and starting a new one keeps the
 * history of who covered a place and who replaced whom. An observer has at most one active
 * deployment per election, which the database enforces with a unique key.
 */
@Entity
@Table(name = "deployment")
@NamedQuery(name = Deployment.ACTIVE_OF_OBSERVER, query = "SELECT d FROM Deployment d"
        + " WHERE d.electionId = :election AND d.observer.id = :observer AND d.endedAt IS NULL")
@NamedQuery(name = Deployment.HISTORY_OF_OBSERVER, query = "SELECT d FROM Deployment d"
        + " WHERE d.electionId = :election AND d.observer.id = :observer ORDER BY d.startedAt DESC, d.id DESC")
@NamedQuery(name = Deployment.ACTIVE_BY_KIND, query = "SELECT d FROM Deployment d JOIN FETCH d.observer o"
        + " WHERE d.electionId = :election AND d.placeKind = :kind AND d.endedAt IS NULL"
        + " ORDER BY d.placeCode, o.lastName, o.firstName")
@NamedQuery(name = Deployment.ACTIVE_AT_PLACE, query = "SELECT d FROM Deployment d JOIN FETCH d.observer"
        + " WHERE d.electionId = :election AND d.placeKind = :kind AND d.placeCode = :code AND d.endedAt IS NULL")
@NamedQuery(name = Deployment.STATION_OF_OBSERVER, query = "SELECT d FROM Deployment d"
        + " WHERE d.electionId = :election AND d.observer.code = :code AND d.endedAt IS NULL"
        + " AND d.placeKind = ml.modele.observation.domain.deployment.PlaceKind.POLLING_STATION")
public class Deployment implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String ACTIVE_OF_OBSERVER = "Deployment.activeOfObserver";
    public static final String HISTORY_OF_OBSERVER = "Deployment.historyOfObserver";
    public static final String ACTIVE_BY_KIND = "Deployment.activeByKind";
    public static final String ACTIVE_AT_PLACE = "Deployment.activeAtPlace";
    public static final String STATION_OF_OBSERVER = "Deployment.stationOfObserver";

    private static final int MAX_NOTE = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "election_id", nullable = false)
    private Long electionId;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "observer_id")
    private Observer observer;

    @Enumerated(EnumType.STRING)
    @Column(name = "place_kind", nullable = false, length = 16)
    private PlaceKind placeKind;

    @Column(name = "admin_unit_id")
    private Long adminUnitId;

    @Column(name = "polling_centre_id")
    private Long pollingCentreId;

    @Column(name = "polling_station_id")
    private Long pollingStationId;

    @Column(name = "place_code", length = 40)
    private String placeCode;

    @Column(name = "region_code", length = 16)
    private String regionCode;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "started_by", nullable = false, length = 64)
    private String startedBy;

    @Column(name = "ended_at")
    private Instant endedAt;

    @Column(name = "ended_by", length = 64)
    private String endedBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "end_reason", length = 16)
    private EndReason endReason;

    @Column(name = "end_note", length = MAX_NOTE)
    private String endNote;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "replaced_by_observer_id")
    private Observer replacedBy;

    @Version
    private long version;

    protected Deployment() {
    }

    /** Starts a deployment of an observer to a place that the placement rules accepted. */
    public Deployment(long electionId, Observer observer, DeploymentPlace place, Instant now, String actor) {
        this.electionId = electionId;
        this.observer = observer;
        this.placeKind = place.kind();
        switch (place.kind()) {
            case ADMIN_UNIT -> this.adminUnitId = place.id();
            case POLLING_CENTRE -> this.pollingCentreId = place.id();
            case POLLING_STATION -> this.pollingStationId = place.id();
            case RESERVE -> {
                // The reserve pool has no place.
            }
        }
        this.placeCode = place.code();
        this.regionCode = place.regionCode();
        this.startedAt = now;
        this.startedBy = actor;
    }

    /**
     * Ends this deployment.
     *
     * @param replacement the observer who takes the place, or null
     * @param note        free text from the user, cut to {@value #MAX_NOTE} characters, or null
     */
    public void end(EndReason reason, Observer replacement, String note, Instant now, String actor) {
        if (endedAt != null) {
            throw new IllegalStateException("Deployment " + id + " already ended at " + endedAt);
        }
        this.endedAt = now;
        this.endedBy = actor;
        this.endReason = reason;
        this.replacedBy = replacement;
        this.endNote = note == null || note.isBlank() ? null
                : note.strip().substring(0, Math.min(MAX_NOTE, note.strip().length()));
    }

    /** Tells whether this deployment covers the same place as another one. */
    public boolean samePlace(DeploymentPlace place) {
        return placeKind == place.kind() && Objects.equals(placeCode, place.code());
    }

    public boolean isActive() {
        return endedAt == null;
    }

    public Long getId() {
        return id;
    }

    public Long getElectionId() {
        return electionId;
    }

    public Observer getObserver() {
        return observer;
    }

    public PlaceKind getPlaceKind() {
        return placeKind;
    }

    public Long getAdminUnitId() {
        return adminUnitId;
    }

    public Long getPollingCentreId() {
        return pollingCentreId;
    }

    public Long getPollingStationId() {
        return pollingStationId;
    }

    /** Returns the P-code, centre code or station code of the place; null in the reserve pool. */
    public String getPlaceCode() {
        return placeCode;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public String getStartedBy() {
        return startedBy;
    }

    public Instant getEndedAt() {
        return endedAt;
    }

    public String getEndedBy() {
        return endedBy;
    }

    public EndReason getEndReason() {
        return endReason;
    }

    public String getEndNote() {
        return endNote;
    }

    public Observer getReplacedBy() {
        return replacedBy;
    }
}
