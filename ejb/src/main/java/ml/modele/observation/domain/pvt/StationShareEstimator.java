package ml.modele.observation.domain.pvt;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Estimates the share of polling stations with a property (a checklist answer) from the sampled
 * stations that answered, with the stratified ratio estimator where y is 1 when the station has
 * the property and x is 1 for every answering station. Strata with fewer than two answers are
 * merged as for the vote estimates ({@link StratumMerger}).
 */
public final class StationShareEstimator {

    private final List<StratumDesign> strata;
    private final Map<String, Integer> stratumOfStation = new HashMap<>();

    /** Creates an estimator for a sample design; the strata are sorted by key as in {@link PvtEstimator}. */
    public StationShareEstimator(List<StratumDesign> design) {
        List<StratumDesign> sorted = new ArrayList<>(design);
        sorted.sort((a, b) -> a.key().compareTo(b.key()));
        this.strata = List.copyOf(sorted);
        for (int h = 0; h < strata.size(); h++) {
            for (String code : strata.get(h).sampledStationCodes()) {
                stratumOfStation.put(code, h);
            }
        }
    }

    /** Tells whether the station is in the sample. */
    public boolean sampled(String stationCode) {
        return stratumOfStation.containsKey(stationCode);
    }

    /**
     * Estimates the share of stations with the property.
     *
     * @param answers per answering station, whether it has the property; stations outside the
     *     sample are left out
     * @return the estimate, or empty when fewer than two sampled stations answered
     */
    public Optional<RatioEstimate> estimate(Map<String, Boolean> answers) {
        List<Integer> stratumOfUnit = new ArrayList<>(answers.size());
        List<Boolean> property = new ArrayList<>(answers.size());
        int[] reportedPerStratum = new int[strata.size()];
        for (Map.Entry<String, Boolean> answer : answers.entrySet()) {
            Integer stratum = stratumOfStation.get(answer.getKey());
            if (stratum != null) {
                stratumOfUnit.add(stratum);
                property.add(answer.getValue());
                reportedPerStratum[stratum]++;
            }
        }
        if (stratumOfUnit.size() < 2) {
            return Optional.empty();
        }

        StratumMerger.Grouping grouping = StratumMerger.group(strata, reportedPerStratum);
        List<StratumMerger.Group> groups = grouping.groups();
        int[] populationSize = new int[groups.size()];
        int[] reported = new int[groups.size()];
        for (int g = 0; g < groups.size(); g++) {
            populationSize[g] = groups.get(g).populationSize();
            reported[g] = groups.get(g).reported();
        }
        int units = stratumOfUnit.size();
        int[] groupOfUnit = new int[units];
        int[] y = new int[units];
        int[] x = new int[units];
        for (int i = 0; i < units; i++) {
            groupOfUnit[i] = grouping.groupOfStratum()[stratumOfUnit.get(i)];
            y[i] = property.get(i) ? 1 : 0;
            x[i] = 1;
        }
        StratifiedRatioEstimator estimator = new StratifiedRatioEstimator(groupOfUnit, populationSize, reported);
        return Optional.of(estimator.estimate(y, x, new RatioEstimate[groups.size()]));
    }
}
