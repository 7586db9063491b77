package ml.modele.observation.domain.sample;

import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import ml.modele.observation.domain.pvt.AllocationMethod;
import ml.modele.observation.domain.pvt.ConfidenceLevel;
import ml.modele.observation.domain.pvt.SampleSeal;
import ml.modele.observation.domain.pvt.StratificationScheme;

/**
 * Stored PVT sample of one election (échantillon PVT): the draw's parameters and seed, its strata
 * with the sampled and reserve stations in drawn order, its seal and its replacement log.
 *
 * <p>The seal is always that of the current sample, computed by {@link SampleSeal} over the codes
 * of the stations in the sample and the seed, so a replacement changes it. Once sealed, the
 * sample changes only through {@link #replace}, which logs the seal before and after.
 */
@Entity
@Table(name = "pvt_sample")
@NamedQuery(name = DrawnSample.BY_ELECTION, query = "SELECT s FROM DrawnSample s WHERE s.electionId = :election")
public class DrawnSample implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String BY_ELECTION = "DrawnSample.byElection";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "election_id", nullable = false)
    private Long electionId;

    @Column(name = "map_version_id", nullable = false)
    private Long mapVersionId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private StratificationScheme scheme;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private AllocationMethod allocation;

    @Enumerated(EnumType.STRING)
    @Column(name = "size_mode", nullable = false, length = 16)
    private SampleSizeMode sizeMode;

    @Column(name = "sample_size", nullable = false)
    private int sampleSize;

    @Column(name = "reserve_per_stratum", nullable = false)
    private int reservePerStratum;

    @Column(name = "target_margin")
    private Double targetMargin;

    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    private ConfidenceLevel confidence;

    @Column(name = "expected_share")
    private Double expectedShare;

    @Column(name = "design_effect")
    private Double designEffect;

    @Column(name = "expected_turnout")
    private Double expectedTurnout;

    @Column(nullable = false)
    private long seed;

    @Column(name = "frame_stations", nullable = false)
    private int frameStations;

    @Column(name = "frame_voters", nullable = false)
    private long frameVoters;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private SampleStatus status = SampleStatus.DRAFT;

    @Column(nullable = false, length = 64)
    private String seal;

    @Column(name = "drawn_at", nullable = false)
    private Instant drawnAt;

    @Column(name = "drawn_by", nullable = false, length = 64)
    private String drawnBy;

    @Column(name = "sealed_at")
    private Instant sealedAt;

    @Column(name = "sealed_by", length = 64)
    private String sealedBy;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @OneToMany(mappedBy = "sample", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<SampleStratum> strata = new ArrayList<>();

    @OneToMany(mappedBy = "sample", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("replacedAt, id")
    private List<SampleReplacement> replacements = new ArrayList<>();

    @Version
    private long version;

    protected DrawnSample() {
    }

    /**
     * Starts a draft sample; add its strata with {@link #addStratum} and finish with
     * {@link #completeDraw}.
     */
    public DrawnSample(long electionId, long mapVersionId, SampleParameters parameters, int sampleSize, long seed,
            int frameStations, long frameVoters, String actor, Instant now) {
        this.electionId = electionId;
        this.mapVersionId = mapVersionId;
        this.scheme = parameters.scheme();
        this.allocation = parameters.allocation();
        this.sizeMode = parameters.sizeMode();
        this.sampleSize = sampleSize;
        this.reservePerStratum = parameters.reservePerStratum();
        if (parameters.sizeMode() == SampleSizeMode.COMPUTED) {
            this.targetMargin = parameters.targetMargin();
            this.confidence = parameters.confidence();
            this.expectedShare = parameters.expectedShare();
            this.designEffect = parameters.designEffect();
            this.expectedTurnout = parameters.expectedTurnout();
        }
        this.seed = seed;
        this.frameStations = frameStations;
        this.frameVoters = frameVoters;
        this.drawnAt = now;
        this.drawnBy = actor;
        this.changedAt = now;
    }

    /** Adds the next stratum, in ascending key order. */
    public SampleStratum addStratum(String key, String regionCode, String regionName, String area,
            int stratumStations, long stratumVoters, double proportionalQuota) {
        SampleStratum stratum = new SampleStratum(this, strata.size(), key, regionCode, regionName, area,
                stratumStations, stratumVoters, proportionalQuota);
        strata.add(stratum);
        return stratum;
    }

    /** Appends a drawn station to a stratum of this sample, in drawn order. */
    public void addDrawn(SampleStratum stratum, long stationId, String stationCode, boolean sampled) {
        stratum.addDrawn(stationId, stationCode, sampled);
    }

    /** Computes the seal once every stratum is added. */
    public void completeDraw() {
        seal = SampleSeal.compute(currentCodes(), seed);
    }

    /**
     * Seals the sample before deployment.
     *
     * @throws IllegalStateException if it is sealed already
     */
    public void seal(String actor, Instant now) {
        if (status == SampleStatus.SEALED) {
            throw new IllegalStateException("Sample of election " + electionId + " is sealed already");
        }
        status = SampleStatus.SEALED;
        sealedAt = now;
        sealedBy = actor;
        changedAt = now;
    }

    /**
     * Returns the sampled station with this code, or empty when the code is not in the sample.
     */
    public Optional<SampleStation> sampledStation(String stationCode) {
        return stations().stream()
                .filter(station -> station.getState().inSample() && station.getStationCode().equals(stationCode))
                .findFirst();
    }

    /**
     * Replaces a sampled station by the first unused reserve station of its stratum, in drawn order,
     * that {@code usable} accepts, and logs the change with the seal before and after.
     *
     * @return the logged replacement, or empty when the stratum's reserve list is used up
     * @throws IllegalArgumentException if the station is not in the sample
     */
    public Optional<SampleReplacement> replace(String stationCode, String reason, Predicate<SampleStation> usable,
            String actor, Instant now) {
        SampleStation replaced = sampledStation(stationCode).orElseThrow(() -> new IllegalArgumentException(
                "Station " + stationCode + " is not in the sample of election " + electionId));
        SampleStratum stratum = replaced.getStratum();
        Optional<SampleStation> next = stratum.nextReserve(usable);
        if (next.isEmpty()) {
            return Optional.empty();
        }
        String before = seal;
        replaced.changeState(SampleStationState.REPLACED);
        next.get().changeState(SampleStationState.PROMOTED);
        seal = SampleSeal.compute(currentCodes(), seed);
        changedAt = now;
        SampleReplacement replacement = new SampleReplacement(this, stratum.getKey(), stationCode,
                next.get().getStationCode(), reason, actor, now, before, seal);
        replacements.add(replacement);
        return Optional.of(replacement);
    }

    /** Returns the codes of the stations in the current sample, stratum by stratum, in drawn order. */
    public List<String> currentCodes() {
        return stations().stream()
                .filter(station -> station.getState().inSample())
                .map(SampleStation::getStationCode)
                .toList();
    }

    /** Returns every drawn station, stratum by stratum, in drawn order. */
    public List<SampleStation> stations() {
        List<SampleStation> all = new ArrayList<>();
        for (SampleStratum stratum : strata) {
            all.addAll(stratum.getStations());
        }
        return all;
    }

    public boolean isSealed() {
        return status == SampleStatus.SEALED;
    }

    public Long getId() {
        return id;
    }

    public Long getElectionId() {
        return electionId;
    }

    public Long getMapVersionId() {
        return mapVersionId;
    }

    public StratificationScheme getScheme() {
        return scheme;
    }

    public AllocationMethod getAllocation() {
        return allocation;
    }

    public SampleSizeMode getSizeMode() {
        return sizeMode;
    }

    public int getSampleSize() {
        return sampleSize;
    }

    public int getReservePerStratum() {
        return reservePerStratum;
    }

    /** Returns the parameters as chosen for the draw. */
    public SampleParameters parameters() {
        return new SampleParameters(scheme, allocation, sizeMode, sampleSize, reservePerStratum, targetMargin,
                confidence, expectedShare, designEffect, expectedTurnout);
    }

    public long getSeed() {
        return seed;
    }

    public int getFrameStations() {
        return frameStations;
    }

    public long getFrameVoters() {
        return frameVoters;
    }

    public SampleStatus getStatus() {
        return status;
    }

    public String getSeal() {
        return seal;
    }

    public Instant getDrawnAt() {
        return drawnAt;
    }

    public String getDrawnBy() {
        return drawnBy;
    }

    public Instant getSealedAt() {
        return sealedAt;
    }

    public String getSealedBy() {
        return sealedBy;
    }

    /** Returns the time of the last draw, seal or replacement: the date of the sample's data. */
    public Instant getChangedAt() {
        return changedAt;
    }

    public List<SampleStratum> getStrata() {
        return List.copyOf(strata);
    }

    public List<SampleReplacement> getReplacements() {
        return List.copyOf(replacements);
    }

    public long getVersion() {
        return version;
    }
}
