package ml.modele.observation.infrastructure.sms;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import ml.modele.observation.infrastructure.persistence.DatabaseStartup;
import ml.modele.observation.smpp.api.InboundSms;
import ml.modele.observation.smpp.api.StatusReport;
import ml.modele.observation.smpp.codec.PhoneNumbers;

/**
 * Stores inbound SMS verbatim, at most once, in a transaction of its own, so that a message is
 * kept whatever its parse does next. A redelivery is recognised by the same sender and SMSC
 * message id, or, without an id, the same sender and identical text within the deduplication
 * window; it only increments the redelivery count of the stored row. {@link SmsIntake} parses the
 * stored row and queues its one reply afterwards.
 */
@Stateless
public class SmsInboxStore {

    static final String CHANNEL_SMPP = "SMPP";

    private static final Logger LOG = Logger.getLogger(SmsInboxStore.class.getName());

    @Resource(lookup = DatabaseStartup.DATA_SOURCE)
    private DataSource dataSource;

    @Inject
    private AcknowledgementPolicy acknowledgements;

    @Inject
    @ConfigProperty(name = "observation.sms.dedupe-window-minutes", defaultValue = "10")
    private int dedupeWindowMinutes;

    /**
     * Stores the message unless it was stored before, and decides whether it may get a reply.
     *
     * @return the id of the stored row when its intake is still to run, which is the case for a new
     *         message and for a redelivery whose intake did not finish. Empty for other redeliveries
     */
    public Optional<Long> store(InboundSms sms) {
        return storeAll(List.of(sms)).get(0);
    }

    /**
     * Stores several messages in order, in one transaction, as {@link #store} does each one.
     *
     * @return for each message, at its position, what {@link #store} returns
     */
    public List<Optional<Long>> storeAll(List<InboundSms> batch) {
        List<Optional<Long>> stored = new ArrayList<>(batch.size());
        try (Connection connection = dataSource.getConnection()) {
            for (InboundSms sms : batch) {
                stored.add(storeOne(connection, sms));
            }
            return stored;
        } catch (SQLException e) {
            InboundSms failed = batch.get(stored.size());
            throw new EJBException("Failed to store an SMS from " + PhoneNumbers.mask(failed.sender()), e);
        }
    }

    /** Stores a delivery receipt and applies it to the sent message it names, now or when that message's id is known. */
    public void storeReceipt(StatusReport report) {
        try (Connection connection = dataSource.getConnection()) {
            SmsOutbox.storeReceipt(connection, report);
        } catch (SQLException e) {
            throw new EJBException("Failed to store a receipt for message " + report.messageId(), e);
        }
    }

    private Optional<Long> storeOne(Connection connection, InboundSms sms) throws SQLException {
        String textHash = sha256(sms.text() == null ? "hex:" + sms.rawHex() : sms.text());
        Long existing = findDuplicate(connection, sms, textHash);
        if (existing != null) {
            boolean pending = markRedelivered(connection, existing);
            LOG.info(() -> "Message from " + PhoneNumbers.mask(sms.sender()) + " was already stored as "
                    + existing + "; counting a redelivery" + (pending ? " and retrying its intake" : ""));
            return pending ? Optional.of(existing) : Optional.empty();
        }
        Instant now = Instant.now();
        AcknowledgementPolicy.Decision decision = acknowledgements.decide(connection, sms, now);
        return Optional.of(insertInbound(connection, sms, textHash, now, decision));
    }

    // NOTE: two deliveries of the same message without an SMSC id that run at the same moment can
    // both miss each other here; an SMSC redelivers only after a response or a timeout, so this is rare.
    private Long findDuplicate(Connection connection, InboundSms sms, String textHash) throws SQLException {
        if (sms.smscMessageId() != null) {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT id FROM sms_inbound WHERE sender = ? AND smsc_message_id = ?")) {
                query.setString(1, sms.sender());
                query.setString(2, sms.smscMessageId());
                try (ResultSet rows = query.executeQuery()) {
                    return rows.next() ? rows.getLong(1) : null;
                }
            }
        }
        Instant windowStart = sms.receivedAt().minus(Duration.ofMinutes(dedupeWindowMinutes));
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT id FROM sms_inbound WHERE sender = ? AND text_hash = ? AND received_at >= ? LIMIT 1")) {
            query.setString(1, sms.sender());
            query.setString(2, textHash);
            query.setTimestamp(3, Timestamp.from(windowStart));
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? rows.getLong(1) : null;
            }
        }
    }

    /** Counts a redelivery and returns true when the intake of the stored row is still to run. */
    private static boolean markRedelivered(Connection connection, long id) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE sms_inbound SET redeliveries = redeliveries + 1 WHERE id = ?")) {
            update.setLong(1, id);
            update.executeUpdate();
        }
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT intake_status FROM sms_inbound WHERE id = ?")) {
            query.setLong(1, id);
            try (ResultSet row = query.executeQuery()) {
                return row.next() && SmsIntake.retried(row.getString(1));
            }
        }
    }

    private static long insertInbound(Connection connection, InboundSms sms, String textHash, Instant now,
                                      AcknowledgementPolicy.Decision decision) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO sms_inbound (channel, sender,"
                + " sender_e164, destination, text, text_hash, smsc_message_id, received_at, stored_at, raw_hex,"
                + " data_coding, partial, parts, reply_decision, intake_status)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, CHANNEL_SMPP);
            insert.setString(2, sms.sender());
            insert.setString(3, sms.senderE164());
            insert.setString(4, sms.destination());
            insert.setString(5, sms.text());
            insert.setString(6, textHash);
            insert.setString(7, sms.smscMessageId());
            insert.setTimestamp(8, Timestamp.from(sms.receivedAt()));
            insert.setTimestamp(9, Timestamp.from(now));
            insert.setString(10, sms.rawHex());
            insert.setInt(11, sms.dataCoding());
            insert.setBoolean(12, sms.partial());
            insert.setInt(13, sms.parts());
            insert.setString(14, decision.name());
            insert.setString(15, SmsIntake.PENDING);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from the JDK", e);
        }
    }
}
