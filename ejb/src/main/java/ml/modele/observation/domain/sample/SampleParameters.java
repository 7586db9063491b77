package ml.modele.observation.domain.sample;

import ml.modele.observation.domain.pvt.AllocationMethod;
import ml.modele.observation.domain.pvt.ConfidenceLevel;
import ml.modele.observation.domain.pvt.StratificationScheme;

/**
 * Choices of a sample draw. With {@link SampleSizeMode#GIVEN} the total is {@code sampleSize};
 * with {@link SampleSizeMode#COMPUTED} it comes from the target margin, confidence, expected
 * share, design effect and expected turnout (see {@code SampleSizePlan}), and {@code sampleSize}
 * is ignored.
 *
 * @param targetMargin half-width of the confidence interval as a share (0.01 for one point)
 * @param expectedShare expected share of the leading option; 0.5 is the most cautious value
 * @param expectedTurnout expected share of registered voters who cast a valid vote, which turns
 *     the mean registered voters per station into the mean valid votes per station
 */
public record SampleParameters(
        StratificationScheme scheme,
        AllocationMethod allocation,
        SampleSizeMode sizeMode,
        Integer sampleSize,
        int reservePerStratum,
        Double targetMargin,
        ConfidenceLevel confidence,
        Double expectedShare,
        Double designEffect,
        Double expectedTurnout) {

    /** Parameters with an entered total size and no size plan. */
    public static SampleParameters given(StratificationScheme scheme, AllocationMethod allocation, int sampleSize,
            int reservePerStratum) {
        return new SampleParameters(scheme, allocation, SampleSizeMode.GIVEN, sampleSize, reservePerStratum,
                null, null, null, null, null);
    }
}
