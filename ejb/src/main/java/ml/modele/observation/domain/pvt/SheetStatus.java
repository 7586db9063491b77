package ml.modele.observation.domain.pvt;

/** Processing state of a result sheet. Only {@link #ACCEPTED} sheets enter the estimates. */
public enum SheetStatus {

    /** Complete, validated and not quarantined. */
    ACCEPTED,

    /** Some figures are missing. */
    INCOMPLETE,

    /** Rejected at validation. */
    INVALID,

    /** Held for review and not yet released. */
    QUARANTINED
}
