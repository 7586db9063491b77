package ml.modele.observation.domain.pvt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class OfficialResultVerdictTest {

    // Standard error 0.01, so the 95 % margin is 0.01959964.
    private final RatioEstimate estimate = new RatioEstimate(0.52, 0.0001, 40);

    @Test
    void officialShareInsideInterval() {
        OfficialResultVerdict verdict = OfficialResultVerdict.of(0.53, estimate);

        assertTrue(verdict.inside95());
        assertEquals(0.01959964, verdict.margin95(), 1e-9);
        assertEquals(0.01 / 0.01959964, verdict.marginsApart(), 1e-9);
    }

    @Test
    void officialShareOutsideInterval() {
        OfficialResultVerdict verdict = OfficialResultVerdict.of(0.58, estimate);

        assertFalse(verdict.inside95());
        assertEquals(3.0613, verdict.marginsApart(), 1e-4);
    }

    @Test
    void zeroMarginWithDifferentShareIsInfinitelyFar() {
        OfficialResultVerdict verdict = OfficialResultVerdict.of(0.6, new RatioEstimate(0.5, 0, 40));

        assertFalse(verdict.inside95());
        assertEquals(Double.POSITIVE_INFINITY, verdict.marginsApart());
    }
}
