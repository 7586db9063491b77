package ml.modele.observation.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

import ml.modele.observation.simulator.SimulationReport.Check;

class TabulationChecksTest {

    /** 3,823 voters of 10,000 registered; 3,600 valid votes of which 3,489 YES (96.92 %). */
    private static final ElectionTruth.Summary TRUTH = new ElectionTruth.Summary(10_000, 3_823, 223, 3_600, 3_489);
    private static final List<String> FORMS = List.of("ARV", "DVT", "FDP", "RES");

    @Test
    void intervalContainingTruthPasses() {
        List<Check> checks = TabulationChecks.pvtInterval(tabulation(0.9650, 0.0080, 0.3850, 0.0060), TRUTH);

        assertEquals(2, checks.size());
        assertTrue(checks.get(0).passed(), checks.get(0).toString());
        assertTrue(checks.get(1).passed(), checks.get(1).toString());
    }

    @Test
    void intervalMissingTruthFails() {
        // YES 95.00 % ± 1.00 ends at 96.00 %, below the true 96.92 %.
        List<Check> checks = TabulationChecks.pvtInterval(tabulation(0.9500, 0.0100, 0.3823, 0.0010), TRUTH);

        assertFalse(checks.get(0).passed(), checks.get(0).toString());
        assertTrue(checks.get(1).passed(), checks.get(1).toString());
    }

    @Test
    void turnoutIntervalMissingTruthFails() {
        List<Check> checks = TabulationChecks.pvtInterval(tabulation(0.9692, 0.0010, 0.4000, 0.0100), TRUTH);

        assertTrue(checks.get(0).passed(), checks.get(0).toString());
        assertFalse(checks.get(1).passed(), checks.get(1).toString());
    }

    @Test
    void missingEstimatesFail() {
        JsonObject withoutEstimates = json("{\"coverage\": []}");

        List<Check> checks = TabulationChecks.pvtInterval(withoutEstimates, TRUTH);

        assertFalse(checks.get(0).passed());
        assertFalse(checks.get(1).passed());
        assertEquals("no estimate", checks.get(0).actual());
    }

    @Test
    void nullMarginFails() {
        JsonObject tabulation = json("{\"estimates\": {\"optionShares\": [{\"ratio\": 0.9691, \"margin95\": null,"
                + " \"margin99\": null}], \"turnout\": {\"ratio\": 0.3823, \"margin95\": null, \"margin99\": null}}}");

        List<Check> checks = TabulationChecks.pvtInterval(tabulation, TRUTH);

        assertFalse(checks.get(0).passed());
        assertFalse(checks.get(1).passed());
    }

    @Test
    void coverageEqualToSentPasses() {
        List<Check> checks = TabulationChecks.coverage(coverage(40, 38, 2), expected(), FORMS);

        assertEquals(FORMS.size() + 3, checks.size());
        checks.forEach(check -> assertTrue(check.passed(), check.toString()));
    }

    @Test
    void coverageWithMissingStationFails() {
        List<Check> checks = TabulationChecks.coverage(coverage(40, 37, 2), expected(), FORMS);

        Check dvt = checks.get(1);
        assertFalse(dvt.passed(), dvt.toString());
        assertEquals("39", dvt.expected(), "38 in ML01 and 1 in ML02");
        assertEquals("38", dvt.actual());
        Check cells = checks.get(checks.size() - 1);
        assertFalse(cells.passed(), cells.toString());
        assertTrue(cells.actual().contains("ML01 DVT 38/37"), cells.actual());
    }

    @Test
    void coverageWithMissingResultsFails() {
        List<Check> checks = TabulationChecks.coverage(coverage(40, 38, 1), expected(), FORMS);

        Check results = checks.get(FORMS.size());
        assertFalse(results.passed(), results.toString());
        assertEquals("2", results.expected());
        assertEquals("1", results.actual());
    }

    @Test
    void deploymentCoverageComparesNationalTotal() {
        JsonObject view = json("{\"total\": {\"observersDeployed\": 3000, \"stationsCovered\": 3000,"
                + " \"sampledCovered\": 299}}");

        List<Check> right = TabulationChecks.deployment(view, 3000, 299);
        List<Check> wrong = TabulationChecks.deployment(view, 3000, 300);

        right.forEach(check -> assertTrue(check.passed(), check.toString()));
        assertTrue(wrong.get(0).passed());
        assertFalse(wrong.get(2).passed(), wrong.get(2).toString());
    }

    /** Two régions: ML01 with the given counts, ML02 with one station for each form and no sampled results. */
    private static JsonObject coverage(int arv, int dvt, int resultsIn) {
        return json("{\"notOpenedStations\": 3, \"coverage\": ["
                + "{\"region\": \"ML01\", \"sampled\": 3, \"stationsByForm\": {\"ARV\": " + arv + ", \"DVT\": " + dvt
                + ", \"FDP\": 30, \"RES\": 30}, \"resultsIn\": " + resultsIn + "},"
                + "{\"region\": \"ML02\", \"sampled\": 0, \"stationsByForm\": {\"ARV\": 1, \"DVT\": 1, \"FDP\": 1,"
                + " \"RES\": 1}, \"resultsIn\": 0}]}");
    }

    private static ExpectedCoverage expected() {
        return new ExpectedCoverage(Map.of(
                "ML01", Map.of("ARV", 40, "DVT", 38, "FDP", 30, "RES", 30),
                "ML02", Map.of("ARV", 1, "DVT", 1, "FDP", 1, "RES", 1)),
                Map.of("ML01", 2), 41, 3);
    }

    private static JsonObject tabulation(double yes, double yesMargin99, double turnout, double turnoutMargin99) {
        return json("{\"estimates\": {\"stationsUsed\": 280, \"optionShares\": [" + estimate(yes, yesMargin99) + ", "
                + estimate(1 - yes, yesMargin99) + "], \"turnout\": " + estimate(turnout, turnoutMargin99) + "}}");
    }

    private static String estimate(double ratio, double margin99) {
        return "{\"ratio\": " + ratio + ", \"margin95\": " + margin99 * 0.76 + ", \"margin99\": " + margin99 + "}";
    }

    private static JsonObject json(String text) {
        return PlatformClient.json(text).asJsonObject();
    }
}
