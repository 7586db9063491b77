package ml.modele.observation.domain.pvt;

import java.util.List;
import java.util.Objects;

/**
 * Draw in one stratum.
 *
 * @param key stratum key
 * @param region région of the stratum's stations
 * @param populationSize number of polling stations of the stratum in the frame (N_h)
 * @param proportionalQuota exact proportional share of the sample size before rounding
 * @param selected sampled stations in drawn order
 * @param reserve replacement stations in drawn order, to be used first to last
 */
public record StratumSample(
        String key,
        String region,
        int populationSize,
        double proportionalQuota,
        List<PollingStation> selected,
        List<PollingStation> reserve) {

    public StratumSample {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(region, "region");
        selected = List.copyOf(selected);
        reserve = List.copyOf(reserve);
    }

    /** Returns the design of this stratum as the estimator reads it. */
    public StratumDesign design() {
        return new StratumDesign(key, region, populationSize,
                selected.stream().map(PollingStation::code).toList());
    }
}
