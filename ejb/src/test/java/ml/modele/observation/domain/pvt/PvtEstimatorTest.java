package ml.modele.observation.domain.pvt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * Hand-computed example (also in docs/pvt-method.md). Stratum A has N = 12 stations and 3
 * reports, so w = 4. Stratum B has N = 30 and 3 reports, so w = 10. Option votes y over valid
 * votes x: A (60, 100), (45, 90), (75, 110) and B (30, 80), (50, 120), (40, 100).
 * <pre>
 *   Ŷ = 4·180 + 10·120 = 1920,  X̂ = 4·300 + 10·300 = 4200,  R = 1920/4200 = 16/35 = 0.457143
 *   residuals y − R x: A 100/7, 27/7, 173/7 (mean 100/7): deviations 0, −73/7, 73/7, sum of squares 10658/49
 *                      B −46/7, −34/7, −40/7 (mean −40/7): deviations −6/7, 6/7, 0, sum of squares 72/49
 *   V = [(1 − 3/12)·(3/2)·4²·10658/49 + (1 − 3/30)·(3/2)·10²·72/49] / 4200²
 *     = (3915.1837 + 198.3673) / 17,640,000 = 0.000233195
 *   SE = 0.015271, margin 95 % = 1.959964 · SE = 0.029930, margin 99 % = 2.575829 · SE = 0.039335
 * </pre>
 * Stratum A alone: R_A = 180/300 = 0.6, residuals 0, −9, 9, V_A = 0.75·1.5·4²·162/1200² = 0.002025.
 * Stratum B alone: R_B = 120/300 = 0.4, residuals −2, 2, 0, V_B = 0.9·1.5·10²·8/3000² = 0.00012.
 */
class PvtEstimatorTest {

    private final PvtEstimator estimator = new PvtEstimator();

    private static final List<StratumDesign> DESIGN = List.of(
            new StratumDesign("A", "A", 12, List.of("A1", "A2", "A3")),
            new StratumDesign("B", "B", 30, List.of("B1", "B2", "B3")));

    /** Sheet with valid votes x, option 1 votes y, option 2 votes x − y, 5 null and 1,000 registered. */
    private static ResultSheet sheet(String code, int y, int x) {
        return new ResultSheet(code, 1000, x + 5, 5, x, List.of(y, x - y), SheetStatus.ACCEPTED);
    }

    private static List<ResultSheet> handExampleSheets() {
        return List.of(
                sheet("A1", 60, 100), sheet("A2", 45, 90), sheet("A3", 75, 110),
                sheet("B1", 30, 80), sheet("B2", 50, 120), sheet("B3", 40, 100));
    }

    @Test
    void handComputedTwoStrataExample() {
        PvtEstimates estimates = estimator.estimate(DESIGN, handExampleSheets()).estimates();
        RatioEstimate share = estimates.optionShares().get(0);

        assertEquals(0.4571, share.ratio(), 1e-4);
        assertEquals(0.000233195, share.variance(), 1e-9);
        assertEquals(0.0153, share.standardError(), 1e-4);
        assertEquals(0.0299, share.margin95(), 1e-4);
        assertEquals(0.0393, share.margin99(), 1e-4);
        assertEquals(6, estimates.stationsUsed());
        assertEquals(List.of(), estimates.merges());
    }

    @Test
    void complementaryOptionHasSameVariance() {
        RatioEstimate other = estimator.estimate(DESIGN, handExampleSheets()).estimates().optionShares().get(1);

        assertEquals(1 - 16.0 / 35, other.ratio(), 1e-12);
        assertEquals(0.000233195, other.variance(), 1e-9);
    }

    @Test
    void handComputedStratumEstimates() {
        List<StratumEstimate> groups = estimator.estimate(DESIGN, handExampleSheets()).estimates().groups();

        assertEquals(2, groups.size());
        assertEquals(0.6, groups.get(0).optionShares().get(0).ratio(), 1e-12);
        assertEquals(0.002025, groups.get(0).optionShares().get(0).variance(), 1e-12);
        assertEquals(0.4, groups.get(1).optionShares().get(0).ratio(), 1e-12);
        assertEquals(0.00012, groups.get(1).optionShares().get(0).variance(), 1e-12);
    }

    @Test
    void turnoutAndNullShareUseTheirDenominators() {
        PvtEstimates estimates = estimator.estimate(DESIGN, handExampleSheets()).estimates();

        // Voters are x + 5, so Σw·voters = 4·315 + 10·315 = 4410 over Σw·registered = 42,000.
        assertEquals(4410.0 / 42_000, estimates.turnout().ratio(), 1e-12);
        // Null share: Σw·null = 4·15 + 10·15 = 210 over Σw·voters = 4410.
        assertEquals(210.0 / 4410, estimates.nullShare().ratio(), 1e-12);
    }

    @Test
    void mergesStratumWithSingleReport() {
        List<StratumDesign> design = List.of(
                new StratumDesign("A", "A", 12, List.of("A1", "A2", "A3")),
                new StratumDesign("B", "B", 30, List.of("B1", "B2", "B3")),
                new StratumDesign("C", "C", 8, List.of("C1", "C2")));
        List<ResultSheet> sheets = new ArrayList<>(handExampleSheets());
        sheets.add(sheet("C1", 10, 50));

        PvtEstimates estimates = estimator.estimate(design, sheets).estimates();

        // C has neighbour B only, so C joins B: N = 38, n = 4, w = 9.5.
        assertEquals(List.of(new StratumMerge("C", 1, "B", false)), estimates.merges());
        assertEquals(new StratumCount("C", 8, 2, 1, 1, "B"), estimates.strata().get(2));
        assertEquals(List.of("B", "C"), estimates.groups().get(1).strataKeys());
        double expected = (4.0 * 180 + 9.5 * 130) / (4.0 * 300 + 9.5 * 350);
        assertEquals(expected, estimates.optionShares().get(0).ratio(), 1e-12);
    }

    @Test
    void ignoresSheetsThatAreNotAccepted() {
        List<ResultSheet> sheets = new ArrayList<>(handExampleSheets());
        sheets.set(2, new ResultSheet("A3", 1000, 115, 5, 110, List.of(75, 35), SheetStatus.QUARANTINED));
        sheets.add(new ResultSheet("Z9", 1000, 115, 5, 110, List.of(75, 35), SheetStatus.ACCEPTED));

        PvtReport report = estimator.estimate(DESIGN, sheets);

        assertEquals(5, report.acceptedSheets());
        assertEquals(Map.of(SheetStatus.QUARANTINED, 1), report.ignoredByStatus());
        assertEquals(1, report.ignoredOutsideSample());
        assertEquals(2, report.ignoredSheets());
        assertEquals(new StratumCount("A", 12, 3, 2, 1, "A"), report.estimates().strata().get(0));
        // A now has 2 reports, so w = 6: R = (6·105 + 10·120) / (6·190 + 10·300).
        assertEquals(1830.0 / 4140, report.estimates().optionShares().get(0).ratio(), 1e-12);
    }

    @Test
    void estimatesWithAndWithoutFlaggedSheets() {
        List<ResultSheet> sheets = new ArrayList<>(handExampleSheets());
        // Option votes 200 + 50 exceed the 120 valid votes.
        sheets.set(4, new ResultSheet("B2", 1000, 125, 5, 120, List.of(200, 50), SheetStatus.ACCEPTED));

        PvtReport report = estimator.estimate(DESIGN, sheets);

        assertEquals(List.of(new QualityFlag("B2", Set.of(QualityProblem.OPTION_VOTES_ABOVE_VALID))),
                report.qualityFlags());
        assertEquals(6, report.estimates().stationsUsed());
        PvtEstimates clean = report.estimatesWithoutFlagged().orElseThrow();
        assertEquals(5, clean.stationsUsed());
        // Without B2, B has 2 reports and w = 15: R = (4·180 + 15·70) / (4·300 + 15·180).
        assertEquals(1770.0 / 3900, clean.optionShares().get(0).ratio(), 1e-12);
    }

    @Test
    void rejectsTwoSheetsForOneStation() {
        List<ResultSheet> sheets = new ArrayList<>(handExampleSheets());
        sheets.add(sheet("A1", 60, 100));

        assertThrows(IllegalArgumentException.class, () -> estimator.estimate(DESIGN, sheets));
    }

    @Test
    void needsTwoAcceptedSheets() {
        IllegalStateException error = assertThrows(IllegalStateException.class,
                () -> estimator.estimate(DESIGN, List.of(sheet("A1", 60, 100))));

        assertTrue(error.getMessage().contains("got 1"), error.getMessage());
    }

    @Test
    void handExampleFiguresAreDefined() {
        PvtEstimates estimates = estimator.estimate(DESIGN, handExampleSheets()).estimates();

        assertTrue(estimates.optionShares().get(0).defined());
        assertEquals(6, estimates.optionShares().get(0).reports());
        assertEquals(6, estimates.turnout().reports());
        assertEquals(3, estimates.groups().get(0).optionShares().get(0).reports());
    }

    @Test
    void sharesOfClosedStationsOnlyAreUndefined() {
        // Two stations that did not open: registered voters and nothing else.
        List<ResultSheet> closed = List.of(
                new ResultSheet("A1", 500, 0, 0, 0, List.of(0, 0), SheetStatus.ACCEPTED),
                new ResultSheet("B1", 400, 0, 0, 0, List.of(0, 0), SheetStatus.ACCEPTED));

        PvtEstimates estimates = estimator.estimate(DESIGN, closed).estimates();

        RatioEstimate yes = estimates.optionShares().get(0);
        assertTrue(Double.isNaN(yes.ratio()), "0/0 stays NaN in the domain");
        assertEquals(0, yes.reports());
        assertFalse(yes.defined());
        assertFalse(estimates.nullShare().defined());
        assertEquals(0.0, estimates.turnout().ratio(), 1e-12);
        assertEquals(2, estimates.turnout().reports());
        assertTrue(estimates.turnout().defined());
    }

    @Test
    void shareCarriedByOneSheetIsUndefined() {
        List<ResultSheet> sheets = List.of(sheet("A1", 60, 100),
                new ResultSheet("A2", 500, 0, 0, 0, List.of(0, 0), SheetStatus.ACCEPTED));

        PvtEstimates estimates = estimator.estimate(DESIGN, sheets).estimates();

        RatioEstimate yes = estimates.optionShares().get(0);
        // One sheet gives its own share with a variance of zero: a margin of ± 0 would mislead.
        assertEquals(0.6, yes.ratio(), 1e-12);
        assertEquals(0.0, yes.variance(), 1e-12);
        assertEquals(1, yes.reports());
        assertFalse(yes.defined());
        assertTrue(estimates.turnout().defined());
    }
}
