package ml.modele.observation.application;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import ml.modele.observation.domain.form.FormDefinition;
import ml.modele.observation.domain.form.FormKind;
import ml.modele.observation.domain.form.Question;
import ml.modele.observation.domain.submission.Answer;
import ml.modele.observation.domain.submission.Channel;
import ml.modele.observation.domain.submission.ParsedSubmission;
import ml.modele.observation.domain.submission.SheetArithmetic;
import ml.modele.observation.domain.submission.Submission;
import ml.modele.observation.domain.submission.SubmissionError;
import ml.modele.observation.domain.submission.SubmissionFlag;
import ml.modele.observation.domain.submission.SubmissionStatus;
import ml.modele.observation.domain.submission.VerificationItem;
import ml.modele.observation.domain.submission.VerificationKind;
import ml.modele.observation.domain.submission.VerificationStatus;

/**
 * Stores submissions. Each accepted message or correction becomes a new version. Then the
 * record's flags, its verification items, its conflicts with other observers at the same station
 * and, for a result sheet, whether it is counted are brought up to date. It runs in the caller's
 * transaction, so a message and everything it changed are stored together or not at all.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class SubmissionRecorder {

    private static final Logger LOG = Logger.getLogger(SubmissionRecorder.class.getName());

    @PersistenceContext(unitName = "observation")
    private EntityManager em;

    /**
     * Stores the valid answers of an accepted message as a new version of the observer's record.
     *
     * @param observerId        database id of the observer the message names
     * @param stationCode       station where the observer is deployed, empty when none
     * @param stationRegistered registered voters of that station, or null when unknown
     */
    public Submission recordMessage(long electionId, ParsedSubmission parsed, long observerId, String stationCode,
                                    Integer stationRegistered, Channel channel, Long inboundId, Instant now) {
        FormDefinition form = parsed.form().orElseThrow();
        String observerCode = parsed.observer().orElseThrow().code().digits();
        Submission submission = findOrCreate(electionId, form, observerId, observerCode, stationCode, now);

        Map<String, String> answers = new LinkedHashMap<>();
        for (Answer answer : parsed.answers()) {
            answers.put(answer.code(), answer.value());
        }
        submission.addVersion(channel, observerCode, inboundId, answers, parsed.comment(), null, now);
        submission.flag(SubmissionFlag.TEXT_WITHOUT_AT, parsed.flagged(SubmissionFlag.TEXT_WITHOUT_AT));
        if (parsed.flagged(SubmissionFlag.UNVERIFIED_SENDER)) {
            submission.flag(SubmissionFlag.UNVERIFIED_SENDER, true);
            openOnce(submission, VerificationKind.UNVERIFIED_SENDER, inboundId, null, parsed.sender(), now);
        }
        for (SubmissionError error : parsed.errors()) {
            if (error.type() == SubmissionError.Type.OUT_OF_RANGE || error.type() == SubmissionError.Type.INVALID_CHOICE) {
                em.persist(new VerificationItem(VerificationKind.OUT_OF_RANGE, submission, inboundId,
                        error.questionCode(), error.value(), now));
            }
        }
        if (form.kind() == FormKind.INCIDENT) {
            em.persist(new VerificationItem(VerificationKind.INCIDENT, submission, inboundId, null,
                    String.join(" ", answers.keySet().stream().map(code -> code + answers.get(code)).toList()), now));
        }
        supersedeAnswered(submission, answers.keySet(), now);

        afterChange(submission, form, stationRegistered, answers.keySet(), inboundId, now);
        return submission;
    }

    /**
     * Stores an EVA correction as a new version; the correction also clears the unverified-sender
     * mark, since the data manager checked the values.
     */
    public void recordCorrection(Submission submission, FormDefinition form, Map<String, String> answers,
                                 String user, String reason, Integer stationRegistered, Instant now) {
        submission.addVersion(Channel.EVA_CORRECTION, user, null, answers, "", reason, now);
        submission.flag(SubmissionFlag.UNVERIFIED_SENDER, false);
        supersedeAnswered(submission, answers.keySet(), now);
        afterChange(submission, form, stationRegistered, answers.keySet(), null, now);
    }

    /**
     * Brings flags, arithmetic items, conflicts and the counted mark up to date after a change of
     * values. Only the changed questions are compared with the other observers at the station,
     * so a difference that the EVA accepted is not raised again by a message about other questions.
     */
    private void afterChange(Submission submission, FormDefinition form, Integer stationRegistered,
                             Set<String> changedCodes, Long inboundId, Instant now) {
        submission.flag(SubmissionFlag.INCOMPLETE, !missingRequired(form, submission).isEmpty());
        if (form.kind() == FormKind.RESULTS) {
            checkArithmetic(submission, form, stationRegistered, inboundId, now);
        }
        List<Submission> touched = new ArrayList<>();
        touched.add(submission);
        if ((form.kind() == FormKind.CHECKLIST || form.kind() == FormKind.RESULTS)
                && submission.getStationCode() != null) {
            touched.addAll(compareWithStation(submission, changedCodes, inboundId, now));
        }
        refreshConflictFlags(touched);
    }

    /** Sets the conflict flag of each submission from its open conflicts, and whether it is counted. */
    public void refreshConflictFlags(List<Submission> submissions) {
        em.flush();
        for (Submission changed : submissions) {
            changed.flag(SubmissionFlag.CONFLICT, hasOpen(changed, VerificationKind.CONFLICT));
            changed.updateCounted();
        }
    }

    /**
     * Sets a submission aside after the EVA rejected it, closing its other open items so that
     * the observers it disagreed with are no longer held up by it.
     */
    public void reject(Submission submission, Instant now) {
        submission.reject(now);
        List<Submission> touched = new ArrayList<>();
        touched.add(submission);
        for (VerificationItem item : openItems(submission)) {
            item.supersede(now);
            if (item.getOtherSubmission() != null) {
                touched.add(item.getSubmission().getId().equals(submission.getId()) ? item.getOtherSubmission()
                        : item.getSubmission());
            }
        }
        refreshConflictFlags(touched);
    }

    private Submission findOrCreate(long electionId, FormDefinition form, long observerId, String observerCode,
                                    String stationCode, Instant now) {
        Optional<String> key = Submission.recordKey(electionId, form, observerCode, stationCode);
        if (key.isPresent()) {
            Optional<Submission> existing = em.createNamedQuery(Submission.BY_RECORD_KEY, Submission.class)
                    .setParameter("key", key.get())
                    .getResultStream()
                    .findFirst();
            if (existing.isPresent()) {
                return existing.get();
            }
        }
        // When the first two messages of one record are taken in at the same moment, the second
        // breaks the unique record key and its intake fails; the SMSC's redelivery then retries it.
        Submission created = new Submission(electionId, form, observerId, observerCode, stationCode, now);
        em.persist(created);
        em.flush();
        return created;
    }

    private static List<String> missingRequired(FormDefinition form, Submission submission) {
        Map<String, String> values = submission.values();
        List<String> missing = new ArrayList<>();
        for (Question question : form.questions()) {
            if (question.required() && question.type() != ml.modele.observation.domain.form.QuestionType.TEXT
                    && !values.containsKey(question.code())) {
                missing.add(question.code());
            }
        }
        return missing;
    }

    private void checkArithmetic(Submission submission, FormDefinition form, Integer stationRegistered,
                                 Long inboundId, Instant now) {
        List<Answer> figures = new ArrayList<>();
        submission.values().forEach((code, value) -> form.question(code)
                .ifPresent(question -> figures.add(new Answer(question, value))));
        List<SubmissionError> errors = new ArrayList<>();
        new SheetArithmetic(form, figures, stationRegistered).check(errors);
        boolean failed = !errors.isEmpty();
        boolean wasFailed = submission.flagged(SubmissionFlag.ARITHMETIC_FAILED);
        submission.flag(SubmissionFlag.ARITHMETIC_FAILED, failed);
        if (failed) {
            SubmissionError first = errors.get(0);
            String description = first.expected() + " " + first.questionCode() + "=" + first.value();
            if (wasFailed) {
                // The new figures are still wrong: the open item now describes them.
                supersede(submission, VerificationKind.ARITHMETIC, now);
            }
            em.persist(new VerificationItem(VerificationKind.ARITHMETIC, submission, inboundId, null, description,
                    now));
        } else {
            supersede(submission, VerificationKind.ARITHMETIC, now);
        }
    }

    /** Opens or settles conflicts with the other observers' records of the same form and station. */
    private List<Submission> compareWithStation(Submission submission, Set<String> changedCodes, Long inboundId,
                                                Instant now) {
        List<Submission> others = em.createNamedQuery(Submission.AT_STATION, Submission.class)
                .setParameter("election", submission.getElectionId())
                .setParameter("form", submission.getFormCode())
                .setParameter("station", submission.getStationCode())
                .setParameter("status", SubmissionStatus.ACTIVE)
                .getResultList()
                .stream()
                .filter(other -> !other.getObserverId().equals(submission.getObserverId()))
                .toList();
        if (others.isEmpty()) {
            return others;
        }
        List<VerificationItem> open = openItems(submission);
        Map<String, String> values = submission.values();
        for (Submission other : others) {
            Map<String, String> otherValues = other.values();
            for (Map.Entry<String, String> value : values.entrySet()) {
                String code = value.getKey();
                if (!changedCodes.contains(code)) {
                    continue;
                }
                String otherValue = otherValues.get(code);
                if (otherValue == null) {
                    continue;
                }
                Optional<VerificationItem> existing = open.stream()
                        .filter(item -> item.isConflictBetween(submission, other, code))
                        .findFirst();
                if (!otherValue.equals(value.getValue()) && existing.isEmpty()) {
                    VerificationItem conflict = VerificationItem.conflict(submission, other, code, inboundId, now);
                    em.persist(conflict);
                    open.add(conflict);
                    LOG.info(() -> "Conflict at station " + submission.getStationCode() + " on "
                            + submission.getFormCode() + " " + code + " between observers "
                            + submission.getObserverCode() + " and " + other.getObserverCode());
                } else if (otherValue.equals(value.getValue()) && existing.isPresent()) {
                    existing.get().supersede(now);
                }
            }
        }
        return others;
    }

    /** Closes the out-of-range items of questions that now have a value. */
    private void supersedeAnswered(Submission submission, Set<String> codes, Instant now) {
        for (VerificationItem item : openItems(submission)) {
            if (item.getKind() == VerificationKind.OUT_OF_RANGE && codes.contains(item.getQuestionCode())) {
                item.supersede(now);
            }
        }
    }

    private void openOnce(Submission submission, VerificationKind kind, Long inboundId, String questionCode,
                          String value, Instant now) {
        if (!hasOpen(submission, kind)) {
            em.persist(new VerificationItem(kind, submission, inboundId, questionCode, value, now));
        }
    }

    private void supersede(Submission submission, VerificationKind kind, Instant now) {
        for (VerificationItem item : openItems(submission)) {
            if (item.getKind() == kind && item.getSubmission().getId().equals(submission.getId())) {
                item.supersede(now);
            }
        }
    }

    private boolean hasOpen(Submission submission, VerificationKind kind) {
        return openItems(submission).stream().anyMatch(item -> item.getKind() == kind
                && item.getStatus() == VerificationStatus.OPEN);
    }

    private List<VerificationItem> openItems(Submission submission) {
        return new ArrayList<>(em.createNamedQuery(VerificationItem.OPEN_OF_SUBMISSION, VerificationItem.class)
                .setParameter("submission", submission.getId())
                .getResultList());
    }
}
