package ml.modele.observation.domain.observer;

/** Status of an observer in the registry: candidat, actif or retiré. */
public enum ObserverStatus {
    CANDIDATE,
    ACTIVE,
    RETIRED
}
