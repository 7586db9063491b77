package ml.modele.observation.domain.geography;

/** Security situation of a polling station as the mission assesses it during the electoral cycle. */
public enum SecurityStatus {
    ACCESSIBLE,
    /** Observers can go there, with precautions (zone à risque). */
    AT_RISK,
    /** No observer is sent there. */
    INACCESSIBLE
}
