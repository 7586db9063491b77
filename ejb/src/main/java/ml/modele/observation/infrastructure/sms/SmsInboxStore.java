package ml.modele.observation.infrastructure.sms;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import ml.modele.observation.infrastructure.persistence.DatabaseStartup;
import ml.modele.observation.infrastructure.persistence.MultiRowSql;
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
     * Stores several messages in order, in one transaction, as {@link #store} does each one. A
     * message may be a redelivery of one stored before or of an earlier message of the batch.
     * The batch costs a fixed number of statements (look-ups, one insert) plus two per redelivery.
     *
     * @return for each message, at its position, what {@link #store} returns
     */
    public List<Optional<Long>> storeAll(List<InboundSms> batch) {
        Instant now = Instant.now();
        List<String> hashes = batch.stream().map(SmsInboxStore::textHash).toList();
        Duration window = Duration.ofMinutes(dedupeWindowMinutes);
        try (Connection connection = dataSource.getConnection()) {
            List<EarlierDelivery> earlier = earlierDeliveries(connection, batch, hashes, window);
            AcknowledgementPolicy.ReplyCounts replies = acknowledgements.recentReplies(connection,
                    batch.stream().map(InboundSms::senderE164).toList(), now);

            List<Optional<Long>> stored = new ArrayList<>(batch.size());
            List<Integer> newPositions = new ArrayList<>();
            List<AcknowledgementPolicy.Decision> decisions = new ArrayList<>();
            Map<Integer, Integer> firstDelivery = new HashMap<>();
            for (int i = 0; i < batch.size(); i++) {
                InboundSms sms = batch.get(i);
                Integer sameBatch = matchInBatch(batch, hashes, newPositions, i, window);
                Long existing = sameBatch == null ? match(earlier, sms, hashes.get(i), window) : null;
                if (sameBatch != null) {
                    firstDelivery.put(i, sameBatch);
                    stored.add(null);
                } else if (existing != null) {
                    stored.add(redelivered(connection, sms, existing));
                } else {
                    newPositions.add(i);
                    decisions.add(replies.decide(sms.senderE164()));
                    stored.add(null);
                }
            }

            List<Long> ids = insertInbound(connection, batch, hashes, newPositions, decisions, now);
            for (int k = 0; k < newPositions.size(); k++) {
                stored.set(newPositions.get(k), Optional.of(ids.get(k)));
            }
            for (Map.Entry<Integer, Integer> redelivery : firstDelivery.entrySet()) {
                long id = stored.get(redelivery.getValue()).orElseThrow();
                // The first delivery is new in this transaction, so its intake is still to run.
                markRedelivered(connection, id);
                LOG.info(() -> "Message from " + PhoneNumbers.mask(batch.get(redelivery.getKey()).sender())
                        + " came twice in one batch; counting a redelivery of " + id);
                stored.set(redelivery.getKey(), Optional.of(id));
            }
            return stored;
        } catch (SQLException e) {
            throw new EJBException("Failed to store a batch of " + batch.size() + " SMS, the first from "
                    + PhoneNumbers.mask(batch.get(0).sender()), e);
        }
    }

    /**
     * Stores delivery receipts in one transaction, in order, and applies each to the sent message it
     * names, now or when that message's id is known.
     */
    public void storeReceipts(List<StatusReport> reports) {
        try (Connection connection = dataSource.getConnection()) {
            for (StatusReport report : reports) {
                SmsOutbox.storeReceipt(connection, report);
            }
        } catch (SQLException e) {
            throw new EJBException("Failed to store " + reports.size() + " receipts, the first for message "
                    + reports.get(0).messageId(), e);
        }
    }

    private Optional<Long> redelivered(Connection connection, InboundSms sms, long existing) throws SQLException {
        boolean pending = markRedelivered(connection, existing);
        LOG.info(() -> "Message from " + PhoneNumbers.mask(sms.sender()) + " was already stored as "
                + existing + "; counting a redelivery" + (pending ? " and retrying its intake" : ""));
        return pending ? Optional.of(existing) : Optional.empty();
    }

    /**
     * Loads the stored rows that may be earlier deliveries of the batch's messages: same sender and
     * SMSC message id, or same sender and text hash within the window before the oldest message.
     */
    // NOTE: two deliveries of the same message without an SMSC id that run at the same moment in two
    // batches can both miss each other here. This is rare because an SMSC redelivers only after a response or a timeout.
    private static List<EarlierDelivery> earlierDeliveries(Connection connection, List<InboundSms> batch,
                                                           List<String> hashes, Duration window) throws SQLException {
        Set<String> senders = new LinkedHashSet<>();
        Set<String> smscIds = new LinkedHashSet<>();
        Instant windowStart = null;
        for (InboundSms sms : batch) {
            senders.add(sms.sender());
            if (sms.smscMessageId() != null) {
                smscIds.add(sms.smscMessageId());
            }
            Instant start = sms.receivedAt().minus(window);
            windowStart = windowStart == null || start.isBefore(windowStart) ? start : windowStart;
        }
        Set<String> distinctHashes = new LinkedHashSet<>(hashes);
        String sql = "SELECT id, sender, smsc_message_id, text_hash, received_at FROM sms_inbound WHERE sender IN ("
                + MultiRowSql.placeholders(senders.size()) + ") AND ((text_hash IN ("
                + MultiRowSql.placeholders(distinctHashes.size())
                + ") AND received_at >= ?)" + (smscIds.isEmpty() ? "" : " OR smsc_message_id IN ("
                + MultiRowSql.placeholders(smscIds.size()) + ")") + ")";
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            int index = 1;
            for (String sender : senders) {
                query.setString(index++, sender);
            }
            for (String hash : distinctHashes) {
                query.setString(index++, hash);
            }
            query.setTimestamp(index++, Timestamp.from(windowStart));
            for (String smscId : smscIds) {
                query.setString(index++, smscId);
            }
            List<EarlierDelivery> rows = new ArrayList<>();
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    rows.add(new EarlierDelivery(row.getLong(1), row.getString(2), row.getString(3), row.getString(4),
                            row.getTimestamp(5).toInstant()));
                }
            }
            return rows;
        }
    }

    /** Returns the id of a stored row that this message repeats, or null. */
    private static Long match(List<EarlierDelivery> earlier, InboundSms sms, String hash, Duration window) {
        for (EarlierDelivery row : earlier) {
            if (row.repeatedBy(sms, hash, window)) {
                return row.id();
            }
        }
        return null;
    }

    /** Returns the position of a new message earlier in the batch that this message repeats, or null. */
    private static Integer matchInBatch(List<InboundSms> batch, List<String> hashes, List<Integer> newPositions,
                                        int position, Duration window) {
        for (int earlier : newPositions) {
            InboundSms first = batch.get(earlier);
            EarlierDelivery row = new EarlierDelivery(0, first.sender(), first.smscMessageId(), hashes.get(earlier),
                    first.receivedAt());
            if (row.repeatedBy(batch.get(position), hashes.get(position), window)) {
                return earlier;
            }
        }
        return null;
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

    /** Inserts the new messages with one statement and returns their ids in the same order. */
    private static List<Long> insertInbound(Connection connection, List<InboundSms> batch, List<String> hashes,
                                            List<Integer> positions, List<AcknowledgementPolicy.Decision> decisions,
                                            Instant now) throws SQLException {
        if (positions.isEmpty()) {
            return List.of();
        }
        StringBuilder sql = new StringBuilder("INSERT INTO sms_inbound (channel, sender, sender_e164, destination,"
                + " text, text_hash, smsc_message_id, received_at, stored_at, raw_hex, data_coding, partial, parts,"
                + " reply_decision, intake_status) VALUES ");
        sql.append(MultiRowSql.valueRows(positions.size(), 15));
        // MariaDB (10.5 and later) returns the rows of a multi-row INSERT ... RETURNING in the order of VALUES.
        sql.append(" RETURNING id");
        try (PreparedStatement insert = connection.prepareStatement(sql.toString())) {
            int index = 1;
            for (int k = 0; k < positions.size(); k++) {
                InboundSms sms = batch.get(positions.get(k));
                insert.setString(index++, CHANNEL_SMPP);
                insert.setString(index++, sms.sender());
                insert.setString(index++, sms.senderE164());
                insert.setString(index++, sms.destination());
                insert.setString(index++, sms.text());
                insert.setString(index++, hashes.get(positions.get(k)));
                insert.setString(index++, sms.smscMessageId());
                insert.setTimestamp(index++, Timestamp.from(sms.receivedAt()));
                insert.setTimestamp(index++, Timestamp.from(now));
                insert.setString(index++, sms.rawHex());
                insert.setInt(index++, sms.dataCoding());
                insert.setBoolean(index++, sms.partial());
                insert.setInt(index++, sms.parts());
                insert.setString(index++, decisions.get(k).name());
                insert.setString(index++, SmsIntake.PENDING);
            }
            List<Long> ids = new ArrayList<>(positions.size());
            try (ResultSet keys = insert.executeQuery()) {
                while (keys.next()) {
                    ids.add(keys.getLong(1));
                }
            }
            if (ids.size() != positions.size()) {
                throw new SQLException("Inserted " + positions.size() + " inbound rows but got " + ids.size() + " ids");
            }
            return ids;
        }
    }

    private static String textHash(InboundSms sms) {
        return sha256(sms.text() == null ? "hex:" + sms.rawHex() : sms.text());
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
