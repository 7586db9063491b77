package ml.modele.observation.domain.pvt;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Stratified sample of polling stations for a parallel vote tabulation.
 *
 * @param seed seed of the pseudorandom generator; with the frame it reproduces the draw
 * @param scheme stratification rule
 * @param allocation allocation rule
 * @param strata draw per stratum, in ascending key order
 * @param seal SHA-256 seal of the sampled codes and seed, see {@link SampleSeal}
 */
public record PvtSample(
        long seed,
        StratificationScheme scheme,
        AllocationMethod allocation,
        List<StratumSample> strata,
        String seal) {

    public PvtSample {
        Objects.requireNonNull(scheme, "scheme");
        Objects.requireNonNull(allocation, "allocation");
        strata = List.copyOf(strata);
        Objects.requireNonNull(seal, "seal");
    }

    /** Returns all sampled stations, stratum by stratum, in drawn order within a stratum. */
    public List<PollingStation> selectedStations() {
        List<PollingStation> stations = new ArrayList<>();
        for (StratumSample stratum : strata) {
            stations.addAll(stratum.selected());
        }
        return stations;
    }

    /** Returns the total number of sampled stations. */
    public int size() {
        int size = 0;
        for (StratumSample stratum : strata) {
            size += stratum.selected().size();
        }
        return size;
    }

    /** Returns the design read by {@link PvtEstimator}. */
    public List<StratumDesign> design() {
        return strata.stream().map(StratumSample::design).toList();
    }
}
