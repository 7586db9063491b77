package ml.modele.observation.infrastructure.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

import ml.modele.observation.domain.deployment.PlaceKind;
import ml.modele.observation.domain.observer.ObserverCode;
import ml.modele.observation.domain.submission.Language;
import ml.modele.observation.domain.submission.ObserverDirectory;
import ml.modele.observation.domain.submission.ObserverProfile;

/**
 * Observer directory of one election, read with SQL on the caller's connection: the observer's
 * phones and language from the registry, the station from their active deployment in the
 * election, and the registered voters from the election's map version.
 *
 * <p>It keeps every observer, phone and station it looked up, found or not, so one instance
 * serves a batch of messages with a few statements. {@link #loadPhones} reads the observers of
 * many senders at once. It builds no entity, so it takes no lock in EclipseLink's shared cache,
 * which hung the SMS intake under load when it loaded observer entities. An instance is not
 * thread-safe and lives no longer than the caller's transaction.
 */
public final class SqlObserverDirectory implements ObserverDirectory {

    private static final String OBSERVER_COLUMNS = "SELECT o.id, o.code, o.languages FROM observer o";

    private final Connection connection;
    private final long electionId;
    private final long mapVersionId;
    /** Observers by code, with an empty value for a code that is not registered. */
    private final Map<String, Optional<Registered>> byCode = new HashMap<>();
    /** Observer codes by phone number, with an empty value for a number that nobody has. */
    private final Map<String, Optional<String>> byPhone = new HashMap<>();
    private final Map<String, OptionalInt> voters = new HashMap<>();

    public SqlObserverDirectory(Connection connection, long electionId, long mapVersionId) {
        this.connection = connection;
        this.electionId = electionId;
        this.mapVersionId = mapVersionId;
    }

    @Override
    public Optional<ObserverProfile> findByCode(ObserverCode code) {
        Optional<Registered> observer = byCode.get(code.digits());
        if (observer == null) {
            load(OBSERVER_COLUMNS + " WHERE o.code = ?", List.of(code.digits()));
            observer = byCode.computeIfAbsent(code.digits(), missing -> Optional.empty());
        }
        return observer.map(Registered::profile);
    }

    @Override
    public Optional<ObserverProfile> findByPhone(String e164) {
        if (!byPhone.containsKey(e164)) {
            loadPhones(List.of(e164));
        }
        return byPhone.get(e164).flatMap(code -> byCode.get(code)).map(Registered::profile);
    }

    @Override
    public OptionalInt registeredVoters(String stationCode) {
        OptionalInt known = voters.get(stationCode);
        if (known != null) {
            return known;
        }
        OptionalInt found = OptionalInt.empty();
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT registered_voters FROM polling_station WHERE map_version_id = ? AND code = ?")) {
            query.setLong(1, mapVersionId);
            query.setString(2, stationCode);
            try (ResultSet row = query.executeQuery()) {
                if (row.next()) {
                    found = OptionalInt.of(row.getInt(1));
                }
            }
        } catch (SQLException e) {
            throw new DirectoryException("Failed to read the registered voters of station " + stationCode, e);
        }
        voters.put(stationCode, found);
        return found;
    }

    /**
     * Reads, with three statements in all, the observers who have any of these phone numbers (E.164),
     * so that later {@link #findByPhone} calls for them need no statement.
     */
    public void loadPhones(Collection<String> numbers) {
        Set<String> missing = new LinkedHashSet<>();
        for (String number : numbers) {
            if (number != null && !byPhone.containsKey(number)) {
                missing.add(number);
            }
        }
        if (missing.isEmpty()) {
            return;
        }
        load(OBSERVER_COLUMNS + " JOIN observer_phone p ON p.observer_id = o.id WHERE p.number IN ("
                + MultiRowSql.placeholders(missing.size()) + ")", List.copyOf(missing));
        for (String number : missing) {
            byPhone.putIfAbsent(number, Optional.empty());
        }
    }

    /** Returns the registry id of an observer that this directory found, by code. */
    public Optional<Long> observerId(ObserverCode code) {
        return byCode.getOrDefault(code.digits(), Optional.empty()).map(Registered::id);
    }

    /**
     * Runs an observer query (id, code, languages) with its parameters, then reads the phones and
     * the deployed station of the observers it found, and keeps them all.
     */
    private void load(String observerQuery, List<String> parameters) {
        Map<Long, Row> found = new LinkedHashMap<>();
        try {
            try (PreparedStatement query = connection.prepareStatement(observerQuery)) {
                for (int i = 0; i < parameters.size(); i++) {
                    query.setString(i + 1, parameters.get(i));
                }
                try (ResultSet row = query.executeQuery()) {
                    while (row.next()) {
                        found.putIfAbsent(row.getLong(1), new Row(row.getLong(1), row.getString(2), row.getString(3),
                                new ArrayList<>(), ""));
                    }
                }
            }
            if (found.isEmpty()) {
                return;
            }
            readPhones(found);
            readStations(found);
        } catch (SQLException e) {
            throw new DirectoryException("Failed to read observers for " + parameters.size() + " look-ups", e);
        }
        for (Row observer : found.values()) {
            Registered registered = observer.registered();
            byCode.put(observer.code(), Optional.of(registered));
            for (String number : observer.phones()) {
                byPhone.put(number, Optional.of(observer.code()));
            }
        }
    }

    private void readPhones(Map<Long, Row> observers) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT observer_id, number FROM observer_phone"
                + " WHERE observer_id IN (" + MultiRowSql.placeholders(observers.size()) + ") ORDER BY observer_id, position")) {
            setIds(query, 1, observers.keySet());
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    observers.get(row.getLong(1)).phones().add(row.getString(2));
                }
            }
        }
    }

    private void readStations(Map<Long, Row> observers) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT observer_id, place_code FROM deployment"
                + " WHERE election_id = ? AND ended_at IS NULL AND place_kind = ? AND observer_id IN ("
                + MultiRowSql.placeholders(observers.size()) + ")")) {
            query.setLong(1, electionId);
            query.setString(2, PlaceKind.POLLING_STATION.name());
            setIds(query, 3, observers.keySet());
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    Row observer = observers.get(row.getLong(1));
                    observers.put(observer.id(), observer.withStation(row.getString(2)));
                }
            }
        }
    }

    private static void setIds(PreparedStatement query, int first, Collection<Long> ids) throws SQLException {
        int index = first;
        for (long id : ids) {
            query.setLong(index++, id);
        }
    }

    /** An observer as read, before it becomes a profile. */
    private record Row(long id, String code, String languages, List<String> phones, String station) {

        Row withStation(String placeCode) {
            return new Row(id, code, languages, phones, placeCode == null ? "" : placeCode);
        }

        Registered registered() {
            return new Registered(id, new ObserverProfile(ObserverCode.parse(code), station,
                    Language.ofSpokenLanguages(languages), new LinkedHashSet<>(phones)));
        }
    }

    /** A registered observer: the registry id and the profile that the parser reads. */
    private record Registered(long id, ObserverProfile profile) {
    }

    /** A failed directory read; it fails the caller's transaction like any other database error. */
    public static final class DirectoryException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        DirectoryException(String message, SQLException cause) {
            super(message + ": " + cause.getMessage(), cause);
        }
    }
}
