package ml.modele.observation.domain.communique;

/** Kind of statement the mission publishes; each has its own template. */
public enum CommuniqueKind {
    /** Preliminary statement (déclaration préliminaire): the whole observation of election day. */
    PRELIMINARY_STATEMENT,
    /** PVT results statement (déclaration sur les résultats du PVT): the estimates alone. */
    PVT_RESULTS
}
