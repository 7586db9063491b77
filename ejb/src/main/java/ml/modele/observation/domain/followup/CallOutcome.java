package ml.modele.observation.domain.followup;

/** Outcome of a call to an observer who has not reported. */
public enum CallOutcome {
    /** The observer answered. */
    REACHED,
    /** The phone is off or out of coverage. */
    UNREACHABLE,
    /** The phone rang without answer. */
    NO_ANSWER
}
