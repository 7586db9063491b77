package ml.modele.observation.domain.map;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * One version of the electoral map (carte électorale): an administrative division with its
 * polling centres and stations. An election refers to one version, so a later division imports
 * as a new version and the elections on the old one keep it.
 */
@Entity
@Cacheable(false)
@Table(name = "map_version")
@NamedQuery(name = MapVersion.ALL, query = "SELECT m FROM MapVersion m ORDER BY m.id DESC")
public class MapVersion implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String ALL = "MapVersion.all";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 200)
    private String label;

    @Column(nullable = false, length = 255)
    private String source;

    @Column(name = "valid_from")
    private LocalDate validFrom;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 64)
    private String createdBy;

    protected MapVersion() {
    }

    public Long getId() {
        return id;
    }

    public String getLabel() {
        return label;
    }

    public String getSource() {
        return source;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }
}
