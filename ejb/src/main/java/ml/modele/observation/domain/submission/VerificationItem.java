package ml.modele.observation.domain.submission;

import java.io.Serializable;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * Item of the EVA's verification queue: a submission (and, for a conflict, a second one) that
 * waits for a data manager to accept, correct or reject it.
 */
@Entity
@Table(name = "verification_item")
@NamedQuery(name = VerificationItem.QUEUE, query = "SELECT v FROM VerificationItem v JOIN FETCH v.submission"
        + " WHERE v.electionId = :election AND v.status = :status ORDER BY v.createdAt, v.id")
@NamedQuery(name = VerificationItem.OPEN_OF_SUBMISSION, query = "SELECT v FROM VerificationItem v"
        + " WHERE v.status = ml.modele.observation.domain.submission.VerificationStatus.OPEN"
        + " AND (v.submission.id = :submission OR v.otherSubmission.id = :submission)")
@NamedQuery(name = VerificationItem.COUNT_OPEN, query = "SELECT v.kind, COUNT(v) FROM VerificationItem v"
        + " WHERE v.electionId = :election"
        + " AND v.status = ml.modele.observation.domain.submission.VerificationStatus.OPEN GROUP BY v.kind")
public class VerificationItem implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String QUEUE = "VerificationItem.queue";
    public static final String OPEN_OF_SUBMISSION = "VerificationItem.openOfSubmission";
    public static final String COUNT_OPEN = "VerificationItem.countOpen";

    private static final int MAX_VALUE = 200;
    private static final int MAX_REASON = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "election_id", nullable = false)
    private Long electionId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private VerificationKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private VerificationStatus status = VerificationStatus.OPEN;

    @ManyToOne(optional = false)
    @JoinColumn(name = "submission_id")
    private Submission submission;

    @ManyToOne
    @JoinColumn(name = "other_submission_id")
    private Submission otherSubmission;

    @Column(name = "inbound_id")
    private Long inboundId;

    @Column(name = "station_code", length = 40)
    private String stationCode;

    @Column(name = "question_code", length = 40)
    private String questionCode;

    @Column(length = MAX_VALUE)
    private String value;

    @Column(name = "other_value", length = MAX_VALUE)
    private String otherValue;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decided_by", length = 64)
    private String decidedBy;

    @Column(length = MAX_REASON)
    private String reason;

    @Version
    private long version;

    protected VerificationItem() {
    }

    /**
     * Opens an item.
     *
     * @param questionCode question concerned, or null for the whole submission
     * @param value        the value in question, or a short description such as "E+F=290"
     */
    public VerificationItem(VerificationKind kind, Submission submission, Long inboundId, String questionCode,
                            String value, Instant now) {
        this.electionId = submission.getElectionId();
        this.kind = kind;
        this.submission = submission;
        this.inboundId = inboundId;
        this.stationCode = submission.getStationCode();
        this.questionCode = questionCode;
        this.value = cut(value, MAX_VALUE);
        this.createdAt = now;
    }

    /** Opens a conflict between two observers' values of one question at the same station. */
    public static VerificationItem conflict(Submission submission, Submission other, String questionCode,
                                            Long inboundId, Instant now) {
        VerificationItem item = new VerificationItem(VerificationKind.CONFLICT, submission, inboundId, questionCode,
                submission.values().get(questionCode), now);
        item.otherSubmission = other;
        item.otherValue = cut(other.values().get(questionCode), MAX_VALUE);
        return item;
    }

    /** Returns true when the item is a conflict between these two submissions, in either order. */
    public boolean isConflictBetween(Submission first, Submission second, String code) {
        if (kind != VerificationKind.CONFLICT || !code.equals(questionCode) || otherSubmission == null) {
            return false;
        }
        long a = submission.getId();
        long b = otherSubmission.getId();
        return (a == first.getId() && b == second.getId()) || (a == second.getId() && b == first.getId());
    }

    /** Records the EVA's decision. */
    public void decide(VerificationStatus.Decision decision, String user, String decisionReason, Instant now) {
        if (status != VerificationStatus.OPEN) {
            throw new IllegalStateException("verification item " + id + " is already " + status);
        }
        this.status = decision.outcome();
        this.decidedBy = user;
        this.reason = decisionReason == null || decisionReason.isBlank() ? null : cut(decisionReason, MAX_REASON);
        this.decidedAt = now;
    }

    /** Closes the item because a later message settled it. */
    public void supersede(Instant now) {
        this.status = VerificationStatus.SUPERSEDED;
        this.decidedAt = now;
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    public Long getId() {
        return id;
    }

    public Long getElectionId() {
        return electionId;
    }

    public VerificationKind getKind() {
        return kind;
    }

    public VerificationStatus getStatus() {
        return status;
    }

    public Submission getSubmission() {
        return submission;
    }

    public Submission getOtherSubmission() {
        return otherSubmission;
    }

    public Long getInboundId() {
        return inboundId;
    }

    public String getStationCode() {
        return stationCode;
    }

    public String getQuestionCode() {
        return questionCode;
    }

    public String getValue() {
        return value;
    }

    public String getOtherValue() {
        return otherValue;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public String getReason() {
        return reason;
    }

    public long getVersion() {
        return version;
    }
}
