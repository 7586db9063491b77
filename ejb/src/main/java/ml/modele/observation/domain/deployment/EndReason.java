package ml.modele.observation.domain.deployment;

/** Why a deployment ended. */
public enum EndReason {
    /** The observer dropped out and another observer took the place. */
    REPLACED,
    /** The observer was withdrawn with nobody named to replace them yet. */
    WITHDRAWN,
    /** The observer was moved to another place or to the reserve pool. */
    REASSIGNED,
    /** The observer left the reserve pool to replace someone. */
    LEFT_RESERVE
}
