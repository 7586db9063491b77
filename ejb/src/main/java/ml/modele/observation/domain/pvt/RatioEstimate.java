package ml.modele.observation.domain.pvt;

/**
 * Estimated ratio (a share or a turnout) with its linearised variance.
 *
 * @param ratio estimate R, a share in [0, 1] for the usual variables, or NaN when the
 *     denominator total is zero
 * @param variance estimated variance of R
 */
public record RatioEstimate(double ratio, double variance) {

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
