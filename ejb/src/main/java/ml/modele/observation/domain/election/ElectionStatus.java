package ml.modele.observation.domain.election;

/** Stage of an election in the mission's work: préparation, en cours, clos. A closed election is read-only. */
public enum ElectionStatus {
    PREPARATION,
    ONGOING,
    CLOSED
}
