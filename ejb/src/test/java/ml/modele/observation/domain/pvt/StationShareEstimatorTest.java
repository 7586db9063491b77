package ml.modele.observation.domain.pvt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class StationShareEstimatorTest {

    /**
     * Stratum A: N = 10, answers yes, yes, no (w = 10/3). Stratum B: N = 20, answers yes, no, no, no
     * (w = 5). R = (10/3·2 + 5·1) / (10/3·3 + 5·4) = (35/3) / 30 = 7/18. The variance is computed
     * in the test from V = Σ (1 − n/N) n/(n − 1) Σ (g − ḡ)² with g = w (y − R) / 30.
     */
    @Test
    void estimatesStratifiedShareOfStations() {
        List<StratumDesign> design = List.of(
                new StratumDesign("A", "ML01", 10, List.of("a1", "a2", "a3", "a4")),
                new StratumDesign("B", "ML02", 20, List.of("b1", "b2", "b3", "b4")));
        Map<String, Boolean> answers = new LinkedHashMap<>();
        answers.put("a1", true);
        answers.put("a2", true);
        answers.put("a3", false);
        answers.put("b1", true);
        answers.put("b2", false);
        answers.put("b3", false);
        answers.put("b4", false);
        answers.put("outside", true);

        RatioEstimate estimate = new StationShareEstimator(design).estimate(answers).orElseThrow();

        double ratio = 7.0 / 18.0;
        assertEquals(ratio, estimate.ratio(), 1e-12);
        double total = 30;
        double variance = stratumTerm(10, new int[] {1, 1, 0}, ratio, total)
                + stratumTerm(20, new int[] {1, 0, 0, 0}, ratio, total);
        assertEquals(variance, estimate.variance(), 1e-12);
    }

    @Test
    void needsTwoSampledAnswers() {
        List<StratumDesign> design = List.of(new StratumDesign("A", "ML01", 10, List.of("a1", "a2")));
        Optional<RatioEstimate> estimate = new StationShareEstimator(design)
                .estimate(Map.of("a1", true, "outside", false));
        assertTrue(estimate.isEmpty());
    }

    private static double stratumTerm(int populationSize, int[] y, double ratio, double total) {
        int n = y.length;
        double weight = (double) populationSize / n;
        double[] scores = new double[n];
        double mean = 0;
        for (int i = 0; i < n; i++) {
            scores[i] = weight * (y[i] - ratio) / total;
            mean += scores[i] / n;
        }
        double squares = 0;
        for (double score : scores) {
            squares += (score - mean) * (score - mean);
        }
        return (1 - (double) n / populationSize) * n / (n - 1.0) * squares;
    }
}
