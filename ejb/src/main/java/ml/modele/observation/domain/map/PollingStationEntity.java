package ml.modele.observation.domain.map;

import java.io.Serializable;
import java.math.BigDecimal;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import ml.modele.observation.domain.geography.AreaType;
import ml.modele.observation.domain.geography.SecurityStatus;

/**
 * Stored polling station (bureau de vote) of one map version. The map import writes it in bulk;
 * the mission changes only its security status, with a check of the version it saw.
 */
@Entity
@Cacheable(false)
@Table(name = "polling_station")
@NamedQuery(name = PollingStationEntity.BY_COMMUNE, query = "SELECT s FROM PollingStationEntity s"
        + " JOIN FETCH s.centre WHERE s.communeId = :commune ORDER BY s.code")
@NamedQuery(name = PollingStationEntity.BY_CODE, query = "SELECT s FROM PollingStationEntity s"
        + " JOIN FETCH s.centre WHERE s.mapVersionId = :version AND s.code = :code")
@NamedQuery(name = PollingStationEntity.SEARCH, query = "SELECT s FROM PollingStationEntity s"
        + " JOIN FETCH s.centre c WHERE s.mapVersionId = :version"
        + " AND (LOWER(s.code) LIKE :code OR c.searchKey LIKE :key) ORDER BY s.code")
public class PollingStationEntity implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String BY_COMMUNE = "PollingStationEntity.byCommune";
    public static final String BY_CODE = "PollingStationEntity.byCode";
    public static final String SEARCH = "PollingStationEntity.search";

    @Id
    private Long id;

    @Column(name = "map_version_id", nullable = false)
    private Long mapVersionId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "centre_id")
    private PollingCentreEntity centre;

    @Column(name = "commune_id", nullable = false)
    private Long communeId;

    @Column(nullable = false, length = 40)
    private String code;

    @Column(name = "registered_voters", nullable = false)
    private int registeredVoters;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private AreaType area;

    private BigDecimal latitude;

    private BigDecimal longitude;

    @Enumerated(EnumType.STRING)
    @Column(name = "security_status", nullable = false, length = 16)
    private SecurityStatus securityStatus;

    @Column(nullable = false)
    private boolean retired;

    @Column(nullable = false)
    private boolean generated;

    @Version
    private long version;

    protected PollingStationEntity() {
    }

    /** Sets the security status; returns the previous one. */
    public SecurityStatus changeSecurityStatus(SecurityStatus status) {
        SecurityStatus before = securityStatus;
        securityStatus = status;
        return before;
    }

    public Long getId() {
        return id;
    }

    public Long getMapVersionId() {
        return mapVersionId;
    }

    public PollingCentreEntity getCentre() {
        return centre;
    }

    public Long getCommuneId() {
        return communeId;
    }

    public String getCode() {
        return code;
    }

    public int getRegisteredVoters() {
        return registeredVoters;
    }

    public AreaType getArea() {
        return area;
    }

    public BigDecimal getLatitude() {
        return latitude;
    }

    public BigDecimal getLongitude() {
        return longitude;
    }

    public SecurityStatus getSecurityStatus() {
        return securityStatus;
    }

    public boolean isRetired() {
        return retired;
    }

    public boolean isGenerated() {
        return generated;
    }

    public long getVersion() {
        return version;
    }
}
