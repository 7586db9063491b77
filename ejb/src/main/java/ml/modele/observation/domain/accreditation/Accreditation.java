package ml.modele.observation.domain.accreditation;

import java.io.Serializable;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import ml.modele.observation.domain.observer.Observer;

/**
 * Accreditation file (dossier d'accréditation) of an observer for one election. It moves one
 * step at a time through {@link AccreditationStep}: each method checks that the file is at the
 * step required first and throws {@link StepRejectedException} without changing anything when it
 * is not, so no step can be skipped or taken twice.
 */
@Entity
@Table(name = "accreditation")
@NamedQuery(name = Accreditation.OF_OBSERVER, query = "SELECT a FROM Accreditation a"
        + " WHERE a.electionId = :election AND a.observer.id = :observer")
@NamedQuery(name = Accreditation.BY_VERIFICATION_CODE, query = "SELECT a FROM Accreditation a"
        + " JOIN FETCH a.observer WHERE a.verificationCode = :code")
@NamedQuery(name = Accreditation.BY_BADGE, query = "SELECT a FROM Accreditation a"
        + " WHERE a.electionId = :election AND a.badgeNumber = :badge")
public class Accreditation implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String OF_OBSERVER = "Accreditation.ofObserver";
    public static final String BY_VERIFICATION_CODE = "Accreditation.byVerificationCode";
    public static final String BY_BADGE = "Accreditation.byBadge";

    static final int MAX_BADGE = 40;
    static final int MAX_REASON = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "election_id", nullable = false)
    private Long electionId;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "observer_id")
    private Observer observer;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private AccreditationStep step;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "training_session_id")
    private TrainingSession trainingSession;

    @Column(name = "trained_at")
    private Instant trainedAt;

    @Column(name = "code_signed_at")
    private Instant codeSignedAt;

    @Column(name = "requested_at")
    private Instant requestedAt;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "badge_number", length = MAX_BADGE)
    private String badgeNumber;

    @Column(name = "refusal_reason", length = MAX_REASON)
    private String refusalReason;

    @Column(name = "verification_code", length = VerificationCodes.LENGTH)
    private String verificationCode;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false, length = 64)
    private String updatedBy;

    @Version
    private long version;

    protected Accreditation() {
    }

    /** Opens the file of a candidate. */
    public Accreditation(long electionId, Observer observer, Instant now, String actor) {
        this.electionId = electionId;
        this.observer = observer;
        this.step = AccreditationStep.CANDIDATE;
        this.updatedAt = now;
        this.updatedBy = actor;
    }

    /** Records the training session the observer attended (formé). */
    public void markTrained(TrainingSession session, Instant now, String actor) {
        require(AccreditationStep.TRAINED);
        this.trainingSession = session;
        this.trainedAt = now;
        moveTo(AccreditationStep.TRAINED, now, actor);
    }

    /** Records that the observer signed the code of conduct. */
    public void signCodeOfConduct(Instant now, String actor) {
        require(AccreditationStep.CODE_SIGNED);
        this.codeSignedAt = now;
        moveTo(AccreditationStep.CODE_SIGNED, now, actor);
    }

    /** Records that the request was sent to the AIGE. */
    public void request(Instant now, String actor) {
        require(AccreditationStep.REQUESTED);
        this.requestedAt = now;
        moveTo(AccreditationStep.REQUESTED, now, actor);
    }

    /**
     * Records the badge number the authority issued, and draws the badge's verification code.
     *
     * @param badgeNumber stripped, non-blank, at most {@value #MAX_BADGE} characters
     */
    public void accredit(String badgeNumber, String newVerificationCode, Instant now, String actor) {
        require(AccreditationStep.ACCREDITED);
        this.badgeNumber = badgeNumber;
        this.verificationCode = newVerificationCode;
        this.decidedAt = now;
        moveTo(AccreditationStep.ACCREDITED, now, actor);
    }

    /** Records the authority's refusal with its reason, stripped and non-blank. */
    public void refuse(String reason, Instant now, String actor) {
        require(AccreditationStep.REFUSED);
        this.refusalReason = reason.length() <= MAX_REASON ? reason : reason.substring(0, MAX_REASON);
        this.decidedAt = now;
        moveTo(AccreditationStep.REFUSED, now, actor);
    }

    /**
     * Checks that the file may take a step now.
     *
     * @throws StepRejectedException naming the observer, the current step and the step required first
     */
    public void require(AccreditationStep target) {
        AccreditationStep required = target.required().orElseThrow();
        if (step == required) {
            return;
        }
        String code = observer.getCode();
        String name = observer.getFirstName() + " " + observer.getLastName();
        if (step.isFinal()) {
            throw new StepRejectedException("accreditation.error.closed", code, name, step, target);
        }
        if (step.ordinal() >= target.ordinal()) {
            throw new StepRejectedException("accreditation.error.alreadyTaken", code, name, step, target);
        }
        throw new StepRejectedException("accreditation.error.skipped", code, name, step, required, target);
    }

    private void moveTo(AccreditationStep next, Instant now, String actor) {
        this.step = next;
        this.updatedAt = now;
        this.updatedBy = actor;
    }

    public Long getId() {
        return id;
    }

    public Long getElectionId() {
        return electionId;
    }

    public Observer getObserver() {
        return observer;
    }

    public AccreditationStep getStep() {
        return step;
    }

    public TrainingSession getTrainingSession() {
        return trainingSession;
    }

    public Instant getTrainedAt() {
        return trainedAt;
    }

    public Instant getCodeSignedAt() {
        return codeSignedAt;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getBadgeNumber() {
        return badgeNumber;
    }

    public String getRefusalReason() {
        return refusalReason;
    }

    /** Returns the code in the badge's QR code; only accredited files have one. */
    public String getVerificationCode() {
        return verificationCode;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }
}
