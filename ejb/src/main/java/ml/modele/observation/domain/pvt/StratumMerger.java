package ml.modele.observation.domain.pvt;

import java.util.ArrayList;
import java.util.List;

/**
 * Collapses strata with fewer than two reports into estimation groups.
 *
 * <p>Rule: take the first group in key order with fewer than two reports. Its candidates are
 * the other groups of the same région, or all other groups when its région has no other
 * group. Among the candidates, take the nearest one before and the nearest one after it in
 * key order, and merge with the one that has fewer stations in the frame (the one before on a
 * tie). Repeat until every group has at least two reports or only one group is left. A
 * merged group keeps the key and région of its first stratum.
 *
 * <p>NOTE: a stratum merged with no report is represented by its partner's stations, so the
 * estimate assumes both vote alike. The variance of collapsed strata does not include that
 * assumption's error.
 */
final class StratumMerger {

    private StratumMerger() {
    }

    /** Estimation groups of a design: which group each stratum belongs to, and the merges made. */
    record Grouping(int[] groupOfStratum, List<Group> groups, List<StratumMerge> merges) {
    }

    /** Estimation group: strata (indices into the design) estimated together. */
    record Group(String key, String region, List<Integer> strata, int populationSize, int reported) {
    }

    /**
     * Groups the strata.
     *
     * @param design strata in ascending key order
     * @param reported usable reports per stratum, same order as {@code design}
     */
    static Grouping group(List<StratumDesign> design, int[] reported) {
        List<Group> groups = new ArrayList<>(design.size());
        for (int h = 0; h < design.size(); h++) {
            StratumDesign stratum = design.get(h);
            groups.add(new Group(stratum.key(), stratum.region(), List.of(h), stratum.populationSize(), reported[h]));
        }

        List<StratumMerge> merges = new ArrayList<>();
        int small = firstWithFewerThanTwoReports(groups);
        while (small >= 0 && groups.size() > 1) {
            int target = chooseTarget(groups, small);
            Group from = groups.get(small);
            Group into = groups.get(target);
            merges.add(new StratumMerge(from.key(), from.reported(), into.key(), from.region().equals(into.region())));

            int first = Math.min(small, target);
            int second = Math.max(small, target);
            Group a = groups.get(first);
            Group b = groups.get(second);
            List<Integer> strata = new ArrayList<>(a.strata());
            strata.addAll(b.strata());
            groups.set(first, new Group(a.key(), a.region(), strata,
                    a.populationSize() + b.populationSize(), a.reported() + b.reported()));
            groups.remove(second);
            small = firstWithFewerThanTwoReports(groups);
        }

        int[] groupOfStratum = new int[design.size()];
        for (int g = 0; g < groups.size(); g++) {
            for (int h : groups.get(g).strata()) {
                groupOfStratum[h] = g;
            }
        }
        return new Grouping(groupOfStratum, List.copyOf(groups), List.copyOf(merges));
    }

    private static int firstWithFewerThanTwoReports(List<Group> groups) {
        for (int g = 0; g < groups.size(); g++) {
            if (groups.get(g).reported() < 2) {
                return g;
            }
        }
        return -1;
    }

    private static int chooseTarget(List<Group> groups, int small) {
        String region = groups.get(small).region();
        boolean regionHasOther = false;
        for (int g = 0; g < groups.size(); g++) {
            if (g != small && groups.get(g).region().equals(region)) {
                regionHasOther = true;
                break;
            }
        }

        int before = -1;
        for (int g = small - 1; g >= 0; g--) {
            if (!regionHasOther || groups.get(g).region().equals(region)) {
                before = g;
                break;
            }
        }
        int after = -1;
        for (int g = small + 1; g < groups.size(); g++) {
            if (!regionHasOther || groups.get(g).region().equals(region)) {
                after = g;
                break;
            }
        }

        if (before < 0) {
            return after;
        }
        if (after < 0) {
            return before;
        }
        return groups.get(after).populationSize() < groups.get(before).populationSize() ? after : before;
    }
}
