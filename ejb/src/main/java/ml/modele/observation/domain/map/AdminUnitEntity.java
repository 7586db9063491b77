package ml.modele.observation.domain.map;

import java.io.Serializable;
import java.time.LocalDate;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import ml.modele.observation.domain.geography.AdminLevel;

/**
 * Stored région, cercle or commune of one map version. Written by the map import in bulk,
 * so the entity is read-only here and never cached.
 */
@Entity
@Cacheable(false)
@Table(name = "admin_unit")
@NamedQuery(name = AdminUnitEntity.BY_LEVEL, query = "SELECT u FROM AdminUnitEntity u"
        + " WHERE u.mapVersionId = :version AND u.level = :level ORDER BY u.code")
@NamedQuery(name = AdminUnitEntity.CHILDREN, query = "SELECT u FROM AdminUnitEntity u"
        + " WHERE u.parentId = :parent ORDER BY u.code")
@NamedQuery(name = AdminUnitEntity.BY_CODE, query = "SELECT u FROM AdminUnitEntity u"
        + " WHERE u.mapVersionId = :version AND u.code = :code")
@NamedQuery(name = AdminUnitEntity.SEARCH, query = "SELECT u FROM AdminUnitEntity u"
        + " WHERE u.mapVersionId = :version AND (u.searchKey LIKE :key OR LOWER(u.code) LIKE :code)"
        + " ORDER BY u.level, u.code")
public class AdminUnitEntity implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String BY_LEVEL = "AdminUnitEntity.byLevel";
    public static final String CHILDREN = "AdminUnitEntity.children";
    public static final String BY_CODE = "AdminUnitEntity.byCode";
    public static final String SEARCH = "AdminUnitEntity.search";

    @Id
    private Long id;

    @Column(name = "map_version_id", nullable = false)
    private Long mapVersionId;

    @Column(name = "admin_level", nullable = false)
    private int level;

    @Column(nullable = false, length = 16)
    private String code;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "search_key", nullable = false, length = 200)
    private String searchKey;

    @Column(name = "parent_id")
    private Long parentId;

    @Column(name = "parent_code", nullable = false, length = 16)
    private String parentCode;

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    protected AdminUnitEntity() {
    }

    public Long getId() {
        return id;
    }

    public Long getMapVersionId() {
        return mapVersionId;
    }

    public AdminLevel getLevel() {
        return AdminLevel.ofNumber(level).orElseThrow();
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public Long getParentId() {
        return parentId;
    }

    public String getParentCode() {
        return parentCode;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }
}
