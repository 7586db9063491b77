package ml.modele.observation.domain.submission;

import java.util.EnumSet;
import java.util.Set;

/** Reason why a submission waits in the EVA's verification queue, and what the EVA may do with it. */
public enum VerificationKind {
    /** The figures of a result sheet do not add up; the sheet is not counted until settled. */
    ARITHMETIC(EnumSet.allOf(VerificationStatus.Decision.class)),
    /** Two observers at the same station sent different values for one question. */
    CONFLICT(EnumSet.of(VerificationStatus.Decision.ACCEPT, VerificationStatus.Decision.CORRECT)),
    /** The message came from a number that is not one of the observer's phones. */
    UNVERIFIED_SENDER(EnumSet.allOf(VerificationStatus.Decision.class)),
    /** An answer was outside its range or choices, so it was not stored. */
    OUT_OF_RANGE(EnumSet.of(VerificationStatus.Decision.CORRECT, VerificationStatus.Decision.REJECT)),
    /** A critical incident, to confirm with the observer. */
    INCIDENT(EnumSet.allOf(VerificationStatus.Decision.class)),
    /** The figures the EVA read on the photo of the result sheet differ from the stored ones. */
    PHOTO_MISMATCH(EnumSet.allOf(VerificationStatus.Decision.class)),
    /**
     * An observer sent a photo of the result sheet from the web form, for the EVA to read. Entering
     * the figures read on it settles the item; accepting closes it without them. Rejecting is not
     * offered, because it would set the observer's sheet aside for a photo problem.
     */
    PHOTO_TO_READ(EnumSet.of(VerificationStatus.Decision.ACCEPT));

    private final Set<VerificationStatus.Decision> decisions;

    VerificationKind(Set<VerificationStatus.Decision> decisions) {
        this.decisions = decisions;
    }

    /**
     * Returns true when the EVA may take this decision. A conflict cannot be rejected, because
     * rejecting one observer's value would let the other win without a check. An out-of-range
     * value was never stored, so there is nothing to accept.
     */
    public boolean allows(VerificationStatus.Decision decision) {
        return decisions.contains(decision);
    }
}
