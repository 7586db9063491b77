package ml.modele.observation.infrastructure.sms;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.text.MessageFormat;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import ml.modele.observation.application.FormSetService;
import ml.modele.observation.application.incident.IncidentCategories;
import ml.modele.observation.domain.form.Choice;
import ml.modele.observation.domain.form.Question;
import ml.modele.observation.smpp.codec.PhoneNumbers;

/**
 * Queues an SMS alert through the outbox for each new incident of a critical category, to the
 * regional coordinators of its région (active observers of category REGIONAL_COORDINATOR, at
 * their first phone) and to the mission chief's numbers. A scan every 10 seconds reads each
 * incident once, so an alert is queued within a minute of the incident's storage, and the
 * unique (incident, recipient) row makes it once per recipient.
 */
@Singleton
public class IncidentAlerts {

    private static final Logger LOG = Logger.getLogger(IncidentAlerts.class.getName());
    private static final int BATCH = 200;
    private static final ZoneId BAMAKO = ZoneId.of("Africa/Bamako");
    /**
     * Age beyond which an incident gets no alert when first scanned, so that a database that had
     * incidents before this scan existed does not flood the coordinators.
     */
    private static final Duration MAX_ALERT_AGE = Duration.ofHours(1);

    @PersistenceContext(unitName = "observation")
    private EntityManager em;

    @EJB
    private FormSetService formSets;

    /** Whether the scan runs; false stores incidents without any alert. */
    @Inject
    @ConfigProperty(name = "observation.alerts.enabled", defaultValue = "true")
    private boolean enabled;

    /** E.164 numbers of the mission chief's phones, comma-separated; empty sends them nothing. */
    @Inject
    @ConfigProperty(name = "observation.alerts.mission-chief-phones", defaultValue = " ")
    private String missionChiefPhones;

    /** One incident read by the scan. */
    private record NewIncident(long id, long electionId, String stationCode, String observerCode, Instant at,
                               String regionCode, String regionName) {
    }

    /** Reads the incidents not scanned yet and queues their alerts, in one transaction. */
    @Schedule(hour = "*", minute = "*", second = "*/10", persistent = false)
    public void scan() {
        if (!enabled) {
            return;
        }
        Connection connection = em.unwrap(Connection.class);
        try {
            for (NewIncident incident : unscanned(connection)) {
                int alerts = alert(connection, incident);
                markScanned(connection, incident.id(), alerts);
            }
        } catch (SQLException | RuntimeException e) {
            LOG.log(Level.WARNING, "Incident alert scan failed; the next scan retries it", e);
            throw new IllegalStateException("Incident alert scan failed", e);
        }
    }

    private int alert(Connection connection, NewIncident incident) throws SQLException {
        if (incident.at().isBefore(Instant.now().minus(MAX_ALERT_AGE))) {
            LOG.fine(() -> "Incident " + incident.id() + " is older than " + MAX_ALERT_AGE + "; no alert");
            return 0;
        }
        Optional<Question> question = IncidentCategories.categoryQuestion(formSets.of(incident.electionId()).formSet());
        if (question.isEmpty()) {
            return 0;
        }
        List<String> codes = IncidentCategories.codes(value(connection, incident.id(), question.get().code()));
        if (!IncidentCategories.critical(codes)) {
            return 0;
        }

        Map<String, String> recipients = new LinkedHashMap<>();
        for (String number : coordinatorPhones(connection, incident.regionCode())) {
            recipients.putIfAbsent(number, "REGIONAL_COORDINATOR");
        }
        for (String number : missionChiefPhones.split(",")) {
            if (!number.isBlank()) {
                recipients.putIfAbsent(number.strip(), "MISSION_CHIEF");
            }
        }
        if (recipients.isEmpty()) {
            LOG.warning(() -> "Critical incident " + incident.id() + " in région " + incident.regionCode()
                    + " has no one to alert: no active regional coordinator with a phone, and"
                    + " observation.alerts.mission-chief-phones is empty");
            return 0;
        }

        String text = text(question.get(), codes, incident);
        int queued = 0;
        for (Map.Entry<String, String> recipient : recipients.entrySet()) {
            if (insertAlert(connection, incident.id(), recipient.getValue(), recipient.getKey())) {
                SmsOutbox.queue(connection, recipient.getKey(), text, null, Instant.now());
                queued++;
                LOG.info(() -> "Alert for incident " + incident.id() + " queued to the " + recipient.getValue()
                        + " at " + PhoneNumbers.mask(recipient.getKey()));
            }
        }
        return queued;
    }

    private static String text(Question question, List<String> codes, NewIncident incident) {
        List<String> labels = new ArrayList<>();
        for (String code : codes) {
            labels.add(question.choice(code).map(Choice::labelFr).orElse(code));
        }
        ResourceBundle bundle = ResourceBundle.getBundle(AcknowledgementPolicy.BUNDLE, Locale.FRENCH);
        String time = DateTimeFormatter.ofPattern("HH:mm").withZone(BAMAKO).format(incident.at());
        String station = incident.stationCode() == null ? "-" : incident.stationCode();
        return new MessageFormat(bundle.getString("sms.alert.incident"), Locale.FRENCH).format(new Object[] {
            String.join(", ", labels), station, incident.regionName(), incident.observerCode(), time});
    }

    private static List<NewIncident> unscanned(Connection connection) throws SQLException {
        List<NewIncident> incidents = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT s.id, s.election_id, s.station_code,"
                + " s.observer_code, s.created_at, COALESCE(LEFT(u.code, 4), o.region_code),"
                + " (SELECT r.name FROM admin_unit r WHERE r.map_version_id = e.map_version_id AND r.admin_level = 1"
                + "   AND r.code = COALESCE(LEFT(u.code, 4), o.region_code) LIMIT 1)"
                + " FROM submission s JOIN observer o ON o.id = s.observer_id JOIN election e ON e.id = s.election_id"
                + " LEFT JOIN polling_station p ON p.code = s.station_code AND p.map_version_id = e.map_version_id"
                + " LEFT JOIN admin_unit u ON u.id = p.commune_id"
                + " LEFT JOIN incident_alert_scan sc ON sc.submission_id = s.id"
                + " WHERE s.form_kind = 'INCIDENT' AND sc.submission_id IS NULL ORDER BY s.id LIMIT ?")) {
            query.setInt(1, BATCH);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    String region = rows.getString(6);
                    incidents.add(new NewIncident(rows.getLong(1), rows.getLong(2), rows.getString(3),
                            rows.getString(4), rows.getTimestamp(5).toInstant(), region,
                            rows.getString(7) == null ? region : rows.getString(7)));
                }
            }
        }
        return incidents;
    }

    private static String value(Connection connection, long submissionId, String questionCode) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT value FROM submission_field WHERE submission_id = ? AND question_code = ?")) {
            query.setLong(1, submissionId);
            query.setString(2, questionCode);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? row.getString(1) : null;
            }
        }
    }

    /** Returns the first phone of each active regional coordinator of the région. */
    private static List<String> coordinatorPhones(Connection connection, String regionCode) throws SQLException {
        List<String> numbers = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT ph.number FROM observer o"
                + " JOIN observer_phone ph ON ph.observer_id = o.id"
                + " WHERE o.category = 'REGIONAL_COORDINATOR' AND o.status = 'ACTIVE' AND o.region_code = ?"
                + " AND ph.position = (SELECT MIN(p2.position) FROM observer_phone p2 WHERE p2.observer_id = o.id)"
                + " ORDER BY o.id")) {
            query.setString(1, regionCode);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    numbers.add(rows.getString(1));
                }
            }
        }
        return numbers;
    }

    private static boolean insertAlert(Connection connection, long submissionId, String role, String recipient)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT IGNORE INTO incident_alert"
                + " (submission_id, role, recipient, queued_at) VALUES (?, ?, ?, ?)")) {
            insert.setLong(1, submissionId);
            insert.setString(2, role);
            insert.setString(3, recipient);
            insert.setTimestamp(4, Timestamp.from(Instant.now()));
            return insert.executeUpdate() == 1;
        }
    }

    private static void markScanned(Connection connection, long submissionId, int alerts) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT IGNORE INTO incident_alert_scan"
                + " (submission_id, scanned_at, alerts) VALUES (?, ?, ?)")) {
            insert.setLong(1, submissionId);
            insert.setTimestamp(2, Timestamp.from(Instant.now()));
            insert.setInt(3, alerts);
            insert.executeUpdate();
        }
    }
}
