package ml.modele.observation.application.tabulation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import ml.modele.observation.application.tabulation.TabulationData.StoredSubmission;
import ml.modele.observation.domain.form.DefaultFormSets;
import ml.modele.observation.domain.pvt.StratumDesign;

/**
 * Times {@link Tabulator#compute}, everything the dashboard recomputes after the SQL reads, on
 * 1,500 stored result sheets and 1,500 opening checklists of sampled stations in 10 régions:
 * estimates with and without flagged sheets, 20 convergence points, checklist shares nationally
 * and by région, and coverage. Not a test: run it by hand, see docs/benchmarks.md.
 */
public final class TabulatorBenchmark {

    private static final int REGIONS = 10;
    private static final int REPORTS = 1_500;
    private static final int STATIONS_PER_REGION = 2_470;
    private static final int WARM_UP = 200;
    private static final int ITERATIONS = 1_000;

    private TabulatorBenchmark() {
    }

    public static void main(String[] args) {
        SplittableRandom random = new SplittableRandom(2026L);
        Instant start = Instant.parse("2023-06-18T18:00:00Z");
        List<StratumDesign> design = new ArrayList<>();
        List<StoredSubmission> results = new ArrayList<>();
        List<StoredSubmission> checklists = new ArrayList<>();
        Map<String, String> regionOf = new HashMap<>();
        Map<String, String> regionNames = new LinkedHashMap<>();
        int perRegion = REPORTS / REGIONS;
        long id = 0;
        for (int r = 1; r <= REGIONS; r++) {
            String region = String.format("ML%02d", r);
            regionNames.put(region, "Région " + r);
            List<String> codes = new ArrayList<>();
            for (int i = 0; i < perRegion; i++) {
                String code = region + "-" + i;
                codes.add(code);
                regionOf.put(code, region);
                int registered = 300 + random.nextInt(500);
                int voters = registered * (30 + random.nextInt(40)) / 100;
                int nulls = voters / 30;
                int valid = voters - nulls;
                int yes = valid * (50 + random.nextInt(45)) / 100;
                Map<String, String> values = new LinkedHashMap<>();
                values.put("A", Integer.toString(registered));
                values.put("B", Integer.toString(voters));
                values.put("C", Integer.toString(nulls));
                values.put("D", Integer.toString(valid));
                values.put("E", Integer.toString(yes));
                values.put("F", Integer.toString(valid - yes));
                id++;
                results.add(new StoredSubmission(id, "RES", code, "ACTIVE", "", true, start, start.plusSeconds(id),
                        values));
                checklists.add(new StoredSubmission(id + REPORTS, "ARV", code, "ACTIVE", "", false, start,
                        start.plusSeconds(id), new LinkedHashMap<>(Map.of("A", "7", "B", i % 7 == 0 ? "2" : "1",
                                "F", "1", "G", "1"))));
            }
            design.add(new StratumDesign(region, region, STATIONS_PER_REGION, codes));
        }

        Tabulator tabulator = new Tabulator(DefaultFormSets.referendum());
        TabulationView view = tabulator.compute(1, Tabulator.NATIONAL, "v", design, Map.of(), results, checklists,
                List.of(), regionOf, regionNames, Map.of());
        System.out.printf("Reports: %d, convergence points: %d, checklist shares: %d, YES %.4f ± %.4f%n",
                view.report().orElseThrow().acceptedSheets(), view.convergence().size(), view.statistics().size(),
                view.report().orElseThrow().estimates().optionShares().get(0).ratio(),
                view.report().orElseThrow().estimates().optionShares().get(0).margin95());

        long checksum = 0;
        for (int i = 0; i < WARM_UP; i++) {
            checksum += tabulator.compute(1, Tabulator.NATIONAL, "v", design, Map.of(), results, checklists,
                    List.of(), regionOf, regionNames, Map.of()).resultSheets();
        }
        long[] nanos = new long[ITERATIONS];
        for (int i = 0; i < ITERATIONS; i++) {
            long begin = System.nanoTime();
            checksum += tabulator.compute(1, Tabulator.NATIONAL, "v", design, Map.of(), results, checklists,
                    List.of(), regionOf, regionNames, Map.of()).resultSheets();
            nanos[i] = System.nanoTime() - begin;
        }
        Arrays.sort(nanos);
        double mean = Arrays.stream(nanos).average().orElseThrow() / 1e6;
        System.out.printf("compute() over %d reports, %d iterations after %d warm-up:"
                + " mean %.3f ms, p50 %.3f ms, p99 %.3f ms, max %.3f ms (checksum %d)%n",
                REPORTS, ITERATIONS, WARM_UP, mean, nanos[ITERATIONS / 2] / 1e6,
                nanos[(int) (ITERATIONS * 0.99)] / 1e6, nanos[ITERATIONS - 1] / 1e6, checksum);
    }
}
