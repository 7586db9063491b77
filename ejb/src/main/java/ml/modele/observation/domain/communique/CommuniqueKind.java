package ml.modele.observation.domain.communique;

/** Kind of statement the mission publishes; each has its own template. */
public enum CommuniqueKind {
    /** Preliminary statement (déclaration préliminaire): the whole observation of election day. */
    PRELIMINARY_STATEMENT,
    /** PVT results statement (déclaration sur les résultats du PVT): the estimates alone. */
    PVT_RESULTS,
    /**
     * Weekly report of the citizen watch cell (rapport hebdomadaire de la cellule de veille
     * citoyenne) for one week, printed with the weekly report's own template.
     */
    WEEKLY_REPORT;

    /** Tells whether a draft of this kind needs the period it covers. */
    public boolean needsPeriod() {
        return this == WEEKLY_REPORT;
    }
}
