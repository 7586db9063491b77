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
import jakarta.persistence.Table;

/**
 * One change of a submission: the values it set, its channel, its author (observer code or user
 * name) and the inbound SMS it came from, so that every stored figure traces to its message.
 */
@Entity
@Table(name = "submission_version")
public class SubmissionVersion implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Maximum length of {@code answers}; longer text is cut. */
    static final int MAX_ANSWERS = 2000;
    private static final int MAX_REASON = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "submission_id")
    private Submission submission;

    @Column(nullable = false)
    private int number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Channel channel;

    @Column(nullable = false, length = 64)
    private String author;

    @Column(name = "inbound_id")
    private Long inboundId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(nullable = false, length = MAX_ANSWERS)
    private String answers;

    @Column
    private String comment;

    @Column(length = MAX_REASON)
    private String reason;

    protected SubmissionVersion() {
    }

    SubmissionVersion(Submission submission, int number, Channel channel, String author, Long inboundId,
                      String answers, String comment, String reason, Instant now) {
        this.submission = submission;
        this.number = number;
        this.channel = channel;
        this.author = author;
        this.inboundId = inboundId;
        this.answers = answers;
        this.comment = comment == null || comment.isEmpty() ? null : comment;
        this.reason = reason == null ? null : reason.length() <= MAX_REASON ? reason : reason.substring(0, MAX_REASON);
        this.createdAt = now;
    }

    public Long getId() {
        return id;
    }

    public Submission getSubmission() {
        return submission;
    }

    public int getNumber() {
        return number;
    }

    public Channel getChannel() {
        return channel;
    }

    public String getAuthor() {
        return author;
    }

    public Long getInboundId() {
        return inboundId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getAnswers() {
        return answers;
    }

    public String getComment() {
        return comment;
    }

    public String getReason() {
        return reason;
    }
}
