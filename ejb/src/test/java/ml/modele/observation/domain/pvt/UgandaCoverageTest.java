package ml.modele.observation.domain.pvt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Checks the sampler and estimator together on the Uganda 2016 presidential results of all
 * polling stations, where the true national share is known. The test draws 200 samples of
 * 1,000 stations (strata: districts, proportional allocation, seeds 1 to 200). The 95 %
 * interval of Museveni's share must contain the true share in 93 % to 97 % of them.
 */
class UgandaCoverageTest {

    private static final String RESOURCE = "/pvt/uganda_2016_pres_pollingstation.csv";
    private static final String LEADING_CANDIDATE = "YOWERI  KAGUTA MUSEVENI";
    private static final int SAMPLE_SIZE = 1_000;
    private static final int DRAWS = 200;

    private static List<PollingStation> frame;
    private static Map<String, ResultSheet> sheets;
    private static int leadingOption;
    private static double trueShare;

    @BeforeAll
    static void readResults() {
        CsvFile csv = CsvFile.read(RESOURCE);
        int order = csv.column("ORDER");
        int district = csv.column("DISTRICT");
        int registered = csv.column("REG VOTERS");
        int valid = csv.column("VALID VOTES");
        int invalid = csv.column("INVALID VOTES");
        int total = csv.column("TOTAL VOTES");
        // The 8 candidate columns lie between REG VOTERS and VALID VOTES.
        leadingOption = csv.column(LEADING_CANDIDATE) - registered - 1;

        frame = new ArrayList<>(csv.rows().size());
        sheets = new HashMap<>();
        long leadingVotes = 0;
        long validVotes = 0;
        for (List<String> row : csv.rows()) {
            String code = row.get(order);
            int registeredVoters = Integer.parseInt(row.get(registered));
            List<Integer> options = new ArrayList<>();
            for (int c = registered + 1; c < valid; c++) {
                options.add(Integer.parseInt(row.get(c)));
            }
            ResultSheet sheet = new ResultSheet(code, registeredVoters, Integer.parseInt(row.get(total)),
                    Integer.parseInt(row.get(invalid)), Integer.parseInt(row.get(valid)), options,
                    SheetStatus.ACCEPTED);
            frame.add(new PollingStation(code, row.get(district), null, registeredVoters));
            sheets.put(code, sheet);
            leadingVotes += options.get(leadingOption);
            validVotes += sheet.validVotes();
        }
        trueShare = (double) leadingVotes / validVotes;
    }

    @Test
    void frameHasAllStations() {
        assertEquals(28_010, frame.size());
        assertEquals(0.6062, trueShare, 1e-4);
    }

    @Test
    void intervalCoversTrueShare() {
        Coverage coverage = simulate(0);

        assertTrue(coverage.rate() >= 0.93, "coverage " + coverage.rate() + " is below 0.93");
        assertTrue(coverage.rate() <= 0.97, "coverage " + coverage.rate() + " is above 0.97");
        assertTrue(coverage.meanMargin() <= 1.15 * 1.96 * coverage.empiricalSd(), "mean margin "
                + coverage.meanMargin() + " exceeds 1.15 × 1.96 × empirical SD " + coverage.empiricalSd());
    }

    @Test
    void intervalCoversTrueShareWithMissingReports() {
        // Each sampled station fails to report with probability 0.2, independently of its votes,
        // so small districts keep fewer than 2 reports and get merged.
        Coverage coverage = simulate(0.2);

        assertTrue(coverage.meanMerges() > 1, "expected merges, got " + coverage.meanMerges() + " per draw");
        assertTrue(coverage.rate() >= 0.93, "coverage " + coverage.rate() + " is below 0.93");
        assertTrue(coverage.rate() <= 0.97, "coverage " + coverage.rate() + " is above 0.97");
        assertTrue(coverage.meanMargin() <= 1.15 * 1.96 * coverage.empiricalSd(), "mean margin "
                + coverage.meanMargin() + " exceeds 1.15 × 1.96 × empirical SD " + coverage.empiricalSd());
    }

    /** Summary of repeated draws: share of covering intervals, margins, spread and merges. */
    private record Coverage(double rate, double meanMargin, double empiricalSd, double rmse, double meanMerges) {
    }

    private static Coverage simulate(double missingRate) {
        StratifiedSampler sampler = new StratifiedSampler();
        PvtEstimator estimator = new PvtEstimator();
        SplitMix64 nonResponse = new SplitMix64(-1L);
        double[] estimates = new double[DRAWS];
        double marginSum = 0;
        int covered = 0;
        int merges = 0;
        for (int draw = 0; draw < DRAWS; draw++) {
            PvtSample sample = sampler.draw(frame, StratificationScheme.REGION,
                    AllocationMethod.PROPORTIONAL_TO_STATIONS, SAMPLE_SIZE, 0, draw + 1L);
            List<ResultSheet> reported = new ArrayList<>(sample.size());
            for (PollingStation station : sample.selectedStations()) {
                if (nonResponse.nextInt(1_000_000) >= missingRate * 1_000_000) {
                    reported.add(sheets.get(station.code()));
                }
            }
            PvtEstimates result = estimator.estimate(sample.design(), reported).estimates();
            RatioEstimate share = result.optionShares().get(leadingOption);

            estimates[draw] = share.ratio();
            marginSum += share.margin95();
            merges += result.merges().size();
            if (share.lower95() <= trueShare && trueShare <= share.upper95()) {
                covered++;
            }
        }

        double mean = 0;
        for (double estimate : estimates) {
            mean += estimate / DRAWS;
        }
        double squaredDeviations = 0;
        double squaredErrors = 0;
        for (double estimate : estimates) {
            squaredDeviations += (estimate - mean) * (estimate - mean);
            squaredErrors += (estimate - trueShare) * (estimate - trueShare);
        }
        Coverage coverage = new Coverage((double) covered / DRAWS, marginSum / DRAWS,
                Math.sqrt(squaredDeviations / (DRAWS - 1)), Math.sqrt(squaredErrors / DRAWS),
                (double) merges / DRAWS);
        System.out.printf("Uganda 2016, %d draws of %d stations, missing rate %.2f: true share %.5f,"
                + " mean estimate %.5f, coverage %.3f, mean 95%% margin %.5f, empirical SD %.5f"
                + " (1.96 SD = %.5f), RMSE %.5f, mean merges per draw %.2f%n",
                DRAWS, SAMPLE_SIZE, missingRate, trueShare, mean, coverage.rate(), coverage.meanMargin(),
                coverage.empiricalSd(), 1.96 * coverage.empiricalSd(), coverage.rmse(), coverage.meanMerges());
        return coverage;
    }
}
