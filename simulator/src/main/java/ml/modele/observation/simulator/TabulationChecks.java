package ml.modele.observation.simulator;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import ml.modele.observation.simulator.SimulationReport.Check;

/**
 * Compares what the platform shows at the end of the day with what the simulator sent: the PVT
 * interval and the reporting coverage of the situation room ({@code GET /api/tabulation/{election}}),
 * and the deployment coverage ({@code GET /api/deployment/{election}/coverage}).
 */
final class TabulationChecks {

    /** Mismatching cells listed in a check's output at most. */
    private static final int LISTED_CELLS = 5;

    private TabulationChecks() {
    }

    /**
     * Checks that the 99 % intervals of the national estimates contain the true YES share and
     * turnout of every station. The 99 % margin keeps the chance that a correct estimator fails
     * one of the two checks near 2 %, against about 10 % with the 95 % margin.
     *
     * @param tabulation the situation room's JSON
     * @param truth      the true figures of all stations
     */
    static List<Check> pvtInterval(JsonObject tabulation, ElectionTruth.Summary truth) {
        JsonObject estimates = tabulation.get("estimates") instanceof JsonObject national ? national : null;
        JsonObject yes = estimates == null || estimates.getJsonArray("optionShares").isEmpty() ? null
                : estimates.getJsonArray("optionShares").getJsonObject(0);
        JsonObject turnout = estimates == null ? null : estimates.getJsonObject("turnout");
        // The sampled stations of Kidal report that they did not open and send no result sheet: the
        // platform counts them with no voters, so turnout is estimated without the bias of merging
        // their stratum into another région's.
        // The first ballot option is the one that the result sheet's E figure counts: OUI in the referendum.
        return List.of(
                Check.inside("PVT 99 % interval of the YES share contains the true national share", truth.yesShare(),
                        number(yes, "ratio"), number(yes, "margin99")),
                Check.inside("PVT 99 % interval of turnout contains the true national turnout", truth.turnout(),
                        number(turnout, "ratio"), number(turnout, "margin99")));
    }

    /**
     * Checks the situation room's coverage: stations per form in the whole country, sampled
     * stations with results, and the number of région and form cells that differ from what was sent.
     */
    static List<Check> coverage(JsonObject tabulation, ExpectedCoverage expected, List<String> forms) {
        Map<String, JsonObject> byRegion = new TreeMap<>();
        for (JsonValue value : tabulation.getJsonArray("coverage")) {
            JsonObject region = value.asJsonObject();
            byRegion.put(region.getString("region"), region);
        }

        List<Check> checks = new ArrayList<>();
        for (String form : forms) {
            long shown = byRegion.values().stream()
                    .mapToLong(region -> count(region.getJsonObject("stationsByForm"), form)).sum();
            checks.add(Check.equal("stations reporting " + form + " on the dashboard", expected.stations(form), shown));
        }
        long resultsIn = byRegion.values().stream().mapToLong(region -> count(region, "resultsIn")).sum();
        checks.add(Check.equal("sampled stations with counted results on the dashboard", expected.resultsIn(),
                resultsIn));
        checks.add(Check.equal("sampled stations counted as not opened on the dashboard", expected.notOpened(),
                count(tabulation, "notOpenedStations")));

        List<String> differing = new ArrayList<>();
        for (String region : union(byRegion.keySet(), expected.regions())) {
            JsonObject shown = byRegion.get(region);
            for (String form : forms) {
                long got = shown == null ? 0 : count(shown.getJsonObject("stationsByForm"), form);
                if (got != expected.stations(region, form)) {
                    differing.add(region + " " + form + " " + expected.stations(region, form) + "/" + got);
                }
            }
            long got = shown == null ? 0 : count(shown, "resultsIn");
            int sent = expected.resultsInByRegion().getOrDefault(region, 0);
            if (got != sent) {
                differing.add(region + " results " + sent + "/" + got);
            }
        }
        String listed = differing.isEmpty() ? "0" : differing.size() + " (expected/shown: "
                + String.join(", ", differing.subList(0, Math.min(LISTED_CELLS, differing.size())))
                + (differing.size() > LISTED_CELLS ? ", ..." : "") + ")";
        checks.add(new Check("région and form cells of the dashboard's coverage that differ from what was sent", "0",
                listed, differing.isEmpty()));
        return checks;
    }

    /**
     * Checks the national line of the deployment coverage: one observer per deployed station, and
     * the sampled stations among them.
     */
    static List<Check> deployment(JsonObject coverageView, int deployed, int sampledObserved) {
        JsonObject total = coverageView.getJsonObject("total");
        return List.of(
                Check.equal("observers deployed in the coverage view", deployed, count(total, "observersDeployed")),
                Check.equal("stations covered in the coverage view", deployed, count(total, "stationsCovered")),
                Check.equal("sampled stations covered in the coverage view", sampledObserved,
                        count(total, "sampledCovered")));
    }

    private static List<String> union(Set<String> first, Set<String> second) {
        Set<String> all = new TreeSet<>(first);
        all.addAll(second);
        return List.copyOf(all);
    }

    private static long count(JsonObject object, String key) {
        return object != null && object.get(key) instanceof JsonNumber number ? number.longValue() : 0;
    }

    private static double number(JsonObject object, String key) {
        return object != null && object.get(key) instanceof JsonNumber number ? number.doubleValue() : Double.NaN;
    }
}
