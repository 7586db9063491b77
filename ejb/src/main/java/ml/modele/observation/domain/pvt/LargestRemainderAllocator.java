package ml.modele.observation.domain.pvt;

/**
 * Shares a whole number of units among strata in proportion to weights, by the
 * largest-remainder (Hamilton) method. Each stratum first gets the integer part of its quota,
 * then the units still missing go one each to the strata with the largest fractional parts,
 * ties going to the lower index. The total is exact and each stratum gets its quota rounded
 * down or up, so it is within one unit of proportional.
 *
 * <p>A stratum never gets more units than its capacity. When a quota exceeds a capacity the
 * stratum is set to its capacity and the rest is shared again among the other strata, so
 * those strata are then within one unit of proportional to the remaining total only.
 */
final class LargestRemainderAllocator {

    private LargestRemainderAllocator() {
    }

    /**
     * Returns the number of units per stratum.
     *
     * @param total units to share; must not exceed the sum of capacities
     * @param weights non-negative weight per stratum
     * @param capacities maximum units per stratum
     */
    static int[] allocate(int total, double[] weights, int[] capacities) {
        int strata = weights.length;
        long capacitySum = 0;
        for (int capacity : capacities) {
            capacitySum += capacity;
        }
        if (total < 0 || total > capacitySum) {
            throw new IllegalArgumentException(
                    "Sample size " + total + " is outside [0, " + capacitySum + "]");
        }

        int[] allocation = new int[strata];
        boolean[] capped = new boolean[strata];
        int remaining = total;
        boolean cappedOne = true;
        while (cappedOne) {
            cappedOne = false;
            double weightSum = 0;
            for (int h = 0; h < strata; h++) {
                if (!capped[h]) {
                    weightSum += weights[h];
                }
            }
            for (int h = 0; h < strata; h++) {
                if (!capped[h] && weightSum > 0 && remaining * weights[h] / weightSum >= capacities[h]) {
                    capped[h] = true;
                    allocation[h] = capacities[h];
                    remaining -= capacities[h];
                    cappedOne = true;
                }
            }
        }
        shareByLargestRemainder(remaining, weights, capacities, capped, allocation);
        return allocation;
    }

    private static void shareByLargestRemainder(
            int remaining, double[] weights, int[] capacities, boolean[] capped, int[] allocation) {
        int strata = weights.length;
        double weightSum = 0;
        for (int h = 0; h < strata; h++) {
            if (!capped[h]) {
                weightSum += weights[h];
            }
        }
        double[] fraction = new double[strata];
        int given = 0;
        for (int h = 0; h < strata; h++) {
            if (capped[h]) {
                continue;
            }
            double quota = weightSum > 0 ? remaining * weights[h] / weightSum : 0;
            allocation[h] = (int) Math.floor(quota);
            fraction[h] = quota - allocation[h];
            given += allocation[h];
        }
        // Units left by rounding down (fewer than the number of strata), plus all units when
        // every open stratum has weight zero.
        int left = remaining - given;
        while (left > 0) {
            int best = -1;
            for (int h = 0; h < strata; h++) {
                if (capped[h] || allocation[h] >= capacities[h]) {
                    continue;
                }
                if (best < 0 || fraction[h] > fraction[best]) {
                    best = h;
                }
            }
            allocation[best]++;
            fraction[best] = -1;
            left--;
        }
    }
}
