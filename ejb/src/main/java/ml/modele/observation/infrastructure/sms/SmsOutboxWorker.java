package ml.modele.observation.infrastructure.sms;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

import ml.modele.observation.infrastructure.persistence.DatabaseStartup;

/** Outbox steps, each in a transaction of its own so that a claim is committed before the submit. */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class SmsOutboxWorker {

    @Resource(lookup = DatabaseStartup.DATA_SOURCE)
    private DataSource dataSource;

    public List<SmsOutbox.Claimed> claim(int limit) {
        try (Connection connection = dataSource.getConnection()) {
            return SmsOutbox.claim(connection, limit);
        } catch (SQLException e) {
            throw new EJBException("Failed to claim outbound SMS", e);
        }
    }

    /** Records the outcome of several submits in one transaction. */
    public void sent(List<SmsOutbox.Sent> submits) {
        Instant now = Instant.now();
        try (Connection connection = dataSource.getConnection()) {
            SmsOutbox.recordSentAll(connection, submits, now);
        } catch (SQLException e) {
            throw new EJBException("Failed to record the submit of " + submits.size() + " outbound SMS, the first "
                    + submits.get(0).id(), e);
        }
    }

    public void failed(long id, String error) {
        try (Connection connection = dataSource.getConnection()) {
            SmsOutbox.recordFailed(connection, id, error);
        } catch (SQLException e) {
            throw new EJBException("Failed to record the failure of outbound SMS " + id, e);
        }
    }

    /** Queues again the UNKNOWN replies sent before the cutoff that no receipt resolved; see {@link SmsOutbox#requeueUnresolved}. */
    public int requeueUnresolved(Instant cutoff) {
        try (Connection connection = dataSource.getConnection()) {
            return SmsOutbox.requeueUnresolved(connection, cutoff);
        } catch (SQLException e) {
            throw new EJBException("Failed to queue unresolved outbound SMS again", e);
        }
    }

    public void release(long id, String error) {
        try (Connection connection = dataSource.getConnection()) {
            SmsOutbox.release(connection, id, error);
        } catch (SQLException e) {
            throw new EJBException("Failed to release outbound SMS " + id, e);
        }
    }
}
