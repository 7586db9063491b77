package ml.modele.observation.domain.pvt;

/** Two-sided confidence level with its standard normal quantile z. */
public enum ConfidenceLevel {

    PERCENT_95(0.95, 1.959964),
    PERCENT_99(0.99, 2.575829);

    private final double level;
    private final double z;

    ConfidenceLevel(double level, double z) {
        this.level = level;
        this.z = z;
    }

    /** Returns the coverage probability, for example 0.95. */
    public double level() {
        return level;
    }

    /** Returns the standard normal quantile of order (1 + level) / 2. */
    public double z() {
        return z;
    }
}
