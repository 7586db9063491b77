package ml.modele.observation.domain.pvt;

import java.util.List;

/**
 * Estimates within one estimation group (one stratum, or several after merging).
 *
 * @param key group key, the key of its first stratum
 * @param strataKeys keys of the strata in the group
 * @param populationSize stations of the group in the frame
 * @param reported usable reports in the group
 * @param optionShares share of valid votes per option
 * @param turnout voters over registered voters
 * @param nullShare null ballots over voters
 */
public record StratumEstimate(
        String key,
        List<String> strataKeys,
        int populationSize,
        int reported,
        List<RatioEstimate> optionShares,
        RatioEstimate turnout,
        RatioEstimate nullShare) {

    public StratumEstimate {
        strataKeys = List.copyOf(strataKeys);
        optionShares = List.copyOf(optionShares);
    }
}
