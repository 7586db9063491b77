package ml.modele.observation.infrastructure.sms;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import ml.modele.observation.infrastructure.persistence.MultiRowSql;
import ml.modele.observation.smpp.api.SendResult;
import ml.modele.observation.smpp.api.StatusReport;
import ml.modele.observation.smpp.codec.MessageIds;
import ml.modele.observation.smpp.codec.PhoneNumbers;

/**
 * SQL of the outbox: rows move PENDING, then SENDING (claimed in a committed transaction before
 * the submit, so a crash leaves SENDING and never sends twice), then SENT, UNKNOWN or FAILED.
 * An UNKNOWN row becomes SENT when a receipt shows that the SMSC accepted it, or PENDING again
 * when no receipt came within the resend delay.
 */
final class SmsOutbox {

    static final String PENDING = "PENDING";
    static final String SENDING = "SENDING";
    static final String SENT = "SENT";
    static final String UNKNOWN = "UNKNOWN";
    static final String FAILED = "FAILED";

    private static final MessageIds.Matching MATCHING = MessageIds.Matching.SAME_BASE;

    private SmsOutbox() {
    }

    /** A claimed row to send. */
    record Claimed(long id, String recipient, String text) {
    }

    static void queue(Connection connection, String recipient, String text, Long inReplyTo, Instant now)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO sms_outbound"
                + " (recipient, text, in_reply_to, status, created_at) VALUES (?, ?, ?, ?, ?)")) {
            insert.setString(1, recipient);
            insert.setString(2, text);
            if (inReplyTo == null) {
                insert.setNull(3, java.sql.Types.BIGINT);
            } else {
                insert.setLong(3, inReplyTo);
            }
            insert.setString(4, PENDING);
            insert.setTimestamp(5, Timestamp.from(now));
            insert.executeUpdate();
        }
    }

    /** Queues several replies with one statement. */
    static void queueAll(Connection connection, List<Reply> replies, Instant now) throws SQLException {
        if (replies.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO sms_outbound"
                + " (recipient, text, in_reply_to, status, created_at) VALUES "
                + MultiRowSql.valueRows(replies.size(), 5))) {
            int index = 1;
            for (Reply reply : replies) {
                insert.setString(index++, reply.recipient());
                insert.setString(index++, reply.text());
                insert.setLong(index++, reply.inReplyTo());
                insert.setString(index++, PENDING);
                insert.setTimestamp(index++, Timestamp.from(now));
            }
            insert.executeUpdate();
        }
    }

    /** Marks up to {@code limit} pending rows SENDING and returns them; the caller commits before sending. */
    static List<Claimed> claim(Connection connection, int limit) throws SQLException {
        List<Claimed> claimed = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT id, recipient, text FROM sms_outbound"
                + " WHERE status = ? ORDER BY id LIMIT ? FOR UPDATE SKIP LOCKED")) {
            select.setString(1, PENDING);
            select.setInt(2, limit);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    claimed.add(new Claimed(rows.getLong(1), rows.getString(2), rows.getString(3)));
                }
            }
        }
        if (claimed.isEmpty()) {
            return claimed;
        }
        try (PreparedStatement update = connection.prepareStatement("UPDATE sms_outbound SET status = ? WHERE id IN ("
                + MultiRowSql.placeholders(claimed.size()) + ")")) {
            update.setString(1, SENDING);
            int index = 2;
            for (Claimed row : claimed) {
                update.setLong(index++, row.id());
            }
            update.executeUpdate();
        }
        return claimed;
    }

    /**
     * Stores the outcome of several submits with three statements: the statuses, the id keys and
     * one look-up of the receipts that arrived before their submit_sm_resp. Replies without a
     * response are then resolved one by one, in order.
     */
    static void recordSentAll(Connection connection, List<Sent> submits, Instant now) throws SQLException {
        if (submits.isEmpty()) {
            return;
        }
        updateSent(connection, submits, now);
        Map<Long, Set<String>> idKeys = new LinkedHashMap<>();
        for (Sent submit : submits) {
            idKeys.put(submit.id(), idKeys(submit.result()));
        }
        insertIdKeys(connection, idKeys);

        List<UnmatchedReceipt> unmatched = recentUnmatchedReceipts(connection);
        for (Sent submit : submits) {
            for (String messageId : submit.result().messageIds()) {
                Set<String> keys = MessageIds.keys(messageId, MATCHING);
                for (Iterator<UnmatchedReceipt> receipts = unmatched.iterator(); receipts.hasNext(); ) {
                    UnmatchedReceipt receipt = receipts.next();
                    if (receipt.matchesAny(keys)) {
                        linkReceipt(connection, receipt.id(), submit.id());
                        applyState(connection, submit.id(), receipt.state(), receipt.errorCode(), receipt.receivedAt());
                        receipts.remove();
                    }
                }
            }
        }
        for (Sent submit : submits) {
            if (submit.result().outcome() != SendResult.Outcome.ACCEPTED) {
                resolveFromEarlierReceipt(connection, submit.id());
            }
        }
    }

    static void recordFailed(Connection connection, long id, String error) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE sms_outbound SET status = ?, last_error = ? WHERE id = ?")) {
            update.setString(1, FAILED);
            update.setString(2, truncate(error));
            update.setLong(3, id);
            update.executeUpdate();
        }
    }

    /** Puts a claimed row back to PENDING when nothing of it reached the SMSC. */
    static void release(Connection connection, long id, String error) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE sms_outbound SET status = ?, last_error = ? WHERE id = ? AND status = ?")) {
            update.setString(1, PENDING);
            update.setString(2, truncate(error));
            update.setLong(3, id);
            update.setString(4, SENDING);
            update.executeUpdate();
        }
    }

    static void storeReceipt(Connection connection, StatusReport report) throws SQLException {
        Set<String> keys = new TreeSet<>(MessageIds.keys(report.messageId(), MATCHING));
        Long outboundId = findOutbound(connection, keys);
        if (outboundId == null) {
            outboundId = resolveUnknown(connection, report, keys);
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO sms_receipt (smsc_message_id,"
                + " id_keys, state, error_code, intermediate, received_at, raw_text, outbound_id, recipient)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, report.messageId());
            insert.setString(2, String.join(" ", keys));
            insert.setString(3, report.state());
            insert.setString(4, report.errorCode());
            insert.setBoolean(5, report.intermediate());
            insert.setTimestamp(6, Timestamp.from(report.receivedAt()));
            insert.setString(7, report.rawText() == null ? "" : truncate(report.rawText()));
            if (outboundId == null) {
                insert.setNull(8, java.sql.Types.BIGINT);
            } else {
                insert.setLong(8, outboundId);
            }
            insert.setString(9, PhoneNumbers.normalize(report.recipient()).e164().orElse(null));
            insert.executeUpdate();
        }
        if (outboundId != null) {
            applyState(connection, outboundId, report.state(), report.errorCode(), report.receivedAt());
        }
    }

    /**
     * Queues again the UNKNOWN replies that no receipt resolved before {@code cutoff}, and returns
     * how many. Only replies whose first segment got no submit_sm_resp qualify, because resending
     * a message of which the SMSC accepted some segments would repeat those segments.
     */
    static int requeueUnresolved(Connection connection, Instant cutoff) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE sms_outbound SET status = ?,"
                + " resends = resends + 1 WHERE status = ? AND sent_at < ? AND smsc_message_id IS NULL")) {
            update.setString(1, PENDING);
            update.setString(2, UNKNOWN);
            update.setTimestamp(3, Timestamp.from(cutoff));
            return update.executeUpdate();
        }
    }

    /**
     * Matches a receipt whose id names no sent reply to the oldest UNKNOWN reply to the same
     * recipient, which the SMSC then did accept: the receipt is the only place that gives its id.
     * No match is made while another reply to that recipient waits for its submit_sm_resp, because
     * the receipt may be that reply's, arriving before its response.
     */
    private static Long resolveUnknown(Connection connection, StatusReport report, Set<String> keys)
            throws SQLException {
        Optional<String> recipient = PhoneNumbers.normalize(report.recipient()).e164();
        if (recipient.isEmpty() || keys.isEmpty()) {
            return null;
        }
        Long candidate = oldestUnknown(connection, recipient.get(), -1);
        if (candidate == null) {
            return null;
        }
        markAcceptedByReceipt(connection, candidate, report.messageId());
        insertIdKeys(connection, Map.of(candidate, keys));
        return candidate;
    }

    /**
     * Resolves a reply just recorded UNKNOWN with a receipt from its recipient that came while its
     * submit waited for the response, and that no other reply claimed.
     */
    private static void resolveFromEarlierReceipt(Connection connection, long outboundId) throws SQLException {
        String recipient;
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT recipient FROM sms_outbound WHERE id = ?")) {
            query.setLong(1, outboundId);
            try (ResultSet rows = query.executeQuery()) {
                if (!rows.next()) {
                    return;
                }
                recipient = rows.getString(1);
            }
        }
        Long candidate = oldestUnknown(connection, recipient, outboundId);
        if (candidate == null || candidate != outboundId) {
            return;
        }
        try (PreparedStatement query = connection.prepareStatement("SELECT id, smsc_message_id, id_keys, state,"
                + " error_code, received_at FROM sms_receipt WHERE recipient = ? AND outbound_id IS NULL"
                + " AND received_at > ? ORDER BY id LIMIT 1 FOR UPDATE")) {
            query.setString(1, recipient);
            query.setTimestamp(2, Timestamp.from(Instant.now().minusSeconds(3600)));
            try (ResultSet rows = query.executeQuery()) {
                if (!rows.next()) {
                    return;
                }
                markAcceptedByReceipt(connection, outboundId, rows.getString(2));
                insertIdKeys(connection, Map.of(outboundId, new TreeSet<>(List.of(rows.getString(3).split(" ")))));
                linkReceipt(connection, rows.getLong(1), outboundId);
                applyState(connection, outboundId, rows.getString(4), rows.getString(5),
                        rows.getTimestamp(6).toInstant());
            }
        }
    }

    /**
     * Returns the oldest UNKNOWN reply to the recipient, or null when there is none or when a reply
     * other than {@code except} still waits for its submit_sm_resp.
     */
    private static Long oldestUnknown(Connection connection, String recipient, long except) throws SQLException {
        Long candidate = null;
        try (PreparedStatement query = connection.prepareStatement("SELECT id, status FROM sms_outbound"
                + " WHERE recipient = ? AND status IN (?, ?) ORDER BY id FOR UPDATE")) {
            query.setString(1, recipient);
            query.setString(2, UNKNOWN);
            query.setString(3, SENDING);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    if (SENDING.equals(rows.getString(2)) && rows.getLong(1) != except) {
                        return null;
                    }
                    if (candidate == null && UNKNOWN.equals(rows.getString(2))) {
                        candidate = rows.getLong(1);
                    }
                }
            }
        }
        return candidate;
    }

    private static void markAcceptedByReceipt(Connection connection, long outboundId, String messageId)
            throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE sms_outbound SET status = ?,"
                + " smsc_message_id = ?, last_error = ? WHERE id = ?")) {
            update.setString(1, SENT);
            update.setString(2, messageId);
            update.setString(3, "no submit_sm_resp; receipt " + messageId + " shows that the SMSC accepted it");
            update.setLong(4, outboundId);
            update.executeUpdate();
        }
    }

    /** Stores the id keys of several sent rows, by row id, with one statement. */
    private static void insertIdKeys(Connection connection, Map<Long, Set<String>> keysById) throws SQLException {
        int rows = keysById.values().stream().mapToInt(Set::size).sum();
        if (rows == 0) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT IGNORE INTO sms_outbound_id_key"
                + " (outbound_id, id_key) VALUES " + MultiRowSql.valueRows(rows, 2))) {
            int index = 1;
            for (Map.Entry<Long, Set<String>> row : keysById.entrySet()) {
                for (String key : row.getValue()) {
                    insert.setLong(index++, row.getKey());
                    insert.setString(index++, key);
                }
            }
            insert.executeUpdate();
        }
    }

    /** Stores the outcome of several submits with one statement that sets each row's own values. */
    private static void updateSent(Connection connection, List<Sent> submits, Instant now) throws SQLException {
        int rows = submits.size();
        String perRow = MultiRowSql.caseById("id", rows);
        try (PreparedStatement update = connection.prepareStatement("UPDATE sms_outbound SET status = " + perRow
                + ", sent_at = ?, segments = " + perRow + ", smsc_message_id = " + perRow + ", last_error = " + perRow
                + " WHERE id IN (" + MultiRowSql.placeholders(rows) + ")")) {
            int index = 1;
            for (Sent submit : submits) {
                update.setLong(index++, submit.id());
                update.setString(index++, sentStatus(submit.result()));
            }
            update.setTimestamp(index++, Timestamp.from(now));
            for (Sent submit : submits) {
                update.setLong(index++, submit.id());
                update.setInt(index++, submit.result().segments());
            }
            for (Sent submit : submits) {
                update.setLong(index++, submit.id());
                update.setString(index++, submit.result().firstMessageId());
            }
            for (Sent submit : submits) {
                update.setLong(index++, submit.id());
                update.setString(index++, sentError(submit.result()));
            }
            for (Sent submit : submits) {
                update.setLong(index++, submit.id());
            }
            update.executeUpdate();
        }
    }

    private static Long findOutbound(Connection connection, Set<String> keys) throws SQLException {
        if (keys.isEmpty()) {
            return null;
        }
        String placeholders = String.join(", ", java.util.Collections.nCopies(keys.size(), "?"));
        try (PreparedStatement query = connection.prepareStatement("SELECT outbound_id FROM sms_outbound_id_key"
                + " WHERE id_key IN (" + placeholders + ") ORDER BY outbound_id DESC LIMIT 1")) {
            int index = 1;
            for (String key : keys) {
                query.setString(index++, key);
            }
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? rows.getLong(1) : null;
            }
        }
    }

    private static Set<String> idKeys(SendResult result) {
        Set<String> keys = new TreeSet<>();
        for (String messageId : result.messageIds()) {
            keys.addAll(MessageIds.keys(messageId, MATCHING));
        }
        return keys;
    }

    private static String sentStatus(SendResult result) {
        return result.outcome() == SendResult.Outcome.ACCEPTED ? SENT : UNKNOWN;
    }

    private static String sentError(SendResult result) {
        return result.detail().isEmpty() ? null : truncate(result.detail());
    }

    /** Loads the receipts of the last hour that match no sent message yet: only those can precede their submit_sm_resp. */
    private static List<UnmatchedReceipt> recentUnmatchedReceipts(Connection connection) throws SQLException {
        List<UnmatchedReceipt> receipts = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT id, id_keys, state, error_code,"
                + " received_at FROM sms_receipt WHERE outbound_id IS NULL AND received_at > ?")) {
            query.setTimestamp(1, Timestamp.from(Instant.now().minusSeconds(3600)));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    receipts.add(new UnmatchedReceipt(rows.getLong(1), new HashSet<>(Arrays.asList(rows.getString(2).split(" "))),
                            rows.getString(3), rows.getString(4), rows.getTimestamp(5).toInstant()));
                }
            }
        }
        return receipts;
    }

    /** A stored receipt not yet linked to a sent message, with its id under every lookup key. */
    private record UnmatchedReceipt(long id, Set<String> idKeys, String state, String errorCode, Instant receivedAt) {

        boolean matchesAny(Set<String> keys) {
            for (String key : idKeys) {
                if (keys.contains(key)) {
                    return true;
                }
            }
            return false;
        }
    }

    private static void linkReceipt(Connection connection, long receiptId, long outboundId) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE sms_receipt SET outbound_id = ? WHERE id = ?")) {
            update.setLong(1, outboundId);
            update.setLong(2, receiptId);
            update.executeUpdate();
        }
    }

    private static void applyState(Connection connection, long outboundId, String state, String error,
                                   Instant at) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE sms_outbound SET delivery_state = ?,"
                + " delivery_error = ?, delivered_at = ? WHERE id = ?")) {
            update.setString(1, state);
            update.setString(2, error);
            update.setTimestamp(3, Timestamp.from(at));
            update.setLong(4, outboundId);
            update.executeUpdate();
        }
    }

    private static String truncate(String value) {
        return value.length() <= 500 ? value : value.substring(0, 500);
    }

    /** A reply to queue: its recipient in E.164, its text and the id of the inbound message it replies to. */
    record Reply(String recipient, String text, long inReplyTo) {
    }

    /** The outcome of the submit of one claimed row. */
    record Sent(long id, SendResult result) {
    }
}
