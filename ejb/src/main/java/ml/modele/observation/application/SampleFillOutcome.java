package ml.modele.observation.application;

import java.util.List;

/**
 * Outcome of deploying one OCT to each sampled station of a sealed PVT sample.
 *
 * @param sampledStations stations in the sample
 * @param alreadyCovered  sampled stations that had an observer before
 * @param deployed        observers deployed now, by station
 * @param unfilled        sampled stations still without an observer, with the reason
 */
public record SampleFillOutcome(int sampledStations, int alreadyCovered, List<Deployed> deployed,
                                List<Unfilled> unfilled) {

    /** Reason a sampled station is still without an observer. */
    public enum Reason {
        /** The map marks the station inaccessible or retired, so no observer is sent there. */
        INACCESSIBLE,
        /** No unassigned OCT lives in the station's région. */
        NO_OBSERVER_IN_REGION
    }

    /** An OCT deployed to a sampled station, and how near their home commune is (COMMUNE, CERCLE or REGION). */
    public record Deployed(String stationCode, String observerCode, String proximity) {
    }

    /** A sampled station left without an observer. */
    public record Unfilled(String stationCode, String communeCode, Reason reason) {
    }
}
