package ml.modele.observation.domain.submission;

import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import ml.modele.observation.domain.form.FormDefinition;
import ml.modele.observation.domain.form.FormKind;

/**
 * Stored submission (soumission) of one form by one observer: a checklist or a result sheet of a
 * polling station, updated by each message, or one incident or periodic report. Its current
 * values are the fields; each change adds a version that names its channel, author and message.
 */
@Entity
@Table(name = "submission")
@NamedQuery(name = Submission.BY_RECORD_KEY, query = "SELECT s FROM Submission s WHERE s.recordKey = :key")
@NamedQuery(name = Submission.AT_STATION, query = "SELECT s FROM Submission s WHERE s.electionId = :election"
        + " AND s.formCode = :form AND s.stationCode = :station AND s.status = :status ORDER BY s.id")
@NamedQuery(name = Submission.OF_OBSERVER, query = "SELECT s FROM Submission s WHERE s.electionId = :election"
        + " AND s.observerId = :observer ORDER BY s.id")
public class Submission implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String BY_RECORD_KEY = "Submission.byRecordKey";
    public static final String AT_STATION = "Submission.atStation";
    public static final String OF_OBSERVER = "Submission.ofObserver";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "election_id", nullable = false)
    private Long electionId;

    @Column(name = "form_code", nullable = false, length = 4)
    private String formCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "form_kind", nullable = false, length = 16)
    private FormKind formKind;

    @Column(name = "observer_id", nullable = false)
    private Long observerId;

    @Column(name = "observer_code", nullable = false, length = 6)
    private String observerCode;

    @Column(name = "station_code", length = 40)
    private String stationCode;

    @Column(name = "record_key", length = 100)
    private String recordKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private SubmissionStatus status = SubmissionStatus.ACTIVE;

    @Column(nullable = false, length = 200)
    private String flags = "";

    @Column(nullable = false)
    private boolean counted;

    @Column
    private String comment;

    @Column(name = "current_version", nullable = false)
    private int currentVersion;

    @Column(name = "confirmed_version")
    private Integer confirmedVersion;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    @OneToMany(mappedBy = "submission", cascade = CascadeType.ALL)
    @OrderBy("questionCode")
    private List<SubmissionField> fields = new ArrayList<>();

    @OneToMany(mappedBy = "submission", cascade = CascadeType.ALL)
    @OrderBy("number")
    private List<SubmissionVersion> versions = new ArrayList<>();

    protected Submission() {
    }

    /**
     * Starts a submission without values; {@link #addVersion} fills it.
     *
     * @param stationCode station the observer covers, or null when not deployed to a station
     */
    public Submission(long electionId, FormDefinition form, long observerId, String observerCode, String stationCode,
                      Instant now) {
        this.electionId = electionId;
        this.formCode = form.code();
        this.formKind = form.kind();
        this.observerId = observerId;
        this.observerCode = observerCode;
        this.stationCode = stationCode == null || stationCode.isEmpty() ? null : stationCode;
        this.recordKey = recordKey(electionId, form, observerCode, this.stationCode).orElse(null);
        this.createdAt = now;
        this.updatedAt = now;
    }

    /**
     * Returns the key that makes a checklist or results record unique: one per election, form,
     * observer and station. Incidents and periodic reports have none, so each message makes a new
     * record.
     */
    public static Optional<String> recordKey(long electionId, FormDefinition form, String observerCode,
                                             String stationCode) {
        if (form.kind() != FormKind.CHECKLIST && form.kind() != FormKind.RESULTS) {
            return Optional.empty();
        }
        String station = stationCode == null || stationCode.isEmpty() ? "-" : stationCode;
        return Optional.of(electionId + ":" + form.code() + ":" + observerCode + ":" + station);
    }

    /**
     * Adds a version that sets the given values, replacing earlier values of the same questions.
     *
     * @param answers question code to value in normal form, in message order
     * @param comment free comment of the message, or empty to keep the current one
     */
    public SubmissionVersion addVersion(Channel channel, String author, Long inboundId, Map<String, String> answers,
                                        String comment, String reason, Instant now) {
        currentVersion++;
        SubmissionVersion added = new SubmissionVersion(this, currentVersion, channel, author, inboundId,
                compact(answers), comment, reason, now);
        versions.add(added);
        for (Map.Entry<String, String> answer : answers.entrySet()) {
            Optional<SubmissionField> field = field(answer.getKey());
            if (field.isPresent()) {
                field.get().replace(answer.getValue(), added);
            } else {
                fields.add(new SubmissionField(this, answer.getKey(), answer.getValue(), added));
            }
        }
        if (comment != null && !comment.isEmpty()) {
            this.comment = comment;
        }
        this.updatedAt = now;
        return added;
    }

    /** Returns the current values by question code. */
    public Map<String, String> values() {
        Map<String, String> values = new LinkedHashMap<>();
        for (SubmissionField field : fields) {
            values.put(field.getQuestionCode(), field.getValue());
        }
        return values;
    }

    /** Returns the field of a question, if answered. */
    public Optional<SubmissionField> field(String questionCode) {
        return fields.stream().filter(field -> field.getQuestionCode().equals(questionCode)).findFirst();
    }

    /** Returns the flags currently set. */
    public Set<SubmissionFlag> flagSet() {
        Set<SubmissionFlag> set = EnumSet.noneOf(SubmissionFlag.class);
        for (String name : flags.split(" ")) {
            if (!name.isEmpty()) {
                set.add(SubmissionFlag.valueOf(name));
            }
        }
        return set;
    }

    /** Sets or clears a flag. */
    public void flag(SubmissionFlag flag, boolean set) {
        Set<SubmissionFlag> current = flagSet();
        if (set) {
            current.add(flag);
        } else {
            current.remove(flag);
        }
        List<String> names = new ArrayList<>();
        current.forEach(value -> names.add(value.name()));
        this.flags = String.join(" ", names);
    }

    /** Returns true when a flag is set. */
    public boolean flagged(SubmissionFlag flag) {
        return flagSet().contains(flag);
    }

    /** Marks the current version as checked by the EVA: its remaining flags no longer stop it. */
    public void confirm(Instant now) {
        this.confirmedVersion = currentVersion;
        this.updatedAt = now;
    }

    /** Sets the submission aside after the EVA rejected it; it is never counted again. */
    public void reject(Instant now) {
        this.status = SubmissionStatus.REJECTED;
        this.counted = false;
        this.updatedAt = now;
    }

    /**
     * Decides whether a result sheet enters the tabulation: active, complete, with its arithmetic
     * right, from a verified number and without conflict, unless the EVA confirmed this very
     * version. Other forms are never counted.
     */
    public void updateCounted() {
        if (formKind != FormKind.RESULTS || status != SubmissionStatus.ACTIVE) {
            counted = false;
            return;
        }
        boolean confirmed = confirmedVersion != null && confirmedVersion == currentVersion;
        boolean clean = !flagged(SubmissionFlag.INCOMPLETE) && !flagged(SubmissionFlag.ARITHMETIC_FAILED)
                && !flagged(SubmissionFlag.UNVERIFIED_SENDER) && !flagged(SubmissionFlag.CONFLICT);
        counted = clean || (confirmed && !flagged(SubmissionFlag.INCOMPLETE) && !flagged(SubmissionFlag.CONFLICT));
    }

    private static String compact(Map<String, String> answers) {
        StringBuilder text = new StringBuilder();
        for (Map.Entry<String, String> answer : answers.entrySet()) {
            if (!text.isEmpty()) {
                text.append(' ');
            }
            text.append(answer.getKey()).append(answer.getValue());
        }
        return text.length() <= SubmissionVersion.MAX_ANSWERS ? text.toString()
                : text.substring(0, SubmissionVersion.MAX_ANSWERS);
    }

    public Long getId() {
        return id;
    }

    public Long getElectionId() {
        return electionId;
    }

    public String getFormCode() {
        return formCode;
    }

    public FormKind getFormKind() {
        return formKind;
    }

    public Long getObserverId() {
        return observerId;
    }

    public String getObserverCode() {
        return observerCode;
    }

    public String getStationCode() {
        return stationCode;
    }

    public SubmissionStatus getStatus() {
        return status;
    }

    public String getFlags() {
        return flags;
    }

    public boolean isCounted() {
        return counted;
    }

    public String getComment() {
        return comment;
    }

    public int getCurrentVersion() {
        return currentVersion;
    }

    public Integer getConfirmedVersion() {
        return confirmedVersion;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public List<SubmissionField> getFields() {
        return fields;
    }

    public List<SubmissionVersion> getVersions() {
        return versions;
    }
}
