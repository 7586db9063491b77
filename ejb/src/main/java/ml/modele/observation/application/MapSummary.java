package ml.modele.observation.application;

/**
 * Counts of one map version: units per level, and the current (not retired) centres and stations.
 *
 * @param generatedStations current stations of the generated demonstration frame
 */
public record MapSummary(long mapVersion, long regions, long cercles, long communes, long centres, long stations,
                         long registeredVoters, long generatedStations) {

    /** Checks whether the stations shown are invented ones from the demonstration generator. */
    public boolean generated() {
        return generatedStations > 0;
    }
}
