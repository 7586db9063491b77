package ml.modele.observation.domain.sample;

import java.io.Serializable;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** Recorded change of a sample: a sampled station replaced by a reserve station, why, by whom and when. */
@Entity
@Table(name = "pvt_sample_replacement")
public class SampleReplacement implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Maximum length of a reason, as the column allows. */
    public static final int REASON_MAX_LENGTH = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "sample_id")
    private DrawnSample sample;

    @Column(name = "stratum_key", nullable = false, length = 64)
    private String stratumKey;

    @Column(name = "replaced_code", nullable = false, length = 40)
    private String replacedCode;

    @Column(name = "replacement_code", nullable = false, length = 40)
    private String replacementCode;

    @Column(nullable = false, length = REASON_MAX_LENGTH)
    private String reason;

    @Column(name = "replaced_by", nullable = false, length = 64)
    private String replacedBy;

    @Column(name = "replaced_at", nullable = false)
    private Instant replacedAt;

    @Column(name = "seal_before", nullable = false, length = 64)
    private String sealBefore;

    @Column(name = "seal_after", nullable = false, length = 64)
    private String sealAfter;

    protected SampleReplacement() {
    }

    SampleReplacement(DrawnSample sample, String stratumKey, String replacedCode, String replacementCode,
            String reason, String replacedBy, Instant replacedAt, String sealBefore, String sealAfter) {
        this.sample = sample;
        this.stratumKey = stratumKey;
        this.replacedCode = replacedCode;
        this.replacementCode = replacementCode;
        this.reason = reason;
        this.replacedBy = replacedBy;
        this.replacedAt = replacedAt;
        this.sealBefore = sealBefore;
        this.sealAfter = sealAfter;
    }

    public Long getId() {
        return id;
    }

    public String getStratumKey() {
        return stratumKey;
    }

    public String getReplacedCode() {
        return replacedCode;
    }

    public String getReplacementCode() {
        return replacementCode;
    }

    public String getReason() {
        return reason;
    }

    public String getReplacedBy() {
        return replacedBy;
    }

    public Instant getReplacedAt() {
        return replacedAt;
    }

    public String getSealBefore() {
        return sealBefore;
    }

    public String getSealAfter() {
        return sealAfter;
    }
}
