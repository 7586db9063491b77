package ml.modele.observation.infrastructure.sms;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;

import ml.modele.observation.infrastructure.persistence.DatabaseStartup;
import ml.modele.observation.domain.security.Role;

/**
 * Read-only counts of the SMS inbox and outbox since an instant, for scripts that check what the
 * channel stored and answered (the election-day simulator among them).
 */
@Stateless
@RolesAllowed({Role.Names.EVA_DATA_MANAGER, Role.Names.TECHNICAL_COORDINATOR, Role.Names.ADMINISTRATOR})
public class SmsInboxCounts {

    @Resource(lookup = DatabaseStartup.DATA_SOURCE)
    private DataSource dataSource;

    /**
     * Counts of the messages stored since an instant and of their replies.
     *
     * @param stored         inbound messages stored, each once whatever its redeliveries
     * @param redeliveries   deliveries of those messages after the first, counted and not stored
     * @param partial        long messages stored without all their parts
     * @param replyDecisions stored messages by reply decision (REPLY, NO_NUMBER, CAPPED)
     * @param replies        replies to those messages by outbox status (PENDING, SENDING, SENT, ...)
     * @param bySender       stored messages per sender in E.164; empty unless requested
     */
    public record Counts(long stored, long redeliveries, long partial, Map<String, Long> replyDecisions,
            Map<String, Long> replies, Map<String, Long> bySender) {
    }

    /** Returns the counts of the messages stored at or after {@code since}, per sender when asked. */
    public Counts since(Instant since, boolean perSender) {
        try (Connection connection = dataSource.getConnection()) {
            long[] totals = totals(connection, since);
            return new Counts(totals[0], totals[1], totals[2],
                    grouped(connection, "SELECT reply_decision, COUNT(*) FROM sms_inbound WHERE stored_at >= ?"
                            + " GROUP BY reply_decision", since),
                    grouped(connection, "SELECT o.status, COUNT(*) FROM sms_outbound o JOIN sms_inbound i"
                            + " ON i.id = o.in_reply_to WHERE i.stored_at >= ? GROUP BY o.status", since),
                    perSender ? grouped(connection, "SELECT sender_e164, COUNT(*) FROM sms_inbound WHERE stored_at >= ?"
                            + " AND sender_e164 IS NOT NULL GROUP BY sender_e164", since) : Map.of());
        } catch (SQLException e) {
            throw new EJBException("Failed to count the SMS stored since " + since, e);
        }
    }

    private static long[] totals(Connection connection, Instant since) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT COUNT(*), COALESCE(SUM(redeliveries), 0),"
                + " COALESCE(SUM(CASE WHEN partial THEN 1 ELSE 0 END), 0) FROM sms_inbound WHERE stored_at >= ?")) {
            query.setTimestamp(1, Timestamp.from(since));
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return new long[] {row.getLong(1), row.getLong(2), row.getLong(3)};
            }
        }
    }

    private static Map<String, Long> grouped(Connection connection, String sql, Instant since) throws SQLException {
        Map<String, Long> counts = new TreeMap<>();
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setTimestamp(1, Timestamp.from(since));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    counts.put(rows.getString(1), rows.getLong(2));
                }
            }
        }
        return counts;
    }
}
