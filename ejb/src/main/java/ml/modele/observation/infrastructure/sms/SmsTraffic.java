package ml.modele.observation.infrastructure.sms;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;

import ml.modele.observation.domain.security.Role;
import ml.modele.observation.infrastructure.persistence.DatabaseStartup;

/**
 * SMS traffic of one observer for the EVA's message log: every message received from the
 * observer's phones or naming the observer's code, and every message sent to the observer's
 * phones or in reply to those messages, in time order.
 */
@Stateless
@RolesAllowed({Role.Names.EVA_DATA_MANAGER, Role.Names.TECHNICAL_COORDINATOR, Role.Names.ADMINISTRATOR})
public class SmsTraffic {

    private static final Pattern SECRET_DIGITS = Pattern.compile("\\d{4,}");

    /** Maximum number of lines returned; the newest are kept. */
    static final int MAX_LINES = 500;

    @Resource(lookup = DatabaseStartup.DATA_SOURCE)
    private DataSource dataSource;

    /** Direction of a message. */
    public enum Direction {
        INBOUND, OUTBOUND
    }

    /**
     * One message of the log.
     *
     * @param status intake status of a received message, or send status of a sent one
     */
    public record Line(long id, Instant at, Direction direction, String number, String text, String status,
                       Long inReplyTo) {
    }

    /** Returns the traffic of the observer with this code, oldest first; empty for an unknown code. */
    public List<Line> ofObserver(String observerCode) {
        List<Line> lines = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            Long observerId = observerId(connection, observerCode == null ? "" : observerCode.strip());
            if (observerId == null) {
                return lines;
            }
            readInbound(connection, observerId, lines);
            readOutbound(connection, observerId, lines);
        } catch (SQLException e) {
            throw new EJBException("Failed to read the SMS traffic of observer " + observerCode, e);
        }
        lines.sort(Comparator.comparing(Line::at).thenComparing(Line::direction).thenComparingLong(Line::id));
        return lines.size() <= MAX_LINES ? lines : lines.subList(lines.size() - MAX_LINES, lines.size());
    }

    private static Long observerId(Connection connection, String code) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT id FROM observer WHERE code = ?")) {
            query.setString(1, code);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? row.getLong(1) : null;
            }
        }
    }

    private static void readInbound(Connection connection, long observerId, List<Line> lines) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT id, received_at, sender, text,"
                + " COALESCE(intake_status, '') FROM sms_inbound WHERE observer_id = ? OR sender_e164 IN"
                + " (SELECT number FROM observer_phone WHERE observer_id = ?) ORDER BY received_at DESC LIMIT ?")) {
            query.setLong(1, observerId);
            query.setLong(2, observerId);
            query.setInt(3, MAX_LINES);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    lines.add(new Line(rows.getLong(1), rows.getTimestamp(2).toInstant(), Direction.INBOUND,
                            rows.getString(3), rows.getString(4), rows.getString(5), null));
                }
            }
        }
    }

    private static void readOutbound(Connection connection, long observerId, List<Line> lines) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT id, created_at, recipient, text, status,"
                + " in_reply_to, secret FROM sms_outbound WHERE recipient IN (SELECT number FROM observer_phone"
                + " WHERE observer_id = ?) OR in_reply_to IN (SELECT id FROM sms_inbound WHERE observer_id = ?)"
                + " ORDER BY created_at DESC LIMIT ?")) {
            query.setLong(1, observerId);
            query.setLong(2, observerId);
            query.setInt(3, MAX_LINES);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    long inReplyTo = rows.getLong(6);
                    Long repliesTo = rows.wasNull() ? null : inReplyTo;
                    String text = rows.getBoolean(7) ? masked(rows.getString(4)) : rows.getString(4);
                    lines.add(new Line(rows.getLong(1), rows.getTimestamp(2).toInstant(), Direction.OUTBOUND,
                            rows.getString(3), text, rows.getString(5), repliesTo));
                }
            }
        }
    }

    /** Returns the text with every run of four or more digits hidden, so that staff never read a PIN. */
    static String masked(String text) {
        return SECRET_DIGITS.matcher(text).replaceAll(match -> "\u2022".repeat(match.group().length()));
    }
}
