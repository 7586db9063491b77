package ml.modele.observation.domain.pvt;

/**
 * Estimated ratio (a share or a turnout) with its linearised variance.
 *
 * @param ratio estimate R, a share in [0, 1] for the usual variables, or NaN when the
 *     denominator total is zero
 * @param variance estimated variance of R
 * @param reports reports with a positive denominator (valid votes for a share of valid votes,
 *     registered voters for turnout, voters for the null share), the only ones that carry R
 */
public record RatioEstimate(double ratio, double variance, int reports) {

    /** Minimum number of reports with a positive denominator for a ratio with a margin. */
    public static final int MIN_REPORTS = 2;

    /**
     * Tells whether the ratio and its margins may be shown: at least {@value #MIN_REPORTS} reports
     * carry it and both figures are finite. With one such report the variance is zero whatever the
     * data, and with none the ratio is 0/0.
     */
    public boolean defined() {
        return reports >= MIN_REPORTS && Double.isFinite(ratio) && Double.isFinite(variance);
    }

    /** Returns the standard error sqrt(variance). */
    public double standardError() {
        return Math.sqrt(variance);
    }

    /** Returns the half-width z·SE of the two-sided interval at the given level. */
    public double margin(ConfidenceLevel level) {
        return level.z() * standardError();
    }

    /** Returns the half-width of the 95 % interval. */
    public double margin95() {
        return margin(ConfidenceLevel.PERCENT_95);
    }

    /** Returns the half-width of the 99 % interval. */
    public double margin99() {
        return margin(ConfidenceLevel.PERCENT_99);
    }

    /** Returns the lower bound of the 95 % interval. */
    public double lower95() {
        return ratio - margin95();
    }

    /** Returns the upper bound of the 95 % interval. */
    public double upper95() {
        return ratio + margin95();
    }
}
