package ml.modele.observation.domain.election;

/** Kind of vote (type de scrutin). */
public enum ElectionType {
    REFERENDUM,
    PRESIDENTIAL_ROUND_1,
    PRESIDENTIAL_ROUND_2,
    LEGISLATIVE,
    COMMUNAL
}
