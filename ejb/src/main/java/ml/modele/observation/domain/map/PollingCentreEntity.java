package ml.modele.observation.domain.map;

import java.io.Serializable;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** Stored polling centre (centre de vote) of one map version, written in bulk by the map import. */
@Entity
@Cacheable(false)
@Table(name = "polling_centre")
@NamedQuery(name = PollingCentreEntity.BY_COMMUNE, query = "SELECT c FROM PollingCentreEntity c"
        + " WHERE c.communeId = :commune ORDER BY c.code")
public class PollingCentreEntity implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String BY_COMMUNE = "PollingCentreEntity.byCommune";

    @Id
    private Long id;

    @Column(name = "map_version_id", nullable = false)
    private Long mapVersionId;

    @Column(name = "commune_id", nullable = false)
    private Long communeId;

    @Column(nullable = false, length = 40)
    private String code;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "search_key", nullable = false, length = 200)
    private String searchKey;

    @Column(nullable = false)
    private boolean generated;

    protected PollingCentreEntity() {
    }

    public Long getId() {
        return id;
    }

    public Long getMapVersionId() {
        return mapVersionId;
    }

    public Long getCommuneId() {
        return communeId;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public boolean isGenerated() {
        return generated;
    }
}
