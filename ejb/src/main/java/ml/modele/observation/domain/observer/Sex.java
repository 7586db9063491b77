package ml.modele.observation.domain.observer;

/** Sex of an observer as the recruitment form records it, for the mission's inclusion figures. */
public enum Sex {
    F,
    M
}
