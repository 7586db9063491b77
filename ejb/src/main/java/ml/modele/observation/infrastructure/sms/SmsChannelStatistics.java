package ml.modele.observation.infrastructure.sms;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;

import ml.modele.observation.domain.security.Role;
import ml.modele.observation.infrastructure.persistence.DatabaseStartup;

/** Counts for the SMS channel screen: intake of the last minute and replies waiting. */
@Stateless
@RolesAllowed({Role.Names.EVA_DATA_MANAGER, Role.Names.TECHNICAL_COORDINATOR, Role.Names.ADMINISTRATOR})
public class SmsChannelStatistics {

    @Resource(lookup = DatabaseStartup.DATA_SOURCE)
    private DataSource dataSource;

    /** Returns the number of inbound messages stored since the given instant. */
    public long storedSince(Instant since) {
        return count("SELECT COUNT(*) FROM sms_inbound WHERE stored_at > ?", since);
    }

    /** Returns the number of replies not yet submitted to the SMSC. */
    public long outboxWaiting() {
        return count("SELECT COUNT(*) FROM sms_outbound WHERE status IN ('PENDING', 'SENDING') AND created_at > ?",
                Instant.EPOCH);
    }

    private long count(String sql, Instant since) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(sql)) {
            query.setTimestamp(1, Timestamp.from(since));
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        } catch (SQLException e) {
            throw new EJBException("Failed to count SMS for the channel screen", e);
        }
    }
}
