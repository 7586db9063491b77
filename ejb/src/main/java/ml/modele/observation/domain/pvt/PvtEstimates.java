package ml.modele.observation.domain.pvt;

import java.util.List;

/**
 * National and per-group estimates from one set of reports.
 *
 * @param stationsUsed reports used
 * @param optionShares national share of valid votes per option, in sheet order
 * @param turnout national turnout (voters over registered voters)
 * @param nullShare national share of null ballots among voters
 * @param strata reporting progress per stratum, in key order
 * @param merges merges of strata with fewer than two reports, in the order they were made
 * @param groups estimates per estimation group, in key order
 */
public record PvtEstimates(
        int stationsUsed,
        List<RatioEstimate> optionShares,
        RatioEstimate turnout,
        RatioEstimate nullShare,
        List<StratumCount> strata,
        List<StratumMerge> merges,
        List<StratumEstimate> groups) {

    public PvtEstimates {
        optionShares = List.copyOf(optionShares);
        strata = List.copyOf(strata);
        merges = List.copyOf(merges);
        groups = List.copyOf(groups);
    }
}
