package ml.modele.observation.domain.pvt;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Computes PVT estimates from result sheets: option shares of valid votes, turnout and null
 * share, nationally and per estimation group, with all accepted sheets and again without
 * the sheets that {@link DataQualityRules} flags. See {@link StratifiedRatioEstimator} for
 * the formulas and {@link StratumMerger} for the merge rule.
 */
public final class PvtEstimator {

    private static final Logger LOG = Logger.getLogger(PvtEstimator.class.getName());

    private final DataQualityRules rules;

    /** Creates an estimator with the default data-quality rules. */
    public PvtEstimator() {
        this(new DataQualityRules());
    }

    public PvtEstimator(DataQualityRules rules) {
        this.rules = rules;
    }

    /**
     * Estimates from the sheets of a sample.
     *
     * @param design strata of the sample, see {@link PvtSample#design()}
     * @param sheets at most one sheet per station. Sheets that are not accepted or whose
     *     station is outside the sample are counted and left out.
     * @throws IllegalArgumentException on two sheets for one station, or accepted sheets with
     *     different numbers of options
     * @throws IllegalStateException when fewer than two accepted sheets remain
     */
    public PvtReport estimate(List<StratumDesign> design, List<ResultSheet> sheets) {
        List<StratumDesign> strata = new ArrayList<>(design);
        strata.sort((a, b) -> a.key().compareTo(b.key()));
        Map<String, Integer> stratumOfStation = indexStations(strata);

        Map<SheetStatus, Integer> ignoredByStatus = new EnumMap<>(SheetStatus.class);
        int outsideSample = 0;
        Set<String> seen = new HashSet<>();
        List<ResultSheet> accepted = new ArrayList<>(sheets.size());
        List<Integer> acceptedStratum = new ArrayList<>(sheets.size());
        for (ResultSheet sheet : sheets) {
            if (!seen.add(sheet.stationCode())) {
                throw new IllegalArgumentException("Two result sheets for station " + sheet.stationCode()
                        + "; pass only the sheet retained for each station");
            }
            Integer stratum = stratumOfStation.get(sheet.stationCode());
            if (stratum == null) {
                outsideSample++;
            } else if (sheet.status() != SheetStatus.ACCEPTED) {
                ignoredByStatus.merge(sheet.status(), 1, Integer::sum);
            } else {
                accepted.add(sheet);
                acceptedStratum.add(stratum);
            }
        }
        if (outsideSample > 0) {
            int count = outsideSample;
            LOG.warning(() -> count + " result sheets are for stations outside the sample and were ignored");
        }
        if (accepted.size() < 2) {
            throw new IllegalStateException("PVT estimates need at least 2 accepted result sheets, got "
                    + accepted.size());
        }
        int options = accepted.get(0).optionVotes().size();
        for (ResultSheet sheet : accepted) {
            if (sheet.optionVotes().size() != options) {
                throw new IllegalArgumentException("Result sheet of station " + sheet.stationCode() + " has "
                        + sheet.optionVotes().size() + " options, expected " + options);
            }
        }

        List<QualityFlag> flags = rules.flag(accepted);
        PvtEstimates all = estimateFrom(strata, accepted, acceptedStratum, options);
        Optional<PvtEstimates> withoutFlagged = Optional.empty();
        if (flags.isEmpty()) {
            withoutFlagged = Optional.of(all);
        } else {
            Set<String> flagged = new HashSet<>();
            for (QualityFlag flag : flags) {
                flagged.add(flag.stationCode());
            }
            List<ResultSheet> clean = new ArrayList<>(accepted.size());
            List<Integer> cleanStratum = new ArrayList<>(accepted.size());
            for (int i = 0; i < accepted.size(); i++) {
                if (!flagged.contains(accepted.get(i).stationCode())) {
                    clean.add(accepted.get(i));
                    cleanStratum.add(acceptedStratum.get(i));
                }
            }
            if (clean.size() >= 2) {
                withoutFlagged = Optional.of(estimateFrom(strata, clean, cleanStratum, options));
            }
        }
        return new PvtReport(accepted.size(), ignoredByStatus, outsideSample, flags, all, withoutFlagged);
    }

    private static Map<String, Integer> indexStations(List<StratumDesign> strata) {
        Map<String, Integer> stratumOfStation = new HashMap<>();
        for (int h = 0; h < strata.size(); h++) {
            for (String code : strata.get(h).sampledStationCodes()) {
                if (stratumOfStation.put(code, h) != null) {
                    throw new IllegalArgumentException("Station " + code + " is sampled twice in the design");
                }
            }
        }
        return stratumOfStation;
    }

    private PvtEstimates estimateFrom(
            List<StratumDesign> strata, List<ResultSheet> sheets, List<Integer> stratumOfSheet, int options) {
        int units = sheets.size();
        int[] reportedPerStratum = new int[strata.size()];
        for (int h : stratumOfSheet) {
            reportedPerStratum[h]++;
        }
        StratumMerger.Grouping grouping = StratumMerger.group(strata, reportedPerStratum);
        if (!grouping.merges().isEmpty() && LOG.isLoggable(Level.FINE)) {
            LOG.fine("Merged strata with fewer than 2 reports: " + grouping.merges());
        }

        List<StratumMerger.Group> groups = grouping.groups();
        int[] populationSize = new int[groups.size()];
        int[] reported = new int[groups.size()];
        for (int g = 0; g < groups.size(); g++) {
            populationSize[g] = groups.get(g).populationSize();
            reported[g] = groups.get(g).reported();
        }
        int[] groupOfUnit = new int[units];
        int[][] optionVotes = new int[options][units];
        int[] valid = new int[units];
        int[] voters = new int[units];
        int[] registered = new int[units];
        int[] nulls = new int[units];
        for (int i = 0; i < units; i++) {
            ResultSheet sheet = sheets.get(i);
            groupOfUnit[i] = grouping.groupOfStratum()[stratumOfSheet.get(i)];
            List<Integer> votes = sheet.optionVotes();
            for (int k = 0; k < options; k++) {
                optionVotes[k][i] = votes.get(k);
            }
            valid[i] = sheet.validVotes();
            voters[i] = sheet.voters();
            registered[i] = sheet.registeredVoters();
            nulls[i] = sheet.nullVotes();
        }

        StratifiedRatioEstimator estimator = new StratifiedRatioEstimator(groupOfUnit, populationSize, reported);
        RatioEstimate[][] groupOptions = new RatioEstimate[options][groups.size()];
        List<RatioEstimate> optionShares = new ArrayList<>(options);
        for (int k = 0; k < options; k++) {
            optionShares.add(estimator.estimate(optionVotes[k], valid, groupOptions[k]));
        }
        RatioEstimate[] groupTurnout = new RatioEstimate[groups.size()];
        RatioEstimate turnout = estimator.estimate(voters, registered, groupTurnout);
        RatioEstimate[] groupNull = new RatioEstimate[groups.size()];
        RatioEstimate nullShare = estimator.estimate(nulls, voters, groupNull);

        return new PvtEstimates(units, optionShares, turnout, nullShare,
                stratumCounts(strata, reportedPerStratum, grouping),
                grouping.merges(),
                groupEstimates(strata, groups, groupOptions, groupTurnout, groupNull));
    }

    private static List<StratumCount> stratumCounts(
            List<StratumDesign> strata, int[] reportedPerStratum, StratumMerger.Grouping grouping) {
        List<StratumCount> counts = new ArrayList<>(strata.size());
        for (int h = 0; h < strata.size(); h++) {
            StratumDesign stratum = strata.get(h);
            int sampled = stratum.sampledStationCodes().size();
            String groupKey = grouping.groups().get(grouping.groupOfStratum()[h]).key();
            counts.add(new StratumCount(stratum.key(), stratum.populationSize(), sampled,
                    reportedPerStratum[h], sampled - reportedPerStratum[h], groupKey));
        }
        return counts;
    }

    private static List<StratumEstimate> groupEstimates(List<StratumDesign> strata, List<StratumMerger.Group> groups,
            RatioEstimate[][] groupOptions, RatioEstimate[] groupTurnout, RatioEstimate[] groupNull) {
        List<StratumEstimate> estimates = new ArrayList<>(groups.size());
        for (int g = 0; g < groups.size(); g++) {
            StratumMerger.Group group = groups.get(g);
            List<String> keys = new ArrayList<>(group.strata().size());
            for (int h : group.strata()) {
                keys.add(strata.get(h).key());
            }
            List<RatioEstimate> shares = new ArrayList<>(groupOptions.length);
            for (RatioEstimate[] option : groupOptions) {
                shares.add(option[g]);
            }
            estimates.add(new StratumEstimate(group.key(), keys, group.populationSize(), group.reported(),
                    shares, groupTurnout[g], groupNull[g]));
        }
        return estimates;
    }
}
