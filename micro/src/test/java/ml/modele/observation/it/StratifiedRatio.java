package ml.modele.observation.it;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import ml.modele.observation.it.SampledElection.Sheet;
import ml.modele.observation.it.SampledElection.Station;

/**
 * The PVT's stratified ratio estimator computed from its formulas, so that the tests compare the
 * server's estimates with a computation of their own. The estimation groups (strata merged when
 * they have fewer than two reports) are the server's, and everything else is computed here.
 *
 * @param sampled   the sampled stations, which give each station's stratum
 * @param frameSize the stations per stratum in the frame (N_h)
 * @param groups    the server's estimation groups: the strata of each group, by group key
 */
record StratifiedRatio(List<Station> sampled, Map<String, Integer> frameSize, Map<String, List<String>> groups) {

    /** Reads the estimation groups of a tabulation estimate in the JSON of the tabulation REST path. */
    static Map<String, List<String>> groups(JsonObject estimates) {
        Map<String, List<String>> groups = new LinkedHashMap<>();
        for (JsonValue value : estimates.getJsonArray("groups")) {
            JsonObject group = value.asJsonObject();
            groups.put(group.getString("key"), group.getJsonArray("strata").getValuesAs(JsonString::getString));
        }
        return groups;
    }

    /**
     * Returns R = Σ w y / Σ w x and 1.959964 √V with w = N_g / n_g per estimation group g and
     * V = Σ_g (1 − n_g/N_g) n_g/(n_g − 1) Σ_i (z_gi − z̄_g)², z = w (y − R x) / X̂, over the result
     * sheets by station code.
     */
    double[] ratioAndMargin(Map<String, Sheet> sheets, ToIntFunction<Sheet> y, ToIntFunction<Sheet> x) {
        Map<String, String> groupOfStratum = new HashMap<>();
        groups.forEach((group, strata) -> strata.forEach(stratum -> groupOfStratum.put(stratum, group)));
        Map<String, List<Sheet>> byGroup = new HashMap<>();
        sheets.forEach((code, sheet) -> byGroup.computeIfAbsent(groupOfStratum.get(stratumOf(code)),
                k -> new ArrayList<>()).add(sheet));

        Map<String, Double> weight = new HashMap<>();
        Map<String, Integer> population = new HashMap<>();
        for (Map.Entry<String, List<String>> group : groups.entrySet()) {
            int frame = group.getValue().stream().mapToInt(frameSize::get).sum();
            population.put(group.getKey(), frame);
            weight.put(group.getKey(), (double) frame / byGroup.get(group.getKey()).size());
        }

        double totalY = 0;
        double totalX = 0;
        for (Map.Entry<String, List<Sheet>> group : byGroup.entrySet()) {
            for (Sheet sheet : group.getValue()) {
                totalY += weight.get(group.getKey()) * y.applyAsInt(sheet);
                totalX += weight.get(group.getKey()) * x.applyAsInt(sheet);
            }
        }

        double ratio = totalY / totalX;
        double variance = 0;
        for (Map.Entry<String, List<Sheet>> group : byGroup.entrySet()) {
            double w = weight.get(group.getKey());
            int n = group.getValue().size();
            double[] scores = new double[n];
            double mean = 0;
            for (int i = 0; i < n; i++) {
                Sheet sheet = group.getValue().get(i);
                scores[i] = w * (y.applyAsInt(sheet) - ratio * x.applyAsInt(sheet)) / totalX;
                mean += scores[i] / n;
            }
            double squares = 0;
            for (double score : scores) {
                squares += (score - mean) * (score - mean);
            }
            variance += (1.0 - (double) n / population.get(group.getKey())) * n / (n - 1.0) * squares;
        }
        return new double[] {ratio, 1.959964 * Math.sqrt(variance)};
    }

    private String stratumOf(String code) {
        return sampled.stream().filter(station -> station.code().equals(code)).findFirst()
                .orElseThrow(() -> new AssertionError("station " + code + " is not sampled")).stratum();
    }
}
