package ml.modele.observation.infrastructure.persistence;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;

import ml.modele.observation.domain.geography.AdminLevel;
import ml.modele.observation.domain.geography.AdminUnit;
import ml.modele.observation.domain.geography.AreaType;
import ml.modele.observation.domain.geography.Coordinates;
import ml.modele.observation.domain.geography.PollingCentre;
import ml.modele.observation.domain.geography.SearchKeys;
import ml.modele.observation.domain.geography.StationSnapshot;

/**
 * Bulk reads and writes of the electoral map tables over one JDBC connection, with batched
 * statements: JPA would take minutes for the 24,697 stations of a national frame. The caller owns
 * the connection and its transaction.
 */
public final class MapTables {

    /** Rows per JDBC batch. */
    public static final int BATCH_SIZE = 1_000;

    private final Connection connection;

    public MapTables(Connection connection) {
        this.connection = connection;
    }

    /** Stored unit: database id and values. */
    public record StoredUnit(long id, AdminUnit unit) {
    }

    /** Stored centre: database id and values. */
    public record StoredCentre(long id, PollingCentre centre) {
    }

    /** Stored station: database id, values as the station file states them, and the retired flag. */
    public record StoredStation(long id, StationSnapshot snapshot, boolean retired) {
    }

    /** Returns the id of the newest map version, or null when none exists. */
    public Long latestVersion() throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT MAX(id) FROM map_version")) {
            row.next();
            long id = row.getLong(1);
            return row.wasNull() ? null : id;
        }
    }

    /**
     * Locks a map version row until the transaction ends, so that two imports into the same
     * version run one after the other instead of comparing against the same stored rows.
     */
    public void lockVersion(long version) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement(
                "SELECT id FROM map_version WHERE id = ? FOR UPDATE")) {
            lock.setLong(1, version);
            lock.executeQuery().close();
        }
    }

    /** Inserts a map version and returns its id. */
    public long insertVersion(String label, String source, LocalDate validFrom, String actor, Instant now)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO map_version"
                + " (label, source, valid_from, created_at, created_by) VALUES (?, ?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, label);
            insert.setString(2, source);
            insert.setDate(3, validFrom == null ? null : Date.valueOf(validFrom));
            insert.setTimestamp(4, Timestamp.from(now));
            insert.setString(5, actor);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    /** Inserts units, then links each to its parent by P-code in one statement. */
    public void insertUnits(long version, Collection<AdminUnit> units) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO admin_unit"
                + " (map_version_id, admin_level, code, name, search_key, parent_code, valid_from)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            int pending = 0;
            for (AdminUnit unit : units) {
                insert.setLong(1, version);
                insert.setInt(2, unit.level().number());
                insert.setString(3, unit.code());
                insert.setString(4, unit.name());
                insert.setString(5, SearchKeys.compact(unit.name()));
                insert.setString(6, unit.parentCode());
                insert.setDate(7, Date.valueOf(unit.validFrom()));
                insert.addBatch();
                if (++pending % BATCH_SIZE == 0) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
        }
        try (PreparedStatement link = connection.prepareStatement("UPDATE admin_unit child"
                + " JOIN admin_unit parent ON parent.map_version_id = child.map_version_id"
                + " AND parent.code = child.parent_code"
                + " SET child.parent_id = parent.id WHERE child.map_version_id = ?")) {
            link.setLong(1, version);
            link.executeUpdate();
        }
    }

    /** Changes the name and first day of validity of stored units. */
    public void updateUnits(Collection<StoredUnit> units) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE admin_unit SET name = ?, search_key = ?, valid_from = ? WHERE id = ?")) {
            for (StoredUnit stored : units) {
                update.setString(1, stored.unit().name());
                update.setString(2, SearchKeys.compact(stored.unit().name()));
                update.setDate(3, Date.valueOf(stored.unit().validFrom()));
                update.setLong(4, stored.id());
                update.addBatch();
            }
            update.executeBatch();
        }
    }

    /** Returns the units of a version by P-code. */
    public Map<String, StoredUnit> units(long version) throws SQLException {
        Map<String, StoredUnit> result = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT id, admin_level, code, name,"
                + " parent_code, valid_from FROM admin_unit WHERE map_version_id = ?")) {
            query.setLong(1, version);
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    AdminUnit unit = new AdminUnit(row.getString(3), AdminLevel.ofNumber(row.getInt(2)).orElseThrow(),
                            row.getString(4), row.getString(5), row.getDate(6).toLocalDate());
                    result.put(unit.code(), new StoredUnit(row.getLong(1), unit));
                }
            }
        }
        return result;
    }

    /** Returns the centres of a version by code. */
    public Map<String, StoredCentre> centres(long version) throws SQLException {
        Map<String, StoredCentre> result = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT c.id, c.code, u.code, c.name, c.generated"
                + " FROM polling_centre c JOIN admin_unit u ON u.id = c.commune_id WHERE c.map_version_id = ?")) {
            query.setLong(1, version);
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    result.put(row.getString(2), new StoredCentre(row.getLong(1),
                            new PollingCentre(row.getString(2), row.getString(3), row.getString(4), row.getBoolean(5))));
                }
            }
        }
        return result;
    }

    /** Returns the stations of a version by code, retired ones included. */
    public Map<String, StoredStation> stations(long version) throws SQLException {
        Map<String, StoredStation> result = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT s.id, s.code, u.code, c.code, c.name,"
                + " s.registered_voters, s.latitude, s.longitude, s.area, s.retired FROM polling_station s"
                + " JOIN polling_centre c ON c.id = s.centre_id JOIN admin_unit u ON u.id = s.commune_id"
                + " WHERE s.map_version_id = ?")) {
            query.setLong(1, version);
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    BigDecimal latitude = row.getBigDecimal(7);
                    BigDecimal longitude = row.getBigDecimal(8);
                    Coordinates position = latitude == null || longitude == null ? null
                            : new Coordinates(latitude.doubleValue(), longitude.doubleValue());
                    StationSnapshot snapshot = new StationSnapshot(row.getString(3), row.getString(4),
                            row.getString(5), row.getInt(6), position, AreaType.valueOf(row.getString(9)));
                    result.put(row.getString(2), new StoredStation(row.getLong(1), snapshot, row.getBoolean(10)));
                }
            }
        }
        return result;
    }

    /** Inserts centres; the commune ids come from {@link #units}. */
    public void insertCentres(long version, Collection<PollingCentre> centres, Map<String, StoredUnit> units)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO polling_centre"
                + " (map_version_id, commune_id, code, name, search_key, generated) VALUES (?, ?, ?, ?, ?, ?)")) {
            int pending = 0;
            for (PollingCentre centre : centres) {
                insert.setLong(1, version);
                insert.setLong(2, units.get(centre.communeCode()).id());
                insert.setString(3, centre.code());
                insert.setString(4, centre.name());
                insert.setString(5, SearchKeys.compact(centre.name()));
                insert.setBoolean(6, centre.generated());
                insert.addBatch();
                if (++pending % BATCH_SIZE == 0) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
        }
    }

    /** Changes the commune and name of stored centres. */
    public void updateCentres(Collection<StoredCentre> centres, Map<String, StoredUnit> units) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE polling_centre SET commune_id = ?, name = ?, search_key = ?, generated = ? WHERE id = ?")) {
            for (StoredCentre stored : centres) {
                PollingCentre centre = stored.centre();
                update.setLong(1, units.get(centre.communeCode()).id());
                update.setString(2, centre.name());
                update.setString(3, SearchKeys.compact(centre.name()));
                update.setBoolean(4, centre.generated());
                update.setLong(5, stored.id());
                update.addBatch();
            }
            update.executeBatch();
        }
    }

    /**
     * Inserts stations. Each snapshot names its centre and commune by code; their ids come from
     * {@link #centres} and {@link #units}.
     *
     * @param progress called with the number of stations written so far, after each batch
     */
    public void insertStations(long version, Map<String, StationSnapshot> stations, Map<String, Boolean> generated,
                               Map<String, StoredCentre> centres, Map<String, StoredUnit> units,
                               IntConsumer progress) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO polling_station"
                + " (map_version_id, centre_id, commune_id, code, registered_voters, area, latitude, longitude,"
                + " generated) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            int pending = 0;
            for (Map.Entry<String, StationSnapshot> entry : stations.entrySet()) {
                StationSnapshot station = entry.getValue();
                insert.setLong(1, version);
                insert.setLong(2, centres.get(station.centreCode()).id());
                insert.setLong(3, units.get(station.communeCode()).id());
                insert.setString(4, entry.getKey());
                insert.setInt(5, station.registeredVoters());
                insert.setString(6, station.areaType().name());
                setPosition(insert, 7, station.coordinates());
                insert.setBoolean(9, generated.getOrDefault(entry.getKey(), false));
                insert.addBatch();
                if (++pending % BATCH_SIZE == 0) {
                    insert.executeBatch();
                    progress.accept(pending);
                }
            }
            insert.executeBatch();
            progress.accept(pending);
        }
    }

    /** Writes new values into stored stations and makes them current again if they were retired. */
    public void updateStations(Map<Long, StationSnapshot> stations, Map<String, StoredCentre> centres,
                               Map<String, StoredUnit> units) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE polling_station SET centre_id = ?,"
                + " commune_id = ?, registered_voters = ?, area = ?, latitude = ?, longitude = ?, retired = FALSE,"
                + " version = version + 1 WHERE id = ?")) {
            int pending = 0;
            for (Map.Entry<Long, StationSnapshot> entry : stations.entrySet()) {
                StationSnapshot station = entry.getValue();
                update.setLong(1, centres.get(station.centreCode()).id());
                update.setLong(2, units.get(station.communeCode()).id());
                update.setInt(3, station.registeredVoters());
                update.setString(4, station.areaType().name());
                setPosition(update, 5, station.coordinates());
                update.setLong(7, entry.getKey());
                update.addBatch();
                if (++pending % BATCH_SIZE == 0) {
                    update.executeBatch();
                }
            }
            update.executeBatch();
        }
    }

    /** Marks stations as retired: they stay stored for what refers to them. */
    public void retireStations(List<Long> ids) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE polling_station SET retired = TRUE, version = version + 1 WHERE id = ?")) {
            for (Long id : ids) {
                update.setLong(1, id);
                update.addBatch();
            }
            update.executeBatch();
        }
    }

    /**
     * Copies the centres and current stations of one version into another, for the communes whose
     * P-code exists in both. Security statuses are copied too.
     *
     * @return the number of stations copied
     */
    public int copyFrame(long from, long to) throws SQLException {
        try (PreparedStatement centres = connection.prepareStatement("INSERT INTO polling_centre"
                + " (map_version_id, commune_id, code, name, search_key, generated)"
                + " SELECT ?, nu.id, c.code, c.name, c.search_key, c.generated FROM polling_centre c"
                + " JOIN admin_unit ou ON ou.id = c.commune_id"
                + " JOIN admin_unit nu ON nu.map_version_id = ? AND nu.code = ou.code"
                + " WHERE c.map_version_id = ?")) {
            centres.setLong(1, to);
            centres.setLong(2, to);
            centres.setLong(3, from);
            centres.executeUpdate();
        }
        try (PreparedStatement stations = connection.prepareStatement("INSERT INTO polling_station"
                + " (map_version_id, centre_id, commune_id, code, registered_voters, area, latitude, longitude,"
                + " security_status, generated)"
                + " SELECT ?, nc.id, nc.commune_id, s.code, s.registered_voters, s.area, s.latitude, s.longitude,"
                + " s.security_status, s.generated FROM polling_station s"
                + " JOIN polling_centre oc ON oc.id = s.centre_id"
                + " JOIN polling_centre nc ON nc.map_version_id = ? AND nc.code = oc.code"
                + " WHERE s.map_version_id = ? AND s.retired = FALSE")) {
            stations.setLong(1, to);
            stations.setLong(2, to);
            stations.setLong(3, from);
            return stations.executeUpdate();
        }
    }

    private static void setPosition(PreparedStatement statement, int index, Coordinates position)
            throws SQLException {
        if (position == null) {
            statement.setNull(index, Types.DECIMAL);
            statement.setNull(index + 1, Types.DECIMAL);
        } else {
            statement.setBigDecimal(index, BigDecimal.valueOf(position.latitude()));
            statement.setBigDecimal(index + 1, BigDecimal.valueOf(position.longitude()));
        }
    }
}
