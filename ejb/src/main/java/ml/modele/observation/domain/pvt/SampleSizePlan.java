package ml.modele.observation.domain.pvt;

import java.util.Objects;

/**
 * Number of polling stations to sample for a target margin of error, with every input and
 * intermediate value so that a screen can show how it was obtained.
 *
 * <p>Formula. A share p estimated from a simple random sample of n voters has margin
 * z·sqrt(p(1−p)/n), so the voter sample size for margin e is
 * <pre>  n0 = z² · p(1−p) / e²</pre>
 * Stations are sampled whole, and voters of one station vote alike, so the variance is
 * larger than for a random sample of the same number of voters. The design effect deff
 * (Kish: deff ≈ 1 + (m̄ − 1)·ρ with m̄ voters per station and ρ the intra-station
 * correlation) inflates it: {@code nDeff = n0 · deff} voters. Dividing by the mean number of
 * valid votes per station m̄ gives stations: {@code m = nDeff / m̄}. Finally, the finite
 * population correction (1 − n/N) on N stations reduces the variance; solving
 * (1 − n/N)/n = 1/m for n gives
 * <pre>  n = m / (1 + m/N)</pre>
 * rounded up and capped at N.
 *
 * @param targetMargin target half-width e of the confidence interval, as a share (0.02 for 2 points)
 * @param confidence confidence level giving z
 * @param expectedShare expected share p; 0.5 is the most cautious value
 * @param designEffect design effect deff relative to a simple random sample of voters, at least 1
 * @param meanValidVotesPerStation expected mean number m̄ of valid votes per station
 * @param populationStations number N of polling stations in the frame
 * @param voterSampleSize n0 = z² p(1−p) / e²
 * @param designVoterSampleSize nDeff = n0 · deff
 * @param stationsBeforeCorrection m = nDeff / m̄
 * @param stationsAfterCorrection m / (1 + m/N), before rounding
 * @param sampleSize stations to sample: the previous value rounded up, at most N
 */
public record SampleSizePlan(
        double targetMargin,
        ConfidenceLevel confidence,
        double expectedShare,
        double designEffect,
        double meanValidVotesPerStation,
        int populationStations,
        double voterSampleSize,
        double designVoterSampleSize,
        double stationsBeforeCorrection,
        double stationsAfterCorrection,
        int sampleSize) {

    /**
     * Computes the plan.
     *
     * @throws IllegalArgumentException if an input is outside its range
     */
    public static SampleSizePlan compute(double targetMargin, ConfidenceLevel confidence, double expectedShare,
            double designEffect, double meanValidVotesPerStation, int populationStations) {
        Objects.requireNonNull(confidence, "confidence");
        if (!(targetMargin > 0 && targetMargin < 1)) {
            throw new IllegalArgumentException("Target margin must be in (0, 1), got " + targetMargin);
        }
        if (!(expectedShare > 0 && expectedShare < 1)) {
            throw new IllegalArgumentException("Expected share must be in (0, 1), got " + expectedShare);
        }
        if (!(designEffect >= 1)) {
            throw new IllegalArgumentException("Design effect must be at least 1, got " + designEffect);
        }
        if (!(meanValidVotesPerStation > 0)) {
            throw new IllegalArgumentException(
                    "Mean valid votes per station must be positive, got " + meanValidVotesPerStation);
        }
        if (populationStations <= 0) {
            throw new IllegalArgumentException("Number of stations must be positive, got " + populationStations);
        }

        double z = confidence.z();
        double n0 = z * z * expectedShare * (1 - expectedShare) / (targetMargin * targetMargin);
        double nDeff = n0 * designEffect;
        double stations = nDeff / meanValidVotesPerStation;
        double corrected = stations / (1 + stations / populationStations);
        int size = (int) Math.min(populationStations, Math.ceil(corrected));
        return new SampleSizePlan(targetMargin, confidence, expectedShare, designEffect, meanValidVotesPerStation,
                populationStations, n0, nDeff, stations, corrected, size);
    }
}
