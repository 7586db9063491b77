package ml.modele.observation.application;

import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import ml.modele.observation.domain.audit.AuditAction;
import ml.modele.observation.domain.election.Election;
import ml.modele.observation.domain.form.FormDefinition;
import ml.modele.observation.domain.submission.CorrectionReader;
import ml.modele.observation.domain.submission.Submission;
import ml.modele.observation.domain.submission.SubmissionError;
import ml.modele.observation.domain.submission.SubmissionFlag;
import ml.modele.observation.domain.submission.VerificationItem;
import ml.modele.observation.domain.submission.VerificationKind;
import ml.modele.observation.domain.submission.VerificationStatus;
import ml.modele.observation.domain.security.Role;
import ml.modele.observation.infrastructure.persistence.SqlObserverDirectory;

/**
 * The EVA's verification queue: lists flagged result sheets, conflicts, unverified senders,
 * out-of-range answers and incidents, and records each decision (accept, correct with a reason,
 * reject) in the audit trail. A correction is a new version of the submission.
 */
@Stateless
@RolesAllowed({Role.Names.EVA_DATA_MANAGER, Role.Names.TECHNICAL_COORDINATOR, Role.Names.ADMINISTRATOR})
public class VerificationService {

    private static final Logger LOG = Logger.getLogger(VerificationService.class.getName());
    private static final String TARGET = "VerificationItem";

    @PersistenceContext(unitName = "observation")
    private EntityManager em;

    @EJB
    private SubmissionRecorder recorder;

    @EJB
    private FormSetService formSets;

    @EJB
    private AuditTrail audit;

    @Resource
    private SessionContext session;

    private final Clock clock = Clock.systemUTC();

    /** Returns the items of an election in a status, oldest first. */
    public List<VerificationItem> queue(long electionId, VerificationStatus status) {
        return em.createNamedQuery(VerificationItem.QUEUE, VerificationItem.class)
                .setParameter("election", electionId)
                .setParameter("status", status)
                .getResultList();
    }

    /** Returns the number of open items of each kind. */
    public Map<VerificationKind, Long> openCounts(long electionId) {
        Map<VerificationKind, Long> counts = new EnumMap<>(VerificationKind.class);
        for (VerificationKind kind : VerificationKind.values()) {
            counts.put(kind, 0L);
        }
        for (Object[] row : em.createNamedQuery(VerificationItem.COUNT_OPEN, Object[].class)
                .setParameter("election", electionId)
                .getResultList()) {
            counts.put((VerificationKind) row[0], (Long) row[1]);
        }
        return counts;
    }

    /** Returns an item. */
    public VerificationItem item(long itemId) {
        VerificationItem item = em.find(VerificationItem.class, itemId);
        if (item == null) {
            throw new UserInputException("verification.error.notFound", Long.toString(itemId));
        }
        return item;
    }

    /** Accepts the stored values as they are. */
    public void accept(long itemId, String reason) {
        VerificationItem item = open(itemId, VerificationStatus.Decision.ACCEPT);
        Instant now = Instant.now(clock);
        item.decide(VerificationStatus.Decision.ACCEPT, actor(), clean(reason), now);

        Submission submission = item.getSubmission();
        switch (item.getKind()) {
            case ARITHMETIC, INCIDENT -> submission.confirm(now);
            case UNVERIFIED_SENDER -> submission.flag(SubmissionFlag.UNVERIFIED_SENDER, false);
            case CONFLICT, OUT_OF_RANGE, PHOTO_MISMATCH, PHOTO_TO_READ -> {
                // The values stand as they are: only the item closes.
            }
        }
        recorder.refreshConflictFlags(related(item));

        record(AuditAction.VERIFICATION_ACCEPTED, item, "");
    }

    /**
     * Stores the data manager's values as a new version, on both submissions of a conflict.
     *
     * @param codedValues values written as an observer types them, e.g. "E335 F221"
     */
    public void correct(long itemId, String codedValues, String reason) {
        VerificationItem item = open(itemId, VerificationStatus.Decision.CORRECT);
        String decisionReason = clean(reason);
        if (decisionReason.isEmpty()) {
            throw new UserInputException("verification.error.reasonMissing");
        }
        Submission submission = item.getSubmission();
        Election election = em.find(Election.class, submission.getElectionId());
        FormDefinition form = formSets.of(election.getId()).formSet().form(submission.getFormCode())
                .orElseThrow(() -> new UserInputException("verification.error.formGone", submission.getFormCode()));
        CorrectionReader.Correction correction = CorrectionReader.read(form, codedValues);
        if (!correction.errors().isEmpty()) {
            SubmissionError error = correction.errors().get(0);
            String expected = error.expected().isEmpty() ? String.join(" ", form.questionsByCode().keySet())
                    : error.expected();
            throw new UserInputException("verification.error.values", clean(codedValues),
                    error.questionCode() + (error.value().isEmpty() ? "" : "=" + error.value()), expected);
        }

        Instant now = Instant.now(clock);
        String user = actor();
        item.decide(VerificationStatus.Decision.CORRECT, user, decisionReason, now);
        for (Submission corrected : related(item)) {
            recorder.recordCorrection(corrected, form, correction.answers(), user, decisionReason,
                    stationRegistered(election, corrected), now);
        }

        record(AuditAction.VERIFICATION_CORRECTED, item, String.join(" ", correction.answers().entrySet().stream()
                .map(answer -> answer.getKey() + answer.getValue()).toList()));
    }

    /** Sets the submission aside, or dismisses an out-of-range value that was never stored. */
    public void reject(long itemId, String reason) {
        VerificationItem item = open(itemId, VerificationStatus.Decision.REJECT);
        Instant now = Instant.now(clock);
        item.decide(VerificationStatus.Decision.REJECT, actor(), clean(reason), now);
        if (item.getKind() != VerificationKind.OUT_OF_RANGE) {
            recorder.reject(item.getSubmission(), now);
        }
        record(AuditAction.VERIFICATION_REJECTED, item, "");
    }

    private VerificationItem open(long itemId, VerificationStatus.Decision decision) {
        VerificationItem item = item(itemId);
        if (item.getStatus() != VerificationStatus.OPEN) {
            throw new UserInputException("verification.error.decided", Long.toString(itemId),
                    item.getStatus().name());
        }
        if (!item.getKind().allows(decision)) {
            throw new UserInputException("verification.error.notAllowed", Long.toString(itemId),
                    item.getKind().name(), decision.name());
        }
        return item;
    }

    private static List<Submission> related(VerificationItem item) {
        return item.getOtherSubmission() == null ? List.of(item.getSubmission())
                : List.of(item.getSubmission(), item.getOtherSubmission());
    }

    private Integer stationRegistered(Election election, Submission submission) {
        if (submission.getStationCode() == null) {
            return null;
        }
        OptionalInt registered = new SqlObserverDirectory(em.unwrap(Connection.class), election.getId(),
                election.getMapVersionId())
                .registeredVoters(submission.getStationCode());
        return registered.isPresent() ? registered.getAsInt() : null;
    }

    private void record(AuditAction action, VerificationItem item, String values) {
        Submission submission = item.getSubmission();
        String details = item.getKind() + " " + submission.getFormCode() + " of observer "
                + submission.getObserverCode() + Optional.ofNullable(submission.getStationCode())
                .map(station -> " at station " + station).orElse("")
                + (item.getQuestionCode() == null ? "" : ", question " + item.getQuestionCode())
                + (values.isEmpty() ? "" : ", values " + values)
                + (item.getReason() == null ? "" : ", reason: " + item.getReason());
        audit.record(item.getDecidedBy(), action, TARGET, Long.toString(item.getId()), details);
        LOG.info(() -> "Verification item " + item.getId() + " " + item.getStatus() + " by " + item.getDecidedBy()
                + ": " + details);
    }

    private static String clean(String text) {
        return text == null ? "" : text.strip();
    }

    private String actor() {
        return session.getCallerPrincipal().getName();
    }
}
