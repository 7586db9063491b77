package ml.modele.observation.domain.sample;

import java.io.Serializable;

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
import jakarta.persistence.Table;

/** Polling station drawn into a sample or its reserve list, with its rank in the stratum's draw. */
@Entity
@Table(name = "pvt_sample_station")
public class SampleStation implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "sample_id")
    private DrawnSample sample;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "stratum_id")
    private SampleStratum stratum;

    @Column(name = "station_id", nullable = false)
    private long stationId;

    @Column(name = "station_code", nullable = false, length = 40)
    private String stationCode;

    @Column(name = "draw_rank", nullable = false)
    private int drawRank;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private SampleStationState state;

    protected SampleStation() {
    }

    SampleStation(DrawnSample sample, SampleStratum stratum, long stationId, String stationCode, int drawRank,
            SampleStationState state) {
        this.sample = sample;
        this.stratum = stratum;
        this.stationId = stationId;
        this.stationCode = stationCode;
        this.drawRank = drawRank;
        this.state = state;
    }

    void changeState(SampleStationState newState) {
        state = newState;
    }

    public Long getId() {
        return id;
    }

    public SampleStratum getStratum() {
        return stratum;
    }

    public long getStationId() {
        return stationId;
    }

    public String getStationCode() {
        return stationCode;
    }

    /** Returns the 1-based position in the stratum's shuffle: 1 to n_h sampled, then the reserve. */
    public int getDrawRank() {
        return drawRank;
    }

    public SampleStationState getState() {
        return state;
    }
}
