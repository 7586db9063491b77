package ml.modele.observation.domain.sample;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

/** Stratum (strate) of a stored PVT sample, with its drawn stations in drawn order. */
@Entity
@Table(name = "pvt_sample_stratum")
public class SampleStratum implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "sample_id")
    private DrawnSample sample;

    @Column(nullable = false)
    private int position;

    @Column(name = "stratum_key", nullable = false, length = 64)
    private String key;

    @Column(name = "region_code", nullable = false, length = 16)
    private String regionCode;

    @Column(name = "region_name", nullable = false, length = 200)
    private String regionName;

    @Column(length = 16)
    private String area;

    @Column(name = "frame_stations", nullable = false)
    private int frameStations;

    @Column(name = "frame_voters", nullable = false)
    private long frameVoters;

    @Column(name = "proportional_quota", nullable = false)
    private double proportionalQuota;

    @Column(name = "sample_size", nullable = false)
    private int sampleSize;

    @Column(name = "reserve_size", nullable = false)
    private int reserveSize;

    @OneToMany(mappedBy = "stratum", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("drawRank")
    private List<SampleStation> stations = new ArrayList<>();

    protected SampleStratum() {
    }

    SampleStratum(DrawnSample sample, int position, String key, String regionCode, String regionName, String area,
            int frameStations, long frameVoters, double proportionalQuota) {
        this.sample = sample;
        this.position = position;
        this.key = key;
        this.regionCode = regionCode;
        this.regionName = regionName;
        this.area = area;
        this.frameStations = frameStations;
        this.frameVoters = frameVoters;
        this.proportionalQuota = proportionalQuota;
    }

    /** Appends a drawn station; call in drawn order, sampled stations first. */
    void addDrawn(long stationId, String stationCode, boolean sampled) {
        stations.add(new SampleStation(sample, this, stationId, stationCode, stations.size() + 1,
                sampled ? SampleStationState.SAMPLED : SampleStationState.RESERVE));
        if (sampled) {
            sampleSize++;
        } else {
            reserveSize++;
        }
    }

    /**
     * Returns the first unused reserve station in drawn order that {@code usable} accepts, or
     * empty when the reserve list has none left.
     */
    Optional<SampleStation> nextReserve(Predicate<SampleStation> usable) {
        return stations.stream()
                .filter(station -> station.getState() == SampleStationState.RESERVE)
                .filter(usable)
                .findFirst();
    }

    /** Counts the reserve stations not used yet. */
    public int reserveLeft() {
        return (int) stations.stream().filter(station -> station.getState() == SampleStationState.RESERVE).count();
    }

    public Long getId() {
        return id;
    }

    public int getPosition() {
        return position;
    }

    public String getKey() {
        return key;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public String getRegionName() {
        return regionName;
    }

    /** Returns URBAN or RURAL for a région × area stratum, null for a région stratum. */
    public String getArea() {
        return area;
    }

    public int getFrameStations() {
        return frameStations;
    }

    public long getFrameVoters() {
        return frameVoters;
    }

    public double getProportionalQuota() {
        return proportionalQuota;
    }

    public int getSampleSize() {
        return sampleSize;
    }

    public int getReserveSize() {
        return reserveSize;
    }

    public List<SampleStation> getStations() {
        return List.copyOf(stations);
    }
}
