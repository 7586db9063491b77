package ml.modele.observation.infrastructure.sms;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import ml.modele.observation.application.CurrentElection;
import ml.modele.observation.application.FormSetService;
import ml.modele.observation.application.SubmissionRecorder;
import ml.modele.observation.domain.submission.Channel;
import ml.modele.observation.domain.submission.ObserverProfile;
import ml.modele.observation.domain.submission.ParsedSubmission;
import ml.modele.observation.domain.submission.SmsParser;
import ml.modele.observation.domain.submission.Submission;
import ml.modele.observation.infrastructure.persistence.DatabaseStartup;
import ml.modele.observation.infrastructure.persistence.MultiRowSql;
import ml.modele.observation.infrastructure.persistence.SqlObserverDirectory;
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
    private static final long NO_ELECTION_WARNING_INTERVAL_NANOS = TimeUnit.MINUTES.toNanos(1);
    private static final AtomicLong lastNoElectionWarning =
            new AtomicLong(System.nanoTime() - NO_ELECTION_WARNING_INTERVAL_NANOS);
    private static final AtomicLong unparsedSinceWarning = new AtomicLong();

    /** The transaction's connection: the container gives SubmissionRecorder's JPA writes the same one. */
    @Resource(lookup = DatabaseStartup.DATA_SOURCE)
    private DataSource dataSource;

    @EJB
    private FormSetService formSets;

    @EJB
    private SubmissionRecorder recorder;

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
        processAll(List.of(inboundId));
    }

    /**
     * Runs {@link #process} for several stored messages, in order, in one transaction. When one of
     * them fails, nothing of the batch is kept and the caller runs each intake alone.
     */
    public void processAll(List<Long> inboundIds) {
        try (Connection connection = dataSource.getConnection()) {
            Map<Long, StoredMessage> claimed = claim(connection, inboundIds);
            Parsing parsing = claimed.isEmpty() ? null
                    : CurrentElection.findForIntake(connection).map(election -> parsing(connection, election, claimed.values()))
                            .orElse(null);
            IntakeWrites writes = new IntakeWrites();
            for (long inboundId : inboundIds) {
                // Removed once taken, so an id listed twice runs once.
                StoredMessage message = claimed.remove(inboundId);
                if (message != null) {
                    processOne(message, parsing, writes);
                }
            }
            writes.flush(connection);
        } catch (SQLException e) {
            throw new EJBException("Failed the intake of inbound SMS " + inboundIds, e);
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
        try (Connection connection = dataSource.getConnection()) {
            StoredMessage message = claim(connection, List.of(inboundId)).get(inboundId);
            if (message == null) {
                return false;
            }
            boolean firstFailure = PENDING.equals(message.intakeStatus());
            IntakeWrites writes = new IntakeWrites();
            writes.finish(inboundId, FAILED, null);
            if (!firstFailure) {
                writes.reply(message, acknowledgements.replyText(inboundId));
            }
            writes.flush(connection);
            return firstFailure;
        } catch (SQLException e) {
            throw new EJBException("Failed to mark the intake of inbound SMS " + inboundId + " as failed", e);
        }
    }

    /** Processes one claimed message; {@code parsing} is null when no election is ongoing. */
    private void processOne(StoredMessage message, Parsing parsing, IntakeWrites writes) {
        if (parsing == null) {
            warnNoElection(message.id());
            writes.finish(message.id(), NO_ELECTION, null);
            writes.reply(message, acknowledgements.replyText(message.id()));
            return;
        }
        intake(message, parsing, writes);
    }

    /** Logs that messages go unparsed, at most once a minute, with the number of messages since the last line. */
    private static void warnNoElection(long inboundId) {
        unparsedSinceWarning.incrementAndGet();
        long last = lastNoElectionWarning.get();
        long now = System.nanoTime();
        if (now - last >= NO_ELECTION_WARNING_INTERVAL_NANOS && lastNoElectionWarning.compareAndSet(last, now)) {
            long unparsed = unparsedSinceWarning.getAndSet(0);
            LOG.warning(() -> "No ongoing election: " + unparsed + " inbound SMS stored but not parsed since the"
                    + " last warning, the latest " + inboundId);
        }
    }

    /** Builds the parser of a batch and reads at once the observers who own its senders' numbers. */
    private Parsing parsing(Connection connection, CurrentElection.OngoingElection election,
                            Collection<StoredMessage> messages) {
        CurrentElection.FormSetRow row = election.formSet();
        ReplyComposers.Composed forms = row == null ? composers.composed(formSets.of(election.id()))
                : composers.of(row.id(), row.version(), () -> formSets.of(election.id()));
        SqlObserverDirectory directory = new SqlObserverDirectory(connection, election.id(), election.mapVersionId());
        directory.loadPhones(messages.stream().map(StoredMessage::senderE164).toList());
        return new Parsing(election, forms, directory, new SmsParser(forms.formSet(), directory));
    }

    private void intake(StoredMessage message, Parsing parsing, IntakeWrites writes) {
        CurrentElection.OngoingElection election = parsing.election();
        SqlObserverDirectory directory = parsing.directory();
        ParsedSubmission parsed = parsing.parser().parse(message.sender(), message.text());

        Long observerId = parsed.observer().or(parsed::phoneOwner)
                .flatMap(profile -> directory.observerId(profile.code()))
                .orElse(null);
        String status = REJECTED;
        ParsedSubmission judged = parsed;
        if (parsed.accepted()) {
            ObserverProfile profile = parsed.observer().get();
            long observer = directory.observerId(profile.code()).orElseThrow();
            OptionalInt registered = profile.stationCode().isEmpty() ? OptionalInt.empty()
                    : directory.registeredVoters(profile.stationCode());
            Submission submission = recorder.recordMessage(election.id(), parsed, observer,
                    profile.stationCode(), registered.isPresent() ? registered.getAsInt() : null, Channel.SMS,
                    message.id(), Instant.now());
            // A checklist's missing codes are those of the record with this message merged in.
            judged = parsed.judgedAgainstRecord(submission.values().keySet());
            status = STORED;
            LOG.fine(() -> "Inbound SMS " + message.id() + " stored as version " + submission.getCurrentVersion()
                    + " of submission " + submission.getId());
        }
        writes.finish(message.id(), status, observerId);
        writes.reply(message, parsing.forms().composer().compose(judged).text());
    }

    /** Locks the rows and returns, by id, those whose intake is still to run. */
    private static Map<Long, StoredMessage> claim(Connection connection, List<Long> ids) throws SQLException {
        Map<Long, StoredMessage> claimed = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT id, sender, sender_e164, text,"
                + " reply_decision, intake_status, (SELECT COUNT(*) FROM sms_outbound o WHERE o.in_reply_to = i.id)"
                + " FROM sms_inbound i WHERE id IN (" + MultiRowSql.placeholders(ids.size())
                + ") FOR UPDATE")) {
            for (int i = 0; i < ids.size(); i++) {
                query.setLong(i + 1, ids.get(i));
            }
            Set<Long> found = new HashSet<>();
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    long id = row.getLong(1);
                    found.add(id);
                    if (retried(row.getString(6))) {
                        claimed.put(id, new StoredMessage(id, row.getString(2), row.getString(3), row.getString(4),
                                row.getString(5), row.getString(6), row.getInt(7) > 0));
                    }
                }
            }
            for (long id : ids) {
                if (!found.contains(id)) {
                    LOG.warning(() -> "Inbound SMS " + id + " not found for its intake");
                }
            }
        }
        return claimed;
    }

    /**
     * Intake results of a batch, written with two statements at its end: the status of each
     * message and the replies that the acknowledgement policy lets through.
     */
    private static final class IntakeWrites {
        private final List<Finished> finished = new ArrayList<>();
        private final List<SmsOutbox.Reply> replies = new ArrayList<>();

        void finish(long id, String status, Long observerId) {
            finished.add(new Finished(id, status, observerId));
        }

        void reply(StoredMessage message, String text) {
            if (AcknowledgementPolicy.Decision.REPLY.name().equals(message.replyDecision()) && !message.replied()) {
                replies.add(new SmsOutbox.Reply(message.senderE164(), text, message.id()));
            }
        }

        void flush(Connection connection) throws SQLException {
            if (!finished.isEmpty()) {
                int rows = finished.size();
                try (PreparedStatement update = connection.prepareStatement("UPDATE sms_inbound SET intake_status = "
                        + MultiRowSql.caseById("id", rows) + ", observer_id = " + MultiRowSql.caseById("id", rows)
                        + " WHERE id IN (" + MultiRowSql.placeholders(rows) + ")")) {
                    int index = 1;
                    for (Finished row : finished) {
                        update.setLong(index++, row.id());
                        update.setString(index++, row.status());
                    }
                    for (Finished row : finished) {
                        update.setLong(index++, row.id());
                        if (row.observerId() == null) {
                            update.setNull(index++, java.sql.Types.BIGINT);
                        } else {
                            update.setLong(index++, row.observerId());
                        }
                    }
                    for (Finished row : finished) {
                        update.setLong(index++, row.id());
                    }
                    update.executeUpdate();
                }
                finished.forEach(row -> LOG.fine(() -> "Inbound SMS " + row.id() + " intake " + row.status()));
            }
            SmsOutbox.queueAll(connection, replies, Instant.now());
        }

        private record Finished(long id, String status, Long observerId) {
        }
    }

    /** Form set, observer directory and parser of one batch, built once: the directory caches the observers it reads. */
    private record Parsing(CurrentElection.OngoingElection election, ReplyComposers.Composed forms,
                           SqlObserverDirectory directory, SmsParser parser) {
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
