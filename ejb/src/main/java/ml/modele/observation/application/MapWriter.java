package ml.modele.observation.application;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import java.util.stream.Collectors;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import ml.modele.observation.domain.audit.AuditAction;
import ml.modele.observation.domain.geography.AdminHierarchy;
import ml.modele.observation.domain.geography.AdminUnit;
import ml.modele.observation.domain.geography.Coordinates;
import ml.modele.observation.domain.geography.MaliRegionNames;
import ml.modele.observation.domain.geography.PollingCentre;
import ml.modele.observation.domain.geography.PollingFrame;
import ml.modele.observation.domain.geography.PollingStation;
import ml.modele.observation.domain.geography.StationChange;
import ml.modele.observation.domain.geography.StationDiff;
import ml.modele.observation.domain.geography.StationSnapshot;
import ml.modele.observation.infrastructure.persistence.MapTables;
import ml.modele.observation.infrastructure.persistence.MapTables.StoredCentre;
import ml.modele.observation.infrastructure.persistence.MapTables.StoredStation;
import ml.modele.observation.infrastructure.persistence.MapTables.StoredUnit;

/**
 * Applies a validated map file to the database in the caller's transaction, with JDBC batches on
 * the persistence context's own connection, and audits every change. Callers check roles and
 * validate the file first: {@link MapImportService} for users, {@link DefaultDataSetup} at first start.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class MapWriter {

    private static final Logger LOG = Logger.getLogger(MapWriter.class.getName());
    private static final String VERSION_TARGET = "MapVersion";
    private static final String UNIT_TARGET = "AdminUnit";
    private static final String STATION_TARGET = "PollingStation";
    /** Decimal places of the stored latitude and longitude. */
    private static final int POSITION_SCALE = 6;

    @PersistenceContext(unitName = "observation")
    private EntityManager em;

    @EJB
    private AuditTrail audit;

    private final Clock clock = Clock.systemUTC();

    /**
     * Compares the units with the newest map version. Same P-codes and parents: changed names and
     * dates are updated in place. Otherwise a new version is created, and the centres and stations
     * of the communes it keeps are copied into it, so the elections on the old version keep theirs.
     */
    public MapImportOutcome applyAdminUnits(AdminHierarchy file, String source, String actor,
                                            ImportProgress progress) {
        AdminHierarchy hierarchy = MaliRegionNames.restoreAccents(file);
        try {
            MapTables tables = new MapTables(connection());
            Long latest = tables.latestVersion();
            progress.advanceTo(ImportProgress.VALIDATED + 10);
            if (latest != null) {
                tables.lockVersion(latest);
                Map<String, StoredUnit> stored = tables.units(latest);
                if (sameStructure(stored, hierarchy)) {
                    return updateUnitsInPlace(tables, latest, stored, hierarchy, source, actor);
                }
            }
            LocalDate validFrom = hierarchy.units().stream().map(AdminUnit::validFrom)
                    .max(Comparator.naturalOrder()).orElse(null);
            long version = tables.insertVersion(source, source, validFrom, actor, Instant.now(clock));
            tables.insertUnits(version, hierarchy.units());
            progress.advanceTo(80);
            int carried = latest == null ? 0 : tables.copyFrame(latest, version);
            audit.record(actor, AuditAction.MAP_VERSION_CREATED, VERSION_TARGET, Long.toString(version),
                    source + ": " + hierarchy.countByLevel() + ", " + carried + " stations carried over from version "
                            + latest);
            LOG.info("Map version " + version + " created from " + source + ": " + hierarchy.countByLevel()
                    + ", " + carried + " stations carried over");
            return new MapImportOutcome(List.of(), version, true, hierarchy.units().size(), 0, 0, 0, carried);
        } catch (SQLException e) {
            throw new EJBException("Cannot write the administrative units of " + source, e);
        } finally {
            evictMapEntities();
        }
    }

    /** Brings the stations of a map version in line with a validated station file. */
    public MapImportOutcome applyStations(long version, PollingFrame frame, String source, String actor,
                                          ImportProgress progress) {
        try {
            MapTables tables = new MapTables(connection());
            tables.lockVersion(version);
            Map<String, StoredUnit> units = tables.units(version);
            Map<String, StoredCentre> centres = tables.centres(version);
            Map<String, StoredStation> stored = tables.stations(version);
            Map<String, StationSnapshot> imported = rounded(frame.snapshots());
            StationDiff diff = StationDiff.compare(
                    stored.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                            entry -> entry.getValue().snapshot())),
                    imported);

            if (writeCentres(tables, version, frame, centres, units)) {
                centres = tables.centres(version);
            }
            int total = diff.added().size() + diff.changed().size() + diff.disappeared().size();
            Map<String, StationSnapshot> added = new LinkedHashMap<>();
            diff.added().forEach(code -> added.put(code, imported.get(code)));
            Map<String, Boolean> generated = frame.stations().stream()
                    .collect(Collectors.toMap(PollingStation::code, PollingStation::generated));
            tables.insertStations(version, added, generated, centres, units, done -> progress.written(done, total));

            Map<Long, StationSnapshot> updates = new LinkedHashMap<>();
            for (StationChange change : diff.changed()) {
                updates.put(stored.get(change.stationCode()).id(), change.after());
                audit.record(actor, AuditAction.STATION_CHANGED, STATION_TARGET, change.stationCode(),
                        describe(change));
            }
            int reinstated = 0;
            for (String code : diff.unchanged()) {
                StoredStation station = stored.get(code);
                if (station.retired()) {
                    updates.put(station.id(), station.snapshot());
                    audit.record(actor, AuditAction.STATION_CHANGED, STATION_TARGET, code, "back in " + source);
                    reinstated++;
                }
            }
            tables.updateStations(updates, centres, units);

            List<Long> retired = new ArrayList<>();
            List<String> retiredCodes = new ArrayList<>();
            for (String code : diff.disappeared()) {
                StoredStation station = stored.get(code);
                if (!station.retired()) {
                    retired.add(station.id());
                    retiredCodes.add(code);
                }
            }
            tables.retireStations(retired);
            if (!retired.isEmpty()) {
                // One entry per import: a new official list can retire the whole demonstration frame.
                audit.record(actor, AuditAction.STATION_RETIRED, VERSION_TARGET, Long.toString(version),
                        retired.size() + " stations missing from " + source + ": " + String.join(", ", retiredCodes));
            }
            progress.advanceTo(99);

            MapImportOutcome outcome = new MapImportOutcome(List.of(), version, false, added.size(),
                    diff.changed().size() + reinstated, diff.unchanged().size() - reinstated, retired.size(), 0);
            audit.record(actor, AuditAction.IMPORT_APPLIED, VERSION_TARGET, Long.toString(version),
                    "stations from " + source + ": " + summary(outcome));
            LOG.info("Station file " + source + " applied to map version " + version + ": " + summary(outcome));
            return outcome;
        } catch (SQLException e) {
            throw new EJBException("Cannot write the polling stations of " + source, e);
        } finally {
            evictMapEntities();
        }
    }

    private MapImportOutcome updateUnitsInPlace(MapTables tables, long version, Map<String, StoredUnit> stored,
                                                AdminHierarchy hierarchy, String source, String actor)
            throws SQLException {
        List<StoredUnit> changed = new ArrayList<>();
        for (AdminUnit unit : hierarchy.units()) {
            StoredUnit before = stored.get(unit.code());
            if (!before.unit().equals(unit)) {
                changed.add(new StoredUnit(before.id(), unit));
                audit.record(actor, AuditAction.MAP_UNIT_CHANGED, UNIT_TARGET, unit.code(),
                        "name " + before.unit().name() + " -> " + unit.name() + ", valid from "
                                + before.unit().validFrom() + " -> " + unit.validFrom());
            }
        }
        tables.updateUnits(changed);
        MapImportOutcome outcome = new MapImportOutcome(List.of(), version, false, 0, changed.size(),
                hierarchy.units().size() - changed.size(), 0, 0);
        audit.record(actor, AuditAction.IMPORT_APPLIED, VERSION_TARGET, Long.toString(version),
                "administrative units from " + source + ": " + summary(outcome));
        LOG.info("Administrative units of " + source + " applied to map version " + version + ": "
                + summary(outcome));
        return outcome;
    }

    /** Inserts new centres and updates changed ones; returns whether any was inserted. */
    private static boolean writeCentres(MapTables tables, long version, PollingFrame frame,
                                        Map<String, StoredCentre> centres, Map<String, StoredUnit> units)
            throws SQLException {
        List<PollingCentre> added = new ArrayList<>();
        List<StoredCentre> changed = new ArrayList<>();
        for (PollingCentre centre : frame.centres()) {
            StoredCentre before = centres.get(centre.code());
            if (before == null) {
                added.add(centre);
            } else if (!before.centre().equals(centre)) {
                changed.add(new StoredCentre(before.id(), centre));
            }
        }
        tables.insertCentres(version, added, units);
        tables.updateCentres(changed, units);
        return !added.isEmpty();
    }

    private static boolean sameStructure(Map<String, StoredUnit> stored, AdminHierarchy hierarchy) {
        if (stored.size() != hierarchy.units().size()) {
            return false;
        }
        for (AdminUnit unit : hierarchy.units()) {
            StoredUnit before = stored.get(unit.code());
            if (before == null || before.unit().level() != unit.level()
                    || !before.unit().parentCode().equals(unit.parentCode())) {
                return false;
            }
        }
        return true;
    }

    /** Rounds positions to the stored precision, so that a re-import compares equal. */
    private static Map<String, StationSnapshot> rounded(Map<String, StationSnapshot> snapshots) {
        Map<String, StationSnapshot> result = new LinkedHashMap<>();
        snapshots.forEach((code, s) -> result.put(code, s.coordinates() == null ? s
                : new StationSnapshot(s.communeCode(), s.centreCode(), s.centreName(), s.registeredVoters(),
                        new Coordinates(round(s.coordinates().latitude()), round(s.coordinates().longitude())),
                        s.areaType())));
        return result;
    }

    private static double round(double degrees) {
        return BigDecimal.valueOf(degrees).setScale(POSITION_SCALE, RoundingMode.HALF_UP).doubleValue();
    }

    private static String describe(StationChange change) {
        return change.changedFields().stream()
                .sorted()
                .map(field -> field.column() + " " + value(change.before(), field) + " -> "
                        + value(change.after(), field))
                .collect(Collectors.joining(", "));
    }

    private static String value(StationSnapshot snapshot, ml.modele.observation.domain.geography.StationField field) {
        return switch (field) {
            case COMMUNE_CODE -> snapshot.communeCode();
            case CENTRE_CODE -> snapshot.centreCode();
            case CENTRE_NAME -> snapshot.centreName();
            case REGISTERED_VOTERS -> Integer.toString(snapshot.registeredVoters());
            case COORDINATES -> String.valueOf(snapshot.coordinates());
            case AREA -> snapshot.areaType().name();
        };
    }

    private static String summary(MapImportOutcome outcome) {
        return outcome.added() + " added, " + outcome.changed() + " changed, " + outcome.unchanged()
                + " unchanged, " + outcome.retired() + " retired";
    }

    private Connection connection() {
        return em.unwrap(Connection.class);
    }

    private void evictMapEntities() {
        em.getEntityManagerFactory().getCache().evictAll();
    }
}
