package ml.modele.observation.domain.pvt;

import java.util.List;
import java.util.Objects;

/**
 * Stratum as the estimator reads it: its size in the frame and the codes of its sampled
 * stations.
 *
 * @param key stratum key; strata are ordered by it when merging
 * @param region région of the stratum, used to prefer merges within a région
 * @param populationSize number of polling stations of the stratum in the frame (N_h)
 * @param sampledStationCodes codes of the stations sampled in the stratum
 */
public record StratumDesign(String key, String region, int populationSize, List<String> sampledStationCodes) {

    public StratumDesign {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(region, "region");
        sampledStationCodes = List.copyOf(sampledStationCodes);
        if (populationSize < sampledStationCodes.size()) {
            throw new IllegalArgumentException("Stratum " + key + " has " + sampledStationCodes.size()
                    + " sampled stations but only " + populationSize + " stations in the frame");
        }
    }
}
