package ml.modele.observation.application.tabulation;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ml.modele.observation.domain.pvt.StratumDesign;

/**
 * SQL reads of the tabulation: the stored PVT sample, the stored submissions of an election with
 * their current values, the région of each station and the official results.
 */
final class TabulationData {

    private TabulationData() {
    }

    /** Current state of one stored submission. */
    record StoredSubmission(long id, String formCode, String stationCode, String status, String flags,
                            boolean counted, Instant createdAt, Instant updatedAt, Map<String, String> values) {
    }

    /** Official result of one scope (NATIONAL or a région P-code). */
    record OfficialFigures(String scope, long registered, long voters, long nullVotes, long validVotes,
                           List<Long> optionVotes, Instant enteredAt, String enteredBy) {
    }

    /** Returns the strata of the election's sample with their sampled (or promoted) stations, empty when none. */
    static List<StratumDesign> design(Connection connection, long electionId) throws SQLException {
        Map<String, String> regionOfStratum = new LinkedHashMap<>();
        Map<String, Integer> sizeOfStratum = new HashMap<>();
        Map<String, List<String>> stations = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT st.stratum_key, st.region_code,"
                + " st.frame_stations, s.station_code FROM pvt_sample p"
                + " JOIN pvt_sample_stratum st ON st.sample_id = p.id"
                + " LEFT JOIN pvt_sample_station s ON s.stratum_id = st.id AND s.state IN ('SAMPLED', 'PROMOTED')"
                + " WHERE p.election_id = ? ORDER BY st.position, s.draw_rank")) {
            query.setLong(1, electionId);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    String key = rows.getString(1);
                    regionOfStratum.putIfAbsent(key, rows.getString(2));
                    sizeOfStratum.putIfAbsent(key, rows.getInt(3));
                    List<String> codes = stations.computeIfAbsent(key, k -> new ArrayList<>());
                    if (rows.getString(4) != null) {
                        codes.add(rows.getString(4));
                    }
                }
            }
        }
        List<StratumDesign> design = new ArrayList<>();
        regionOfStratum.forEach((key, region) -> design.add(
                new StratumDesign(key, region, sizeOfStratum.get(key), stations.get(key))));
        return design;
    }

    /**
     * Returns the registered voters of each sampled (or promoted) station of the election's sample,
     * from the station as the electoral map stores it, by station code.
     */
    static Map<String, Integer> registeredVotersOfSample(Connection connection, long electionId)
            throws SQLException {
        Map<String, Integer> registered = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT s.station_code, ps.registered_voters"
                + " FROM pvt_sample p JOIN pvt_sample_station s ON s.sample_id = p.id"
                + " JOIN polling_station ps ON ps.id = s.station_id"
                + " WHERE p.election_id = ? AND s.state IN ('SAMPLED', 'PROMOTED')")) {
            query.setLong(1, electionId);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    registered.put(rows.getString(1), rows.getInt(2));
                }
            }
        }
        return registered;
    }

    /** Returns the election's submissions with a station (checklists and result sheets) or an incident form. */
    static List<StoredSubmission> submissions(Connection connection, long electionId, String formKind)
            throws SQLException {
        Map<Long, StoredSubmission> byId = new LinkedHashMap<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT s.id, s.form_code, s.station_code,"
                + " s.status, s.flags, s.counted, s.created_at, s.updated_at, f.question_code, f.value"
                + " FROM submission s LEFT JOIN submission_field f ON f.submission_id = s.id"
                + " WHERE s.election_id = ? AND s.form_kind = ? ORDER BY s.id")) {
            query.setLong(1, electionId);
            query.setString(2, formKind);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    long id = rows.getLong(1);
                    StoredSubmission submission = byId.get(id);
                    if (submission == null) {
                        submission = new StoredSubmission(id, rows.getString(2), rows.getString(3),
                                rows.getString(4), rows.getString(5), rows.getBoolean(6),
                                rows.getTimestamp(7).toInstant(), rows.getTimestamp(8).toInstant(),
                                new LinkedHashMap<>());
                        byId.put(id, submission);
                    }
                    if (rows.getString(9) != null) {
                        submission.values().put(rows.getString(9), rows.getString(10));
                    }
                }
            }
        }
        return new ArrayList<>(byId.values());
    }

    /** Returns the région P-code of every station of the election's map version that has a submission. */
    static Map<String, String> regionOfStations(Connection connection, long electionId) throws SQLException {
        Map<String, String> regions = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT DISTINCT p.code, u.code"
                + " FROM submission s JOIN election e ON e.id = s.election_id"
                + " JOIN polling_station p ON p.code = s.station_code AND p.map_version_id = e.map_version_id"
                + " JOIN admin_unit u ON u.id = p.commune_id WHERE s.election_id = ?")) {
            query.setLong(1, electionId);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    regions.put(rows.getString(1), regionCode(rows.getString(2)));
                }
            }
        }
        return regions;
    }

    /** Returns the names of the régions of the election's map version by P-code, in code order. */
    static Map<String, String> regionNames(Connection connection, long electionId) throws SQLException {
        Map<String, String> names = new LinkedHashMap<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT u.code, u.name FROM admin_unit u"
                + " JOIN election e ON e.map_version_id = u.map_version_id WHERE e.id = ? AND u.admin_level = 1"
                + " ORDER BY u.code")) {
            query.setLong(1, electionId);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    names.put(rows.getString(1), rows.getString(2));
                }
            }
        }
        return names;
    }

    /** Returns the official results of the election by scope. */
    static Map<String, OfficialFigures> officialResults(Connection connection, long electionId) throws SQLException {
        Map<String, OfficialFigures> results = new LinkedHashMap<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT r.scope, r.registered, r.voters,"
                + " r.null_votes, r.valid_votes, r.entered_at, r.entered_by, o.votes FROM official_result r"
                + " LEFT JOIN official_result_option o ON o.official_result_id = r.id"
                + " WHERE r.election_id = ? ORDER BY r.scope, o.position")) {
            query.setLong(1, electionId);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    String scope = rows.getString(1);
                    OfficialFigures figures = results.get(scope);
                    if (figures == null) {
                        figures = new OfficialFigures(scope, rows.getLong(2), rows.getLong(3), rows.getLong(4),
                                rows.getLong(5), new ArrayList<>(), rows.getTimestamp(6).toInstant(),
                                rows.getString(7));
                        results.put(scope, figures);
                    }
                    long votes = rows.getLong(8);
                    if (!rows.wasNull()) {
                        figures.optionVotes().add(votes);
                    }
                }
            }
        }
        return results;
    }

    /**
     * Returns a number that changes whenever a submission, an incident review or an official
     * result of the election changes: the dashboard polls it to decide whether to redraw.
     */
    static String dataVersion(Connection connection, long electionId) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT"
                + " (SELECT CONCAT(COUNT(*), '-', COALESCE(MAX(updated_at), '')) FROM submission WHERE election_id = ?),"
                + " (SELECT CONCAT(COUNT(*), '-', COALESCE(MAX(r.changed_at), '')) FROM incident_review r"
                + "    JOIN submission s ON s.id = r.submission_id WHERE s.election_id = ?),"
                + " (SELECT CONCAT(COUNT(*), '-', COALESCE(MAX(entered_at), '')) FROM official_result"
                + "    WHERE election_id = ?)")) {
            query.setLong(1, electionId);
            query.setLong(2, electionId);
            query.setLong(3, electionId);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getString(1) + "/" + row.getString(2) + "/" + row.getString(3);
            }
        }
    }

    /** Returns the région P-code (ML04) of a unit or station P-code (ML0401, ML040101). */
    static String regionCode(String code) {
        return code.length() <= 4 ? code : code.substring(0, 4);
    }
}
