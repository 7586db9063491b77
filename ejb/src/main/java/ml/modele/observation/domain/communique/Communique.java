package ml.modele.observation.domain.communique;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;

/**
 * One version of a statement of the mission (communiqué), with the rules of its workflow: a press
 * officer drafts it, the narrative is written, a second person approves it, and it is published.
 * A published version never changes; a correction is a new version that names the one it replaces.
 */
public final class Communique {

    private final Long id;
    private final long electionId;
    private final CommuniqueKind kind;
    private final int version;
    private final Long replacesId;
    private final String snapshotJson;
    private final Instant snapshotAt;
    private final String createdBy;
    private final Instant createdAt;
    private CommuniqueStatus status;
    private String findingsHtml;
    private String recommendationsHtml;
    private String editedBy;
    private Instant editedAt;
    private String approvedBy;
    private Instant approvedAt;
    private Instant embargoUntil;
    private String publishedBy;
    private Instant publishedAt;

    private Communique(Builder builder) {
        this.id = builder.id;
        this.electionId = builder.electionId;
        this.kind = Objects.requireNonNull(builder.kind, "kind");
        this.version = builder.version;
        this.replacesId = builder.replacesId;
        this.snapshotJson = Objects.requireNonNull(builder.snapshotJson, "snapshotJson");
        this.snapshotAt = Objects.requireNonNull(builder.snapshotAt, "snapshotAt");
        this.createdBy = Objects.requireNonNull(builder.createdBy, "createdBy");
        this.createdAt = Objects.requireNonNull(builder.createdAt, "createdAt");
        this.status = builder.status;
        this.findingsHtml = builder.findingsHtml;
        this.recommendationsHtml = builder.recommendationsHtml;
        this.editedBy = builder.editedBy;
        this.editedAt = builder.editedAt;
        this.approvedBy = builder.approvedBy;
        this.approvedAt = builder.approvedAt;
        this.embargoUntil = builder.embargoUntil;
        this.publishedBy = builder.publishedBy;
        this.publishedAt = builder.publishedAt;
    }

    /**
     * Starts a draft with figures frozen in {@code snapshotJson} at {@code snapshotAt}.
     *
     * @param replaces the published version this draft corrects, or null for a first version
     */
    public static Communique draft(long electionId, CommuniqueKind kind, int version, Communique replaces,
                                   String snapshotJson, Instant snapshotAt, String author, Instant now) {
        if (replaces != null && replaces.status != CommuniqueStatus.PUBLISHED) {
            throw new CommuniqueRuleException("communique.error.correctUnpublished", replaces.version);
        }
        Builder builder = new Builder();
        builder.electionId = electionId;
        builder.kind = kind;
        builder.version = version;
        builder.replacesId = replaces == null ? null : replaces.id;
        builder.snapshotJson = snapshotJson;
        builder.snapshotAt = snapshotAt;
        builder.createdBy = author;
        builder.createdAt = now;
        builder.status = CommuniqueStatus.DRAFT;
        builder.findingsHtml = replaces == null ? "" : replaces.findingsHtml;
        builder.recommendationsHtml = replaces == null ? "" : replaces.recommendationsHtml;
        return new Communique(builder);
    }

    /**
     * Replaces the narrative sections. Changing an approved text sends it back to draft, because
     * the approval covered the former text.
     *
     * @throws CommuniqueRuleException when the version is published
     */
    public void editNarrative(String findings, String recommendations, String editor, Instant now) {
        requireNotPublished();
        this.findingsHtml = SafeHtml.sanitise(findings);
        this.recommendationsHtml = SafeHtml.sanitise(recommendations);
        this.editedBy = editor;
        this.editedAt = now;
        if (status == CommuniqueStatus.APPROVED) {
            status = CommuniqueStatus.DRAFT;
            approvedBy = null;
            approvedAt = null;
        }
    }

    /**
     * Approves the draft for publication.
     *
     * @throws CommuniqueRuleException when the approver wrote the draft, or it is not a draft
     */
    public void approve(String approver, Instant now) {
        requireNotPublished();
        if (status != CommuniqueStatus.DRAFT) {
            throw new CommuniqueRuleException("communique.error.notDraft", version);
        }
        if (createdBy.equals(approver)) {
            throw new CommuniqueRuleException("communique.error.authorCannotApprove", approver, version);
        }
        status = CommuniqueStatus.APPROVED;
        approvedBy = approver;
        approvedAt = now;
    }

    /**
     * Sets the time before which the public list neither shows nor serves the published PDF; null
     * removes the embargo.
     *
     * @throws CommuniqueRuleException when the version is published
     */
    public void embargo(Instant until) {
        requireNotPublished();
        this.embargoUntil = until;
    }

    /**
     * Marks the approved version published.
     *
     * @throws CommuniqueRuleException when it is not approved
     */
    public void publish(String publisher, Instant now) {
        requireNotPublished();
        if (status != CommuniqueStatus.APPROVED) {
            throw new CommuniqueRuleException("communique.error.notApproved", version);
        }
        status = CommuniqueStatus.PUBLISHED;
        publishedBy = publisher;
        publishedAt = now;
    }

    /** Tells whether the public list shows and serves this version at {@code now}. */
    public boolean isPublicAt(Instant now) {
        return status == CommuniqueStatus.PUBLISHED && (embargoUntil == null || !now.isBefore(embargoUntil));
    }

    /**
     * Returns the SHA-256 (hexadecimal) of what the PDF prints from this version: kind, version,
     * frozen figures and narrative. The footer prints its first digits; unlike the PDF's own hash,
     * it can be printed inside the PDF.
     */
    public String contentHash() {
        String content = kind + "\n" + version + "\n" + snapshotJson + "\n" + findingsHtml + "\n"
                + recommendationsHtml;
        return sha256(content.getBytes(StandardCharsets.UTF_8));
    }

    /** Returns the SHA-256 of the bytes as 64 lowercase hexadecimal digits. */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }

    private void requireNotPublished() {
        if (status == CommuniqueStatus.PUBLISHED) {
            throw new CommuniqueRuleException("communique.error.published", version);
        }
    }

    /** Returns a copy that carries the id the database gave it. */
    public Communique withId(long newId) {
        Builder builder = toBuilder();
        builder.id = newId;
        return new Communique(builder);
    }

    private Builder toBuilder() {
        Builder builder = new Builder();
        builder.id = id;
        builder.electionId = electionId;
        builder.kind = kind;
        builder.version = version;
        builder.replacesId = replacesId;
        builder.snapshotJson = snapshotJson;
        builder.snapshotAt = snapshotAt;
        builder.createdBy = createdBy;
        builder.createdAt = createdAt;
        builder.status = status;
        builder.findingsHtml = findingsHtml;
        builder.recommendationsHtml = recommendationsHtml;
        builder.editedBy = editedBy;
        builder.editedAt = editedAt;
        builder.approvedBy = approvedBy;
        builder.approvedAt = approvedAt;
        builder.embargoUntil = embargoUntil;
        builder.publishedBy = publishedBy;
        builder.publishedAt = publishedAt;
        return builder;
    }

    public Long id() {
        return id;
    }

    public long electionId() {
        return electionId;
    }

    public CommuniqueKind kind() {
        return kind;
    }

    public int version() {
        return version;
    }

    public Long replacesId() {
        return replacesId;
    }

    public CommuniqueStatus status() {
        return status;
    }

    public String snapshotJson() {
        return snapshotJson;
    }

    public Instant snapshotAt() {
        return snapshotAt;
    }

    public String findingsHtml() {
        return findingsHtml;
    }

    public String recommendationsHtml() {
        return recommendationsHtml;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String editedBy() {
        return editedBy;
    }

    public Instant editedAt() {
        return editedAt;
    }

    public String approvedBy() {
        return approvedBy;
    }

    public Instant approvedAt() {
        return approvedAt;
    }

    public Instant embargoUntil() {
        return embargoUntil;
    }

    public String publishedBy() {
        return publishedBy;
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    /** Fields of a communiqué read back from storage. */
    public static final class Builder {
        public Long id;
        public long electionId;
        public CommuniqueKind kind;
        public int version;
        public Long replacesId;
        public String snapshotJson;
        public Instant snapshotAt;
        public String createdBy;
        public Instant createdAt;
        public CommuniqueStatus status;
        public String findingsHtml = "";
        public String recommendationsHtml = "";
        public String editedBy;
        public Instant editedAt;
        public String approvedBy;
        public Instant approvedAt;
        public Instant embargoUntil;
        public String publishedBy;
        public Instant publishedAt;

        /** Returns the communiqué with these fields, as stored. */
        public Communique build() {
            return new Communique(this);
        }
    }
}
