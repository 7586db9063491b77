package ml.modele.observation.application;

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
import java.util.Set;
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

import ml.modele.observation.application.MapImportOutcome.CentreCounts;
import ml.modele.observation.application.MapImportOutcome.Status;
import ml.modele.observation.domain.audit.AuditAction;
import ml.modele.observation.domain.geography.AdminHierarchy;
import ml.modele.observation.domain.geography.AdminUnit;
import ml.modele.observation.domain.geography.MaliRegionNames;
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

    @PersistenceContext(unitName = "observation")
    private EntityManager em;

    @EJB
    private AuditTrail audit;

    private final Clock clock = Clock.systemUTC();

    /**
     * Returns what {@link #applyAdminUnits} would change, without writing anything: the units
     * changed in place, or the new version and the stations it would carry over.
     */
    public MapImportOutcome previewAdminUnits(AdminHierarchy file) {
        AdminHierarchy hierarchy = MaliRegionNames.restoreAccents(file);
        try {
            MapTables tables = new MapTables(connection());
            Long latest = tables.latestVersion();
            if (latest == null) {
                return new MapImportOutcome(Status.PREVIEWED, List.of(), null, true, hierarchy.units().size(), 0, 0,
                        0, 0, CentreCounts.NONE, 0);
            }
            Map<String, StoredUnit> stored = tables.units(latest);
            if (sameStructure(stored, hierarchy)) {
                return unitsInPlace(Status.PREVIEWED, latest, hierarchy, changedUnits(stored, hierarchy).size());
            }
            return new MapImportOutcome(Status.PREVIEWED, List.of(), latest, true, hierarchy.units().size(), 0, 0, 0,
                    carriedStations(tables, latest, hierarchy), CentreCounts.NONE, 0);
        } catch (SQLException e) {
            throw new EJBException("Cannot compare a file of administrative units with the stored map", e);
        }
    }

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
            return new MapImportOutcome(Status.APPLIED, List.of(), version, true, hierarchy.units().size(), 0, 0, 0,
                    carried, CentreCounts.NONE, 0);
        } catch (SQLException e) {
            throw new EJBException("Cannot write the administrative units of " + source, e);
        } finally {
            evictMapEntities();
        }
    }

    /**
     * Returns what {@link #applyStations} would change in a map version, without writing anything.
     */
    public MapImportOutcome previewStations(long version, PollingFrame frame) {
        try {
            MapTables tables = new MapTables(connection());
            return StationImportPlan.of(tables.centres(version), tables.stations(version), frame)
                    .outcome(Status.PREVIEWED, version);
        } catch (SQLException e) {
            throw new EJBException("Cannot compare a station file with map version " + version, e);
        }
    }

    /**
     * Brings the stations of a map version in line with a validated station file: adds and updates
     * centres and stations, and retires the active stations missing from the file. When the file
     * would retire more stations than {@code confirmation} allows, nothing is written and the
     * outcome is {@link Status#RETIRE_NOT_CONFIRMED}.
     */
    public MapImportOutcome applyStations(long version, PollingFrame frame, String source, String actor,
                                          RetireConfirmation confirmation, ImportProgress progress) {
        try {
            MapTables tables = new MapTables(connection());
            tables.lockVersion(version);
            Map<String, StoredUnit> units = tables.units(version);
            Map<String, StoredCentre> centres = tables.centres(version);
            StationImportPlan plan = StationImportPlan.of(centres, tables.stations(version), frame);
            if (!confirmation.allows(plan.retiring.size(), plan.activeStations())) {
                MapImportOutcome refused = plan.outcome(Status.RETIRE_NOT_CONFIRMED, version);
                LOG.info("Station file " + source + " not applied to map version " + version + ": it would retire "
                        + refused.retired() + " of " + refused.activeStations() + " active stations, and " + actor
                        + " confirmed " + (confirmation.stations() < 0 ? "no retirement" : confirmation.stations()));
                return refused;
            }

            tables.insertCentres(version, plan.centresAdded, units);
            tables.updateCentres(plan.centresChanged, units);
            if (!plan.centresAdded.isEmpty()) {
                centres = tables.centres(version);
            }
            StationDiff diff = plan.diff;
            int total = diff.added().size() + diff.changed().size() + diff.disappeared().size();
            Map<String, StationSnapshot> added = new LinkedHashMap<>();
            diff.added().forEach(code -> added.put(code, plan.imported.get(code)));
            Map<String, Boolean> generated = frame.stations().stream()
                    .collect(Collectors.toMap(PollingStation::code, PollingStation::generated));
            tables.insertStations(version, added, generated, centres, units, done -> progress.written(done, total));

            Map<Long, StationSnapshot> updates = new LinkedHashMap<>();
            for (StationChange change : diff.changed()) {
                updates.put(plan.stored.get(change.stationCode()).id(), change.after());
                audit.record(actor, AuditAction.STATION_CHANGED, STATION_TARGET, change.stationCode(),
                        describe(change));
            }
            for (String code : plan.reinstated) {
                StoredStation station = plan.stored.get(code);
                updates.put(station.id(), station.snapshot());
                audit.record(actor, AuditAction.STATION_CHANGED, STATION_TARGET, code, "back in " + source);
            }
            tables.updateStations(updates, centres, units);

            tables.retireStations(plan.retiring.stream().map(code -> plan.stored.get(code).id()).toList());
            if (!plan.retiring.isEmpty()) {
                // One entry per import: a new official list can retire the whole demonstration frame.
                audit.record(actor, AuditAction.STATION_RETIRED, VERSION_TARGET, Long.toString(version),
                        plan.retiring.size() + " stations missing from " + source + ": "
                                + String.join(", ", plan.retiring));
            }
            progress.advanceTo(99);

            MapImportOutcome outcome = plan.outcome(Status.APPLIED, version);
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
        List<StoredUnit> changed = changedUnits(stored, hierarchy);
        for (StoredUnit after : changed) {
            AdminUnit before = stored.get(after.unit().code()).unit();
            audit.record(actor, AuditAction.MAP_UNIT_CHANGED, UNIT_TARGET, after.unit().code(),
                    "name " + before.name() + " -> " + after.unit().name() + ", valid from "
                            + before.validFrom() + " -> " + after.unit().validFrom());
        }
        tables.updateUnits(changed);
        MapImportOutcome outcome = unitsInPlace(Status.APPLIED, version, hierarchy, changed.size());
        audit.record(actor, AuditAction.IMPORT_APPLIED, VERSION_TARGET, Long.toString(version),
                "administrative units from " + source + ": " + summary(outcome));
        LOG.info("Administrative units of " + source + " applied to map version " + version + ": "
                + summary(outcome));
        return outcome;
    }

    private static List<StoredUnit> changedUnits(Map<String, StoredUnit> stored, AdminHierarchy hierarchy) {
        List<StoredUnit> changed = new ArrayList<>();
        for (AdminUnit unit : hierarchy.units()) {
            StoredUnit before = stored.get(unit.code());
            if (!before.unit().equals(unit)) {
                changed.add(new StoredUnit(before.id(), unit));
            }
        }
        return changed;
    }

    private static MapImportOutcome unitsInPlace(Status status, long version, AdminHierarchy hierarchy, int changed) {
        return new MapImportOutcome(status, List.of(), version, false, 0, changed, hierarchy.units().size() - changed,
                0, 0, CentreCounts.NONE, 0);
    }

    /**
     * Counts the active stations that {@link MapTables#copyFrame} would copy into a new version:
     * those whose centre lies in a commune that the new version keeps.
     */
    private static int carriedStations(MapTables tables, long latest, AdminHierarchy hierarchy) throws SQLException {
        Set<String> codes = hierarchy.units().stream().map(AdminUnit::code).collect(Collectors.toSet());
        Map<String, StoredCentre> centres = tables.centres(latest);
        int carried = 0;
        for (StoredStation station : tables.stations(latest).values()) {
            StoredCentre centre = centres.get(station.snapshot().centreCode());
            if (!station.retired() && codes.contains(centre.centre().communeCode())) {
                carried++;
            }
        }
        return carried;
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
