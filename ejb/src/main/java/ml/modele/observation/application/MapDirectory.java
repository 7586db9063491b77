package ml.modele.observation.application;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import ml.modele.observation.domain.audit.AuditAction;
import ml.modele.observation.domain.geography.AdminLevel;
import ml.modele.observation.domain.geography.CodeOrName;
import ml.modele.observation.domain.geography.SearchKeys;
import ml.modele.observation.domain.geography.SecurityStatus;
import ml.modele.observation.domain.map.AdminUnitEntity;
import ml.modele.observation.domain.map.MapVersion;
import ml.modele.observation.domain.map.PollingStationEntity;
import ml.modele.observation.domain.security.Role;

/**
 * Reads the electoral map for the screens and the REST API, and changes a station's security
 * status. Every logged-in user reads; the web layer's role matrix has already admitted the caller.
 */
@Stateless
@PermitAll
public class MapDirectory {

    private static final Logger LOG = Logger.getLogger(MapDirectory.class.getName());

    /** Most rows a search returns. */
    public static final int SEARCH_LIMIT = 200;

    @EJB
    private RegionScope regionScope;

    @PersistenceContext(unitName = "observation")
    private EntityManager em;

    @EJB
    private AuditTrail audit;

    @Resource
    private SessionContext session;

    /** Returns the id of the newest map version, or null when no map is loaded. */
    public Long latestVersionId() {
        return versions().stream().findFirst().map(MapVersion::getId).orElse(null);
    }

    /** Returns the map versions, newest first. */
    public List<MapVersion> versions() {
        return em.createNamedQuery(MapVersion.ALL, MapVersion.class).getResultList();
    }

    public Optional<MapVersion> version(long id) {
        return Optional.ofNullable(em.find(MapVersion.class, id));
    }

    /** Returns the commune P-codes of a version. */
    public Set<String> communeCodes(long version) {
        return new HashSet<>(em.createNamedQuery(AdminUnitEntity.BY_LEVEL, AdminUnitEntity.class)
                .setParameter("version", version)
                .setParameter("level", AdminLevel.COMMUNE.number())
                .getResultList().stream().map(AdminUnitEntity::getCode).toList());
    }

    /** Counts the units, centres, current stations and registered voters of a version. */
    public MapSummary summary(long version) {
        Object[] units = (Object[]) em.createNativeQuery("SELECT"
                + " COALESCE(SUM(admin_level = 1), 0), COALESCE(SUM(admin_level = 2), 0),"
                + " COALESCE(SUM(admin_level = 3), 0) FROM admin_unit WHERE map_version_id = ?1")
                .setParameter(1, version).getSingleResult();
        Object[] stations = (Object[]) em.createNativeQuery("SELECT COUNT(*), COALESCE(SUM(registered_voters), 0),"
                + " COALESCE(SUM(generated), 0), COUNT(DISTINCT centre_id) FROM polling_station"
                + " WHERE map_version_id = ?1 AND retired = FALSE")
                .setParameter(1, version).getSingleResult();
        return new MapSummary(version, number(units[0]), number(units[1]), number(units[2]), number(stations[3]),
                number(stations[0]), number(stations[1]), number(stations[2]));
    }

    /** Returns the current stations and registered voters per région, by P-code. */
    public List<RegionTotal> totalsByRegion(long version) {
        List<?> rows = em.createNativeQuery("SELECT r.code, r.name, COUNT(s.id), COALESCE(SUM(s.registered_voters), 0)"
                + " FROM admin_unit r"
                + " LEFT JOIN admin_unit ce ON ce.parent_id = r.id"
                + " LEFT JOIN admin_unit co ON co.parent_id = ce.id"
                + " LEFT JOIN polling_station s ON s.commune_id = co.id AND s.retired = FALSE"
                + " WHERE r.map_version_id = ?1 AND r.admin_level = 1"
                + " GROUP BY r.id, r.code, r.name ORDER BY r.code")
                .setParameter(1, version).getResultList();
        Optional<String> scope = regionScope.ofCaller();
        return rows.stream().map(Object[].class::cast)
                .map(row -> new RegionTotal((String) row[0], (String) row[1], number(row[2]), number(row[3])))
                .filter(total -> RegionScope.covers(scope, total.code()))
                .toList();
    }

    /** Returns the units of one level, by P-code. */
    public List<AdminUnitEntity> unitsAt(long version, AdminLevel level) {
        return visibleUnits(em.createNamedQuery(AdminUnitEntity.BY_LEVEL, AdminUnitEntity.class)
                .setParameter("version", version)
                .setParameter("level", level.number())
                .getResultList());
    }

    /** Returns the units directly below a unit, by P-code. */
    public List<AdminUnitEntity> children(long parentId) {
        return visibleUnits(em.createNamedQuery(AdminUnitEntity.CHILDREN, AdminUnitEntity.class)
                .setParameter("parent", parentId)
                .getResultList());
    }

    public Optional<AdminUnitEntity> unit(long id) {
        Optional<String> scope = regionScope.ofCaller();
        return Optional.ofNullable(em.find(AdminUnitEntity.class, id))
                .filter(unit -> RegionScope.covers(scope, unit.getCode()));
    }

    /**
     * Finds units by name or P-code, without regard to accents, case, spaces or punctuation:
     * "segou" and "SEGOU" find "Ségou", "ngara" finds "N'gara". Returns at most
     * {@value #SEARCH_LIMIT} units, régions first.
     */
    public List<AdminUnitEntity> searchUnits(long version, String query) {
        return visibleUnits(em.createNamedQuery(AdminUnitEntity.SEARCH, AdminUnitEntity.class)
                .setParameter("version", version)
                .setParameter("key", likeKey(SearchKeys.compact(query)))
                .setParameter("code", likeKey(SearchKeys.fold(query)))
                .setMaxResults(SEARCH_LIMIT)
                .getResultList());
    }

    /**
     * Finds the région or cercle whose P-code or name a user typed, whatever the case, accents or
     * punctuation ({@link CodeOrName}). The caller's région does not limit the search, so the
     * caller can tell a unit that does not exist from one outside that région.
     *
     * @param level {@link AdminLevel#REGION} or {@link AdminLevel#CERCLE}
     * @throws UserInputException when no unit of the level matches, or several share the name
     */
    public AdminUnitEntity unitByCodeOrName(long version, AdminLevel level, String input) {
        List<AdminUnitEntity> units = em.createNamedQuery(AdminUnitEntity.BY_LEVEL, AdminUnitEntity.class)
                .setParameter("version", version)
                .setParameter("level", level.number())
                .getResultList();
        List<AdminUnitEntity> found = CodeOrName.matches(units, AdminUnitEntity::getCode, AdminUnitEntity::getName,
                input);
        String typed = input == null ? "" : input.strip();
        if (found.isEmpty() && level == AdminLevel.REGION) {
            throw new UserInputException("map.error.unknownRegion", typed, String.join(", ", units.stream()
                    .map(unit -> unit.getName() + " (" + unit.getCode() + ")").toList()));
        }
        if (found.isEmpty()) {
            throw new UserInputException("map.error.unknownCercle", typed);
        }
        if (found.size() > 1) {
            throw new UserInputException("map.error.ambiguousUnit", typed, String.join(", ", found.stream()
                    .map(unit -> unit.getName() + " (" + unit.getCode() + ")").toList()));
        }
        return found.get(0);
    }

    /**
     * Finds stations by station code, without regard to case, or by centre name, without regard to
     * accents, case, spaces or punctuation.
     */
    public List<PollingStationEntity> searchStations(long version, String query) {
        return visibleStations(em.createNamedQuery(PollingStationEntity.SEARCH, PollingStationEntity.class)
                .setParameter("version", version)
                .setParameter("key", likeKey(SearchKeys.compact(query)))
                .setParameter("code", likeKey(SearchKeys.fold(query)))
                .setMaxResults(SEARCH_LIMIT)
                .getResultList());
    }

    /** Returns the stations of a commune, retired ones included, by code. */
    public List<PollingStationEntity> stationsOfCommune(long communeId) {
        return visibleStations(em.createNamedQuery(PollingStationEntity.BY_COMMUNE, PollingStationEntity.class)
                .setParameter("commune", communeId)
                .getResultList());
    }

    /**
     * Sets the security status of a station. {@code expectedVersion} is the version the user saw:
     * if someone changed the station since, the change is refused rather than overwriting theirs.
     */
    @RolesAllowed({Role.Names.ADMINISTRATOR, Role.Names.MISSION_CHIEF, Role.Names.TECHNICAL_COORDINATOR})
    public void changeSecurityStatus(long stationId, SecurityStatus status, long expectedVersion) {
        PollingStationEntity station = em.find(PollingStationEntity.class, stationId, LockModeType.PESSIMISTIC_WRITE);
        if (station == null) {
            throw new UserInputException("map.error.stationNotFound", Long.toString(stationId));
        }
        if (station.getVersion() != expectedVersion) {
            throw new UserInputException("map.error.stationChanged", station.getCode());
        }
        SecurityStatus before = station.changeSecurityStatus(status);
        if (before != status) {
            String actor = session.getCallerPrincipal().getName();
            audit.record(actor, AuditAction.STATION_SECURITY_CHANGED, "PollingStation", station.getCode(),
                    before + " -> " + status);
            LOG.info("Security status of station " + station.getCode() + " set to " + status + " by " + actor);
        }
    }

    /** Returns a LIKE pattern that finds the folded query anywhere, with LIKE's wildcards escaped. */
    private static String likeKey(String folded) {
        String escaped = folded.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    /** Keeps the units that the caller's région covers. */
    private List<AdminUnitEntity> visibleUnits(List<AdminUnitEntity> units) {
        Optional<String> scope = regionScope.ofCaller();
        if (scope.isEmpty()) {
            return units;
        }
        return units.stream().filter(unit -> RegionScope.covers(scope, unit.getCode())).toList();
    }

    /** Keeps the stations whose commune the caller's région covers. */
    private List<PollingStationEntity> visibleStations(List<PollingStationEntity> stations) {
        Optional<String> scope = regionScope.ofCaller();
        if (scope.isEmpty()) {
            return stations;
        }
        return stations.stream()
                .filter(station -> {
                    AdminUnitEntity commune = em.find(AdminUnitEntity.class, station.getCommuneId());
                    return commune != null && RegionScope.covers(scope, commune.getCode());
                })
                .toList();
    }
}
