package ml.modele.observation.domain.pvt;

/**
 * Stratified ratio estimator with Taylor-linearised variance, over primitive arrays.
 *
 * <p>With groups h (strata after merging), N_h stations in the frame, n_h reports and weight
 * w_h = N_h / n_h:
 * <pre>
 *   R    = Σ w_h y_hi / Σ w_h x_hi = Ŷ / X̂
 *   g_hi = w_h (y_hi − R x_hi) / X̂
 *   V(R) = Σ_h (1 − n_h/N_h) · n_h/(n_h − 1) · Σ_i (g_hi − ḡ_h)²
 * </pre>
 * The same formulas restricted to one group give that group's own estimate, where ḡ_h is 0.
 */
final class StratifiedRatioEstimator {

    private final int[] groupOfUnit;
    private final double[] weight;
    private final double[] finiteCorrection;
    private final int[] reported;

    /**
     * @param groupOfUnit group index of each report
     * @param populationSize N_h per group
     * @param reported n_h per group, each at least 2
     */
    StratifiedRatioEstimator(int[] groupOfUnit, int[] populationSize, int[] reported) {
        this.groupOfUnit = groupOfUnit;
        this.reported = reported;
        int groups = populationSize.length;
        this.weight = new double[groups];
        this.finiteCorrection = new double[groups];
        for (int h = 0; h < groups; h++) {
            if (reported[h] < 2) {
                throw new IllegalArgumentException("Group " + h + " has " + reported[h]
                        + " reports but the variance needs at least 2");
            }
            weight[h] = (double) populationSize[h] / reported[h];
            // (1 − f_h) · n_h/(n_h − 1)
            finiteCorrection[h] = (1.0 - (double) reported[h] / populationSize[h])
                    * reported[h] / (reported[h] - 1.0);
        }
    }

    /**
     * Estimates R = Ŷ/X̂ nationally and per group.
     *
     * @param y numerator per report
     * @param x denominator per report
     * @param perGroup receives each group's own estimate; its length is the number of groups
     * @return the national estimate
     */
    RatioEstimate estimate(int[] y, int[] x, RatioEstimate[] perGroup) {
        int groups = weight.length;
        double[] sampleY = new double[groups];
        double[] sampleX = new double[groups];
        // Reports with x > 0, per group: a report with x = 0 (no valid votes, say) carries no ratio.
        int[] carrying = new int[groups];
        int totalCarrying = 0;
        for (int i = 0; i < groupOfUnit.length; i++) {
            int h = groupOfUnit[i];
            sampleY[h] += y[i];
            sampleX[h] += x[i];
            if (x[i] > 0) {
                carrying[h]++;
                totalCarrying++;
            }
        }

        double totalY = 0;
        double totalX = 0;
        double[] groupRatio = new double[groups];
        double[] meanScore = new double[groups];
        for (int h = 0; h < groups; h++) {
            totalY += weight[h] * sampleY[h];
            totalX += weight[h] * sampleX[h];
            groupRatio[h] = sampleY[h] / sampleX[h];
        }
        double ratio = totalY / totalX;
        for (int h = 0; h < groups; h++) {
            meanScore[h] = weight[h] * (sampleY[h] - ratio * sampleX[h]) / (totalX * reported[h]);
        }

        double[] squares = new double[groups];
        double[] groupSquares = new double[groups];
        for (int i = 0; i < groupOfUnit.length; i++) {
            int h = groupOfUnit[i];
            double deviation = weight[h] * (y[i] - ratio * x[i]) / totalX - meanScore[h];
            squares[h] += deviation * deviation;
            // Residuals around the group's own ratio R_h, scaled by w_h / X̂_h below.
            double residual = y[i] - groupRatio[h] * x[i];
            groupSquares[h] += residual * residual;
        }

        double variance = 0;
        for (int h = 0; h < groups; h++) {
            variance += finiteCorrection[h] * squares[h];
            double groupTotalX = weight[h] * sampleX[h];
            double scale = weight[h] / groupTotalX;
            perGroup[h] = new RatioEstimate(groupRatio[h], finiteCorrection[h] * groupSquares[h] * scale * scale,
                    carrying[h]);
        }
        return new RatioEstimate(ratio, variance, totalCarrying);
    }
}
