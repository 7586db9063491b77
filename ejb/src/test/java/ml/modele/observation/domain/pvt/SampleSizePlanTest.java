package ml.modele.observation.domain.pvt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class SampleSizePlanTest {

    @Test
    void computesStationsFromTargetMargin() {
        SampleSizePlan plan = SampleSizePlan.compute(0.02, ConfidenceLevel.PERCENT_95, 0.5, 4, 300, 12_000);

        // n0 = 1.959964² · 0.25 / 0.0004 = 2400.9118
        assertEquals(2400.9118, plan.voterSampleSize(), 1e-4);
        assertEquals(9603.6472, plan.designVoterSampleSize(), 1e-4);
        // 9603.6472 / 300 = 32.0122 stations, then 32.0122 / (1 + 32.0122 / 12000) = 31.9270
        assertEquals(32.0122, plan.stationsBeforeCorrection(), 1e-4);
        assertEquals(31.9270, plan.stationsAfterCorrection(), 1e-4);
        assertEquals(32, plan.sampleSize());
    }

    @Test
    void capsSampleSizeAtFrameSize() {
        SampleSizePlan plan = SampleSizePlan.compute(0.001, ConfidenceLevel.PERCENT_99, 0.5, 50, 10, 500);

        assertEquals(500, plan.sampleSize());
    }

    @Test
    void rejectsDesignEffectBelowOne() {
        assertThrows(IllegalArgumentException.class,
                () -> SampleSizePlan.compute(0.02, ConfidenceLevel.PERCENT_95, 0.5, 0.5, 300, 12_000));
    }
}
