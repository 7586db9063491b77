package ml.modele.observation.infrastructure.sms;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.logging.Logger;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import ml.modele.observation.application.CurrentElection;
import ml.modele.observation.application.FormSetService;
import ml.modele.observation.application.SubmissionRecorder;
import ml.modele.observation.domain.election.Election;
import ml.modele.observation.domain.form.StoredFormSet;
import ml.modele.observation.domain.observer.Observer;
import ml.modele.observation.domain.submission.Channel;
import ml.modele.observation.domain.submission.ObserverProfile;
import ml.modele.observation.domain.submission.ParsedSubmission;
import ml.modele.observation.domain.submission.SmsParser;
import ml.modele.observation.domain.submission.Submission;
import ml.modele.observation.infrastructure.persistence.JpaObserverDirectory;
import ml.modele.observation.smpp.codec.PhoneNumbers;

/**
 * Intake of a stored SMS: parses it against the form set of the ongoing election, stores the
 * valid answers as a new version of the observer's submission, and queues the one reply that
 * the message gets, all in one transaction. The reply is the ReplyComposer's acknowledgement or
 * error, in the observer's language, and only goes to a sender that the acknowledgement policy
 * accepted (a Malian number within the per-minute cap).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class SmsIntake {

    /** Stored, not parsed yet. */
    static final String PENDING = "PENDING";
    /** Answers stored as a submission version. */
    static final String STORED = "STORED";
    /** Parsed, but nothing could be stored: unknown form or observer, or an empty message. */
    static final String REJECTED = "REJECTED";
    /** No election is ongoing, so the message could not be parsed. */
    static final String NO_ELECTION = "NO_ELECTION";
    /** The parse step failed; a redelivery retries it, and a second failure gets a plain acknowledgement. */
    static final String FAILED = "FAILED";

    private static final Logger LOG = Logger.getLogger(SmsIntake.class.getName());

    @PersistenceContext(unitName = "observation")
    private EntityManager em;

    @EJB
    private FormSetService formSets;

    @EJB
    private SubmissionRecorder recorder;

    @EJB
    private CurrentElection currentElection;

    @Inject
    private ReplyComposers composers;

    @Inject
    private AcknowledgementPolicy acknowledgements;

    /** Returns true when the intake of a row in this state is still to run. */
    static boolean retried(String intakeStatus) {
        return PENDING.equals(intakeStatus) || FAILED.equals(intakeStatus);
    }

    /** Parses a stored message, stores its submission and queues its reply; does nothing if already done. */
    public void process(long inboundId) {
        Connection connection = em.unwrap(Connection.class);
        try {
            Optional<StoredMessage> message = claim(connection, inboundId);
            if (message.isEmpty()) {
                return;
            }
            Optional<Election> election = currentElection.find();
            if (election.isEmpty()) {
                LOG.warning(() -> "No ongoing election: inbound SMS " + inboundId + " is stored but not parsed");
                finish(connection, inboundId, NO_ELECTION, null);
                queueReply(connection, message.get(), acknowledgements.replyText(inboundId));
                return;
            }
            intake(connection, message.get(), election.get());
        } catch (SQLException e) {
            throw new EJBException("Failed the intake of inbound SMS " + inboundId, e);
        }
    }

    /**
     * Marks a message whose intake failed. The first failure only marks it, so that the SMSC's
     * redelivery retries the intake. A second failure also queues a plain acknowledgement, so the
     * message is answered even when its intake keeps failing.
     *
     * @return true when the message should be redelivered to retry its intake
     */
    public boolean markFailed(long inboundId) {
        Connection connection = em.unwrap(Connection.class);
        try {
            Optional<StoredMessage> message = claim(connection, inboundId);
            if (message.isEmpty()) {
                return false;
            }
            boolean firstFailure = PENDING.equals(message.get().intakeStatus());
            finish(connection, inboundId, FAILED, null);
            if (!firstFailure) {
                queueReply(connection, message.get(), acknowledgements.replyText(inboundId));
            }
            return firstFailure;
        } catch (SQLException e) {
            throw new EJBException("Failed to mark the intake of inbound SMS " + inboundId + " as failed", e);
        }
    }

    private void intake(Connection connection, StoredMessage message, Election election) throws SQLException {
        StoredFormSet formSet = formSets.of(election.getId());
        JpaObserverDirectory directory = new JpaObserverDirectory(em, election.getId(), election.getMapVersionId());
        SmsParser parser = new SmsParser(composers.formSet(formSet), directory);
        ParsedSubmission parsed = parser.parse(message.sender(), message.text());

        Long observerId = parsed.observer().or(parsed::phoneOwner)
                .flatMap(profile -> directory.observer(profile.code()))
                .map(Observer::getId)
                .orElse(null);
        String status = REJECTED;
        ParsedSubmission judged = parsed;
        if (parsed.accepted()) {
            ObserverProfile profile = parsed.observer().get();
            Observer observer = directory.observer(profile.code()).orElseThrow();
            OptionalInt registered = profile.stationCode().isEmpty() ? OptionalInt.empty()
                    : directory.registeredVoters(profile.stationCode());
            Submission submission = recorder.recordMessage(election.getId(), parsed, observer.getId(),
                    profile.stationCode(), registered.isPresent() ? registered.getAsInt() : null, Channel.SMS,
                    message.id(), Instant.now());
            // A checklist's missing codes are those of the record with this message merged in.
            judged = parsed.judgedAgainstRecord(submission.values().keySet());
            status = STORED;
            LOG.fine(() -> "Inbound SMS " + message.id() + " stored as version " + submission.getCurrentVersion()
                    + " of submission " + submission.getId());
        }
        finish(connection, message.id(), status, observerId);
        queueReply(connection, message, composers.of(formSet).compose(judged).text());
    }

    private void queueReply(Connection connection, StoredMessage message, String text) throws SQLException {
        if (!AcknowledgementPolicy.Decision.REPLY.name().equals(message.replyDecision()) || message.replied()) {
            return;
        }
        SmsOutbox.queue(connection, message.senderE164(), text, message.id(), Instant.now());
    }

    /** Locks the row and returns it when its intake is still to run. */
    private static Optional<StoredMessage> claim(Connection connection, long id) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT sender, sender_e164, text, reply_decision,"
                + " intake_status, (SELECT COUNT(*) FROM sms_outbound o WHERE o.in_reply_to = i.id)"
                + " FROM sms_inbound i WHERE id = ? FOR UPDATE")) {
            query.setLong(1, id);
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    LOG.warning(() -> "Inbound SMS " + id + " not found for its intake");
                    return Optional.empty();
                }
                if (!retried(row.getString(5))) {
                    return Optional.empty();
                }
                return Optional.of(new StoredMessage(id, row.getString(1), row.getString(2), row.getString(3),
                        row.getString(4), row.getString(5), row.getInt(6) > 0));
            }
        }
    }

    private static void finish(Connection connection, long id, String status, Long observerId) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE sms_inbound SET intake_status = ?, observer_id = ? WHERE id = ?")) {
            update.setString(1, status);
            if (observerId == null) {
                update.setNull(2, java.sql.Types.BIGINT);
            } else {
                update.setLong(2, observerId);
            }
            update.setLong(3, id);
            update.executeUpdate();
        }
        LOG.fine(() -> "Inbound SMS " + id + " intake " + status);
    }

    /** A stored inbound row as the intake reads it. */
    private record StoredMessage(long id, String sender, String senderE164, String text, String replyDecision,
                                 String intakeStatus, boolean replied) {

        @Override
        public String toString() {
            return "inbound SMS " + id + " from " + PhoneNumbers.mask(sender);
        }
    }
}
