package ml.modele.observation.domain.submission;

import java.io.Serializable;
import java.time.Instant;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** File attached to a submission, such as the photo of a result sheet, with its SHA-256. */
@Entity
@Table(name = "submission_attachment")
@NamedQuery(name = SubmissionAttachment.OF_SUBMISSION, query = "SELECT a FROM SubmissionAttachment a"
        + " WHERE a.submission.id = :submission ORDER BY a.id")
public class SubmissionAttachment implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String OF_SUBMISSION = "SubmissionAttachment.ofSubmission";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "submission_id")
    private Submission submission;

    @Column(name = "file_name", nullable = false, length = 255)
    private String fileName;

    @Column(name = "media_type", nullable = false, length = 100)
    private String mediaType;

    @Column(name = "size_bytes", nullable = false)
    private int sizeBytes;

    @Column(nullable = false, length = 64)
    private String sha256;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private byte[] content;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 64)
    private String createdBy;

    @Column(name = "observer_id")
    private Long observerId;

    @Column(name = "station_code", length = 40)
    private String stationCode;

    protected SubmissionAttachment() {
    }

    public SubmissionAttachment(Submission submission, String fileName, ImageType type, byte[] content,
                                String sha256, String user, Instant now) {
        this(submission, fileName, type.mediaType(), content, sha256, user, now);
    }

    /** Creates an attachment of a periodic report; {@code type} was read from the content. */
    public SubmissionAttachment(Submission submission, String fileName, AttachmentType type, byte[] content,
                                String sha256, String user, Instant now) {
        this(submission, fileName, type.mediaType(), content, sha256, user, now);
    }

    private SubmissionAttachment(Submission submission, String fileName, String mediaType, byte[] content,
                                 String sha256, String user, Instant now) {
        this.submission = submission;
        this.fileName = fileName.length() <= 255 ? fileName : fileName.substring(0, 255);
        this.mediaType = mediaType;
        this.sizeBytes = content.length;
        this.sha256 = sha256;
        this.content = content;
        this.createdBy = user;
        this.createdAt = now;
    }

    /** Records that the observer sent the photo from the web form, at the station of their deployment. */
    public void sentByObserver(long uploaderId, String uploaderStation) {
        this.observerId = uploaderId;
        this.stationCode = uploaderStation == null || uploaderStation.isEmpty() ? null : uploaderStation;
    }

    public Long getId() {
        return id;
    }

    public Submission getSubmission() {
        return submission;
    }

    public String getFileName() {
        return fileName;
    }

    public String getMediaType() {
        return mediaType;
    }

    public int getSizeBytes() {
        return sizeBytes;
    }

    public String getSha256() {
        return sha256;
    }

    public byte[] getContent() {
        return content;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    /** Returns the observer who sent the photo from the web form, or null for a photo the EVA attached. */
    public Long getObserverId() {
        return observerId;
    }

    public String getStationCode() {
        return stationCode;
    }
}
