package ml.modele.observation.domain.pvt;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Times {@link PvtEstimator#estimate} on 1,500 synthetic reports: 3 options, turnout and null
 * share, nationally and for 50 strata of 420 stations, with all sheets and again without the
 * about 1 % of flagged sheets. Not a test: run it by hand, see docs/benchmarks.md.
 */
public final class PvtEstimatorBenchmark {

    private static final int STRATA = 50;
    private static final int STATIONS_PER_STRATUM = 420;
    private static final int REPORTS = 1_500;
    private static final int WARM_UP = 2_000;
    private static final int ITERATIONS = 10_000;

    private PvtEstimatorBenchmark() {
    }

    public static void main(String[] args) {
        SplitMix64 random = new SplitMix64(2026L);
        List<StratumDesign> design = new ArrayList<>(STRATA);
        List<ResultSheet> sheets = new ArrayList<>(REPORTS);
        int perStratum = REPORTS / STRATA;
        for (int h = 0; h < STRATA; h++) {
            List<String> codes = new ArrayList<>(perStratum);
            for (int i = 0; i < perStratum; i++) {
                String code = String.format("S%02d-%04d", h, i);
                codes.add(code);
                sheets.add(syntheticSheet(code, random));
            }
            design.add(new StratumDesign(String.format("S%02d", h), "R" + h / 2, STATIONS_PER_STRATUM, codes));
        }

        PvtEstimator estimator = new PvtEstimator();
        PvtReport report = estimator.estimate(design, sheets);
        System.out.printf("Reports: %d, flagged: %d, option 1 share: %.4f ± %.4f%n", report.acceptedSheets(),
                report.qualityFlags().size(), report.estimates().optionShares().get(0).ratio(),
                report.estimates().optionShares().get(0).margin95());

        long checksum = 0;
        for (int i = 0; i < WARM_UP; i++) {
            checksum += estimator.estimate(design, sheets).acceptedSheets();
        }
        long[] nanos = new long[ITERATIONS];
        for (int i = 0; i < ITERATIONS; i++) {
            long start = System.nanoTime();
            checksum += estimator.estimate(design, sheets).acceptedSheets();
            nanos[i] = System.nanoTime() - start;
        }

        Arrays.sort(nanos);
        double mean = Arrays.stream(nanos).average().orElseThrow() / 1e6;
        System.out.printf("estimate() over %d reports, %d iterations after %d warm-up:"
                + " mean %.3f ms, p50 %.3f ms, p99 %.3f ms, max %.3f ms (checksum %d)%n",
                REPORTS, ITERATIONS, WARM_UP, mean, nanos[ITERATIONS / 2] / 1e6,
                nanos[(int) (ITERATIONS * 0.99)] / 1e6, nanos[ITERATIONS - 1] / 1e6, checksum);
    }

    /** Returns a sheet with about 60 % turnout, 3 % null ballots and 3 options. About 1 in 100 overstates option 1. */
    private static ResultSheet syntheticSheet(String code, SplitMix64 random) {
        int registered = 300 + random.nextInt(400);
        int voters = registered * (45 + random.nextInt(30)) / 100;
        int nulls = voters * random.nextInt(6) / 100;
        int valid = voters - nulls;
        int first = valid * (30 + random.nextInt(30)) / 100;
        int second = (valid - first) * (40 + random.nextInt(40)) / 100;
        int third = valid - first - second;
        if (random.nextInt(100) == 0) {
            first += 50;
        }
        return new ResultSheet(code, registered, voters, nulls, valid, List.of(first, second, third),
                SheetStatus.ACCEPTED);
    }
}
