package ml.modele.observation.application.incident;

/** Review status of an incident on the situation room. */
public enum IncidentStatus {
    /** Not reviewed yet (nouveau). */
    NEW,
    /** Confirmed by the EVA or an analyst (vérifié). */
    VERIFIED,
    /** Found false or a duplicate (rejeté). */
    REJECTED,
    /** Passed on to the authorities (transmis). */
    FORWARDED
}
