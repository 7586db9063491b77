package ml.modele.observation.application.tabulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import ml.modele.observation.application.UserInputException;
import ml.modele.observation.application.tabulation.TabulationData.OfficialFigures;
import ml.modele.observation.application.tabulation.TabulationData.StoredSubmission;
import ml.modele.observation.application.tabulation.TabulationView.AnswerShare;
import ml.modele.observation.application.tabulation.TabulationView.Verdict;
import ml.modele.observation.domain.election.BallotOption;
import ml.modele.observation.domain.election.ElectionType;
import ml.modele.observation.domain.form.DefaultFormSets;
import ml.modele.observation.domain.form.FormSet;
import ml.modele.observation.domain.form.Question;
import ml.modele.observation.domain.pvt.PvtEstimates;
import ml.modele.observation.domain.pvt.PvtEstimator;
import ml.modele.observation.domain.pvt.PvtReport;
import ml.modele.observation.domain.pvt.RatioEstimate;
import ml.modele.observation.domain.pvt.ResultSheet;
import ml.modele.observation.domain.pvt.SheetStatus;
import ml.modele.observation.domain.pvt.StratumDesign;

class TabulatorTest {

    private static final Instant START = Instant.parse("2023-06-18T18:00:00Z");

    /** Two régions of four sampled stations each, in frames of 40 and 60 stations. */
    private static final List<StratumDesign> DESIGN = List.of(
            new StratumDesign("ML01", "ML01", 40, List.of("K1", "K2", "K3", "K4")),
            new StratumDesign("ML04", "ML04", 60, List.of("S1", "S2", "S3", "S4")));

    /** Registered voters of the sampled stations in the electoral map. */
    private static final Map<String, Integer> REGISTERED = Map.of("K1", 500, "K2", 400, "K3", 450, "K4", 480,
            "S1", 600, "S2", 550, "S3", 500, "S4", 520);

    /** Result sheets that add up, used by most cases: three in Kayes (K1 to K3), two in Ségou (S1, S2). */
    private static final Sheet K1 = new Sheet("K1", 500, 300, 10, 290, 200, 90);
    private static final Sheet K2 = new Sheet("K2", 400, 250, 5, 245, 150, 95);
    private static final Sheet K3 = new Sheet("K3", 450, 200, 0, 200, 120, 80);
    private static final Sheet S1 = new Sheet("S1", 600, 420, 20, 400, 100, 300);
    private static final Sheet S2 = new Sheet("S2", 550, 300, 10, 290, 90, 200);

    @Test
    void estimatesFromCountedSheetsOfSampledStationsOnly() {
        List<StoredSubmission> results = new ArrayList<>(counted(K1, K2, K3, S1, S2));
        // Not counted (arithmetic failed): quarantined, left out.
        results.add(new Sheet("S3", 500, 300, 10, 290, 290, 290).stored(6, false));
        // Counted but outside the sample: left out.
        results.add(new Sheet("X9", 500, 500, 0, 500, 500, 0).stored(7, true));

        TabulationView view = tabulator().compute(1, Tabulator.NATIONAL, "v1", DESIGN, Map.of(), results, List.of(),
                List.of(), Map.of(), regionNames(), Map.of());

        PvtReport expected = estimate(DESIGN, K1, K2, K3, S1, S2);
        PvtReport report = view.report().orElseThrow();
        assertEquals(5, report.acceptedSheets());
        assertEquals(1, report.ignoredByStatus().get(SheetStatus.QUARANTINED));
        assertEquals(expected.estimates().optionShares(), report.estimates().optionShares());
        assertEquals(expected.estimates().turnout(), report.estimates().turnout());
        assertEquals(8, view.sampledStations());
        assertEquals(6, view.resultSheets());
        assertEquals(List.of("OUI", "NON"), view.optionLabels().stream().map(TabulationView.OptionLabel::fr).toList());

        assertEquals(4, view.convergence().size());
        assertEquals(5, view.convergence().get(3).reported());
        assertEquals(expected.estimates().optionShares(), view.convergence().get(3).optionShares());
        assertEquals(2, view.convergence().get(0).reported());
    }

    @Test
    void statesVerdictOfOfficialResult() {
        List<StoredSubmission> results = counted(K1, K2, S1, S2);
        PvtReport report = estimate(DESIGN, K1, K2, S1, S2);
        double yes = report.estimates().optionShares().get(0).ratio();
        double margin = report.estimates().optionShares().get(0).margin95();
        // Official YES three margins above the estimate; turnout exactly the estimate.
        long valid = 1_000_000;
        long yesVotes = Math.round((yes + 3 * margin) * valid);
        long registered = 10_000_000;
        long voters = Math.round(report.estimates().turnout().ratio() * registered);
        OfficialFigures official = new OfficialFigures("NATIONAL", registered, voters, voters - valid, valid,
                List.of(yesVotes, valid - yesVotes), START, "eva");

        TabulationView view = tabulator().compute(1, Tabulator.NATIONAL, "v1", DESIGN, Map.of(), results, List.of(),
                List.of(), Map.of(), regionNames(), Map.of("NATIONAL", official));

        Verdict yesVerdict = view.verdicts().get(0);
        assertFalse(yesVerdict.inside95());
        assertEquals(3.0, yesVerdict.marginsApart(), 1e-3);
        Verdict turnout = view.verdicts().get(2);
        assertEquals(Verdict.TURNOUT, turnout.figure());
        assertTrue(turnout.inside95());
        assertEquals(0.0, turnout.marginsApart(), 1e-3);
    }

    @Test
    void listsOfficialResultBeforeAnyEstimate() {
        OfficialFigures official = new OfficialFigures("NATIONAL", 10_000, 4_000, 100, 3_900,
                List.of(3_000L, 900L), START, "eva");

        TabulationView view = tabulator().compute(1, Tabulator.NATIONAL, "v1", DESIGN, Map.of(), List.of(), List.of(),
                List.of(), Map.of(), regionNames(), Map.of("NATIONAL", official));

        assertEquals(3, view.verdicts().size());
        assertFalse(view.verdicts().get(0).estimated());
        assertEquals(3_000.0 / 3_900, view.verdicts().get(0).official(), 1e-12);
        assertEquals(Verdict.TURNOUT, view.verdicts().get(2).figure());
        assertEquals(0.4, view.verdicts().get(2).official(), 1e-12);
    }

    @Test
    void computesChecklistSharesNationallyAndByRegion() {
        List<StoredSubmission> checklists = new ArrayList<>();
        String[] stations = {"K1", "K2", "K3", "K4", "S1", "S2", "S3", "S4", "X9"};
        String[] opened = {"1", "1", "2", "1", "1", "2", "2", "1", "2"};
        Map<String, String> regionOf = new LinkedHashMap<>();
        for (int i = 0; i < stations.length; i++) {
            checklists.add(submission(i + 1, "ARV", stations[i], Map.of("A", "7", "B", opened[i]), true));
            regionOf.put(stations[i], stations[i].startsWith("K") ? "ML01" : "ML04");
        }

        TabulationView view = tabulator().compute(1, Tabulator.NATIONAL, "v1", DESIGN, REGISTERED, List.of(),
                checklists, List.of(), regionOf, regionNames(), Map.of());

        AnswerShare national = share(view, "NATIONAL", "ARV", "B", "1");
        assertEquals(8, national.sampleAnswers());
        assertEquals(9, national.allAnswers());
        assertEquals(5.0 / 9.0, national.allShare(), 1e-12);
        // Stratified: (40/4 · 3 + 60/4 · 2) / (40 + 60) = 60 / 100.
        assertEquals(0.6, national.sampleShare().orElseThrow().ratio(), 1e-12);
        AnswerShare kayes = share(view, "ML01", "ARV", "B", "1");
        assertEquals(0.75, kayes.sampleShare().orElseThrow().ratio(), 1e-12);
        assertEquals(3, view.coverage().get(0).opened());
        assertEquals(4, view.coverage().get(0).stationsByForm().get(0).stations());
    }

    @Test
    void rejectsOfficialResultThatDoesNotAddUp() {
        UserInputException sum = assertThrows(UserInputException.class,
                () -> OfficialResultCheck.check(1000, 500, 10, 490, List.of(400L, 80L), 2));
        assertEquals("official.error.optionSum", sum.messageKey());
        UserInputException voters = assertThrows(UserInputException.class,
                () -> OfficialResultCheck.check(1000, 1500, 10, 1490, List.of(1400L, 90L), 2));
        assertEquals("official.error.voters", voters.messageKey());
        UserInputException count = assertThrows(UserInputException.class,
                () -> OfficialResultCheck.check(1000, 500, 10, 490, List.of(490L), 2));
        assertEquals("official.error.optionCount", count.messageKey());
    }

    @Test
    void limitsRegionalScopeToItsRegion() {
        List<StoredSubmission> results = counted(K1, K2, S1, S2);
        Map<String, String> regionOf = Map.of("K1", "ML01", "K2", "ML01", "S1", "ML04", "S2", "ML04");

        TabulationView view = tabulator().compute(1, "ML04", "v1", DESIGN, Map.of(), results, List.of(), List.of(),
                regionOf, regionNames(), Map.of());

        PvtReport expected = estimate(List.of(DESIGN.get(1)), S1, S2);
        assertEquals("ML04", view.scope());
        assertEquals(4, view.sampledStations());
        assertEquals(2, view.report().orElseThrow().acceptedSheets());
        assertEquals(expected.estimates().optionShares(), view.report().orElseThrow().estimates().optionShares());
        assertEquals(List.of("ML04"), view.coverage().stream().map(TabulationView.RegionCoverage::regionCode).toList());
        assertEquals(2, view.coverage().get(0).resultsIn());
    }

    @Test
    void comparesRegionalOfficialResultWithRegionalEstimate() {
        List<StoredSubmission> results = counted(K1, K2, S1, S2);
        PvtReport kayes = estimate(List.of(DESIGN.get(0)), K1, K2);
        // 66 % YES in Kayes, whatever the national figure.
        OfficialFigures official = new OfficialFigures("ML01", 20_000, 12_000, 200, 11_800, List.of(7_788L, 4_012L),
                START, "eva");

        TabulationView view = tabulator().compute(1, Tabulator.NATIONAL, "v1", DESIGN, Map.of(), results, List.of(),
                List.of(), Map.of(), regionNames(), Map.of("ML01", official));

        Verdict yes = view.verdicts().get(0);
        assertEquals("ML01", yes.scope());
        assertEquals(kayes.estimates().optionShares().get(0).ratio(), yes.estimate(), 1e-12);
        assertEquals(kayes.estimates().optionShares().get(0).margin95(), yes.margin95(), 1e-12);
        assertEquals(7_788.0 / 11_800, yes.official(), 1e-12);
        assertEquals(0.6, view.verdicts().get(2).official(), 1e-12);
    }

    @Test
    void countsNotOpenedStationWithNoVoters() {
        // Every sheet gives YES 60 % of the valid votes, so the shares stay at 0.6 whatever the weights.
        List<StoredSubmission> results = counted(
                new Sheet("K1", 500, 300, 10, 290, 174, 116),
                new Sheet("K2", 400, 250, 5, 245, 147, 98),
                new Sheet("S1", 600, 420, 20, 400, 240, 160),
                new Sheet("S2", 550, 300, 10, 290, 174, 116));
        List<StoredSubmission> checklists = List.of(arrival(5, "K3", Question.NO));

        TabulationView before = tabulator().compute(1, Tabulator.NATIONAL, "v1", DESIGN, REGISTERED, results,
                List.of(), List.of(), Map.of(), regionNames(), Map.of());
        TabulationView after = tabulator().compute(1, Tabulator.NATIONAL, "v1", DESIGN, REGISTERED, results,
                checklists, List.of(), Map.of(), regionNames(), Map.of());

        // Before: (40/2 · 550 + 60/2 · 720) / (40/2 · 900 + 60/2 · 1150) = 32600 / 52500.
        assertEquals(0.6210, before.report().orElseThrow().estimates().turnout().ratio(), 5e-5);
        // After, K3 adds 0 voters and its 450 registered: (40/3 · 550 + 30 · 720) / (40/3 · 1350 + 30 · 1150).
        PvtReport report = after.report().orElseThrow();
        assertEquals(0.5511, report.estimates().turnout().ratio(), 5e-5);
        assertEquals(0.6, report.estimates().optionShares().get(0).ratio(), 1e-12);
        assertEquals(0.4, report.estimates().optionShares().get(1).ratio(), 1e-12);
        assertEquals(5, report.acceptedSheets());
        assertEquals(1, after.notOpenedStations());
        assertEquals(4, after.resultSheets());
        assertEquals(0, before.notOpenedStations());
    }

    @Test
    void keepsRegionWithNoOpenStationInEstimates() {
        List<StoredSubmission> results = counted(S1, S2);
        List<StoredSubmission> checklists = List.of(arrival(3, "K1", Question.NO), arrival(4, "K2", Question.NO),
                arrival(5, "K3", Question.NO), arrival(6, "K4", Question.NO));

        TabulationView view = tabulator().compute(1, Tabulator.NATIONAL, "v1", DESIGN, REGISTERED, results,
                checklists, List.of(), Map.of(), regionNames(), Map.of());

        PvtReport report = view.report().orElseThrow();
        assertEquals(List.of(), report.estimates().merges());
        // (40/4 · 0 + 60/2 · 720) / (40/4 · 1830 + 60/2 · 1150) = 21600 / 52800.
        assertEquals(0.4091, report.estimates().turnout().ratio(), 5e-5);
        // Kayes has no valid vote, so the shares are Ségou's: 190 / 690.
        assertEquals(0.2754, report.estimates().optionShares().get(0).ratio(), 5e-5);
        assertFalse(Double.isNaN(report.estimates().optionShares().get(0).margin95()));
        assertEquals(4, view.notOpenedStations());
        assertEquals(0, view.coverage().get(0).resultsIn());
    }

    @Test
    void prefersRealSheetOverNotOpenedReport() {
        List<StoredSubmission> results = new ArrayList<>(counted(K1, K2, S1, S2));
        // K3 reported not opened at 18:00:05, then its real sheet came at 18:10.
        results.add(K3.stored(10, true));
        List<StoredSubmission> checklists = List.of(arrival(5, "K3", Question.NO));

        TabulationView view = tabulator().compute(1, Tabulator.NATIONAL, "v1", DESIGN, REGISTERED, results,
                checklists, List.of(), Map.of(), regionNames(), Map.of());

        PvtReport expected = estimate(DESIGN, K1, K2, K3, S1, S2);
        PvtReport report = view.report().orElseThrow();
        assertEquals(0, view.notOpenedStations());
        assertEquals(5, report.acceptedSheets());
        assertEquals(expected.estimates().turnout(), report.estimates().turnout());
        assertEquals(expected.estimates().optionShares(), report.estimates().optionShares());
    }

    @Test
    void keepsUncountedSheetOfNotOpenedStation() {
        List<StoredSubmission> results = new ArrayList<>(counted(K1, K2, S1));
        // Waiting for the EVA, so it is not counted.
        results.add(new Sheet("K3", 450, 200, 0, 200, 300, 300).stored(4, false));
        List<StoredSubmission> checklists = List.of(arrival(5, "K3", Question.NO));

        TabulationView view = tabulator().compute(1, Tabulator.NATIONAL, "v1", DESIGN, REGISTERED, results,
                checklists, List.of(), Map.of(), regionNames(), Map.of());

        PvtReport report = view.report().orElseThrow();
        assertEquals(0, view.notOpenedStations());
        assertEquals(3, report.acceptedSheets());
        assertEquals(1, report.ignoredByStatus().values().stream().mapToInt(Integer::intValue).sum());
    }

    @Test
    void ignoresNotOpenedAnswerCorrectedToYes() {
        List<StoredSubmission> results = counted(K1, K2, S1, S2);
        // K3: "no" at 18:00:05, then "yes" at 18:00:06. K4: "yes", then "no": the latest answer counts.
        List<StoredSubmission> checklists = List.of(arrival(5, "K3", Question.NO), arrival(6, "K3", Question.YES),
                arrival(7, "K4", Question.YES), arrival(8, "K4", Question.NO));
        Map<String, String> regionOf = Map.of("K3", "ML01", "K4", "ML01");

        TabulationView view = tabulator().compute(1, Tabulator.NATIONAL, "v1", DESIGN, REGISTERED, results,
                checklists, List.of(), regionOf, regionNames(), Map.of());

        PvtReport report = view.report().orElseThrow();
        assertEquals(1, view.notOpenedStations());
        assertEquals(5, report.acceptedSheets());
        // K4's 480 registered voters join Kayes with no voters: (40/3 · 550 + 30 · 720) / (40/3 · 1380 + 30 · 1150).
        assertEquals(0.5469, report.estimates().turnout().ratio(), 5e-5);
        assertEquals(1, view.coverage().get(0).opened());
    }

    @Test
    void rejectsNotOpenedStationMissingFromMap() {
        List<StoredSubmission> results = counted(K1, K2);
        List<StoredSubmission> checklists = List.of(arrival(3, "K3", Question.NO));

        IllegalStateException error = assertThrows(IllegalStateException.class, () -> tabulator().compute(1,
                Tabulator.NATIONAL, "v1", DESIGN, Map.of(), results, checklists, List.of(), Map.of(), regionNames(),
                Map.of()));
        assertTrue(error.getMessage().contains("K3"));
    }

    @Test
    void oneCountedSheetGivesGapWithItsCount() {
        List<StoredSubmission> results = List.of(K1.stored(1, true), K2.stored(2, false));

        TabulationView view = tabulator().compute(1, Tabulator.NATIONAL, "v1", DESIGN, REGISTERED, results,
                List.of(), List.of(), Map.of(), regionNames(), Map.of());

        assertTrue(view.report().isEmpty());
        assertEquals(1, view.countedSheets());
        assertEquals(new EstimateGap("tabulation.gap.fewSheets", List.of(1)),
                EstimateGap.ofEstimates(view).orElseThrow());
        assertEquals(EstimateGap.ofEstimates(view), EstimateGap.ofEstimatesWithoutFlagged(view));
        assertEquals(List.of(), view.convergence());
    }

    @Test
    void closedStationsOnlyGiveNoShares() {
        // Two sampled stations report that they did not open; no result sheet has arrived.
        List<StoredSubmission> checklists = List.of(arrival(1, "K1", Question.NO), arrival(2, "S1", Question.NO));
        OfficialFigures official = new OfficialFigures("NATIONAL", 10_000, 4_000, 100, 3_900,
                List.of(3_000L, 900L), START, "eva");

        TabulationView view = tabulator().compute(1, Tabulator.NATIONAL, "v1", DESIGN, REGISTERED, List.of(),
                checklists, List.of(), Map.of(), regionNames(), Map.of("NATIONAL", official));

        assertEquals(2, view.countedSheets());
        assertTrue(EstimateGap.ofEstimates(view).isEmpty());
        PvtEstimates estimates = view.report().orElseThrow().estimates();
        assertFalse(estimates.optionShares().get(0).defined());
        assertEquals(new EstimateGap("tabulation.gap.noValidVotes", List.of(0)),
                EstimateGap.ofFigure(estimates.optionShares().get(0), EstimateGap.Figure.OPTION_SHARE).orElseThrow());
        assertEquals(new EstimateGap("tabulation.gap.noVoters", List.of(0)),
                EstimateGap.ofFigure(estimates.nullShare(), EstimateGap.Figure.NULL_SHARE).orElseThrow());
        // Both stations have registered voters, so turnout is 0 with a margin.
        assertTrue(EstimateGap.ofFigure(estimates.turnout(), EstimateGap.Figure.TURNOUT).isEmpty());
        assertEquals(List.of(), view.convergence());
        for (Verdict verdict : view.verdicts()) {
            boolean turnout = verdict.figure() == Verdict.TURNOUT;
            assertEquals(turnout, verdict.estimated(), "verdict of figure " + verdict.figure());
        }
    }

    @Test
    void convergenceStartsWhenSharesAreDefined() {
        // K1 did not open; then three real sheets arrive.
        List<StoredSubmission> checklists = List.of(arrival(1, "K1", Question.NO));
        List<StoredSubmission> results = List.of(K2.stored(2, true), S1.stored(3, true), S2.stored(4, true));

        TabulationView view = tabulator().compute(1, Tabulator.NATIONAL, "v1", DESIGN, REGISTERED, results,
                checklists, List.of(), Map.of(), regionNames(), Map.of());

        // Counts 2 (K1 and K2: one sheet with valid votes) is left out; counts 3 and 4 are drawn.
        assertEquals(List.of(3, 4),
                view.convergence().stream().map(TabulationView.ConvergencePoint::reported).toList());
        assertTrue(view.convergence().stream().flatMap(point -> point.optionShares().stream())
                .allMatch(RatioEstimate::defined));
    }

    @Test
    void checklistShareBelowTwoAnswersGivesGap() {
        List<StoredSubmission> checklists = List.of(arrival(1, "K1", Question.YES));

        TabulationView view = tabulator().compute(1, Tabulator.NATIONAL, "v1", DESIGN, REGISTERED, List.of(),
                checklists, List.of(), Map.of("K1", "ML01"), regionNames(), Map.of());

        AnswerShare opened = share(view, "NATIONAL", "ARV", "B", "1");
        assertEquals(new EstimateGap("tabulation.gap.fewAnswers", List.of(1)),
                EstimateGap.ofSampleShare(opened).orElseThrow());
    }

    @Test
    void estimatesEachOfThreeCandidates() {
        FormSet presidential = DefaultFormSets.forElection(ElectionType.PRESIDENTIAL_ROUND_1, List.of(
                new BallotOption("C01", "Awa Traoré"), new BallotOption("C02", "Moussa Keïta"),
                new BallotOption("C03", "Fatoumata Diallo")));
        List<StoredSubmission> results = List.of(
                candidates(1, "K1", 500, 300, 10, 290, 150, 90, 50),
                candidates(2, "K2", 400, 250, 5, 245, 100, 95, 50),
                candidates(3, "S1", 600, 420, 20, 400, 100, 200, 100),
                candidates(4, "S2", 550, 300, 10, 290, 90, 100, 100));
        OfficialFigures official = new OfficialFigures("NATIONAL", 10_000, 6_000, 200, 5_800,
                List.of(2_000L, 2_300L, 1_500L), START, "eva");

        TabulationView view = new Tabulator(presidential).compute(1, Tabulator.NATIONAL, "v1", DESIGN, Map.of(),
                results, List.of(), List.of(), Map.of(), regionNames(), Map.of("NATIONAL", official));

        PvtReport expected = new PvtEstimator().estimate(DESIGN, List.of(
                new ResultSheet("K1", 500, 300, 10, 290, List.of(150, 90, 50), SheetStatus.ACCEPTED),
                new ResultSheet("K2", 400, 250, 5, 245, List.of(100, 95, 50), SheetStatus.ACCEPTED),
                new ResultSheet("S1", 600, 420, 20, 400, List.of(100, 200, 100), SheetStatus.ACCEPTED),
                new ResultSheet("S2", 550, 300, 10, 290, List.of(90, 100, 100), SheetStatus.ACCEPTED)));
        assertEquals(List.of("C01 – Awa Traoré", "C02 – Moussa Keïta", "C03 – Fatoumata Diallo"),
                view.optionLabels().stream().map(TabulationView.OptionLabel::fr).toList());
        assertEquals(3, view.report().orElseThrow().estimates().optionShares().size());
        assertEquals(expected.estimates().optionShares(), view.report().orElseThrow().estimates().optionShares());
        assertEquals(List.of(0, 1, 2, Verdict.TURNOUT), view.verdicts().stream().map(Verdict::figure).toList());
        assertEquals(1_500.0 / 5_800, view.verdicts().get(2).official(), 1e-12);
    }

    private static StoredSubmission candidates(long id, String station, int registered, int voters, int nulls,
                                               int valid, int first, int second, int third) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("A", Integer.toString(registered));
        values.put("B", Integer.toString(voters));
        values.put("C", Integer.toString(nulls));
        values.put("D", Integer.toString(valid));
        values.put("E", Integer.toString(first));
        values.put("F", Integer.toString(second));
        values.put("G", Integer.toString(third));
        return new StoredSubmission(id, "RES", station, "ACTIVE", "", true, START, START.plusSeconds(id * 60),
                values);
    }

    private static AnswerShare share(TabulationView view, String scope, String form, String question, String answer) {
        return view.statistics().stream().filter(s -> s.scope().equals(scope) && s.formCode().equals(form)
                && s.questionCode().equals(question) && s.answerCode().equals(answer)).findFirst().orElseThrow();
    }

    private static Tabulator tabulator() {
        return new Tabulator(DefaultFormSets.referendum());
    }

    private static Map<String, String> regionNames() {
        Map<String, String> names = new LinkedHashMap<>();
        names.put("ML01", "Kayes");
        names.put("ML04", "Ségou");
        return names;
    }

    /** Figures of one station's result sheet, the RES form's questions A to F. */
    private record Sheet(String station, int registered, int voters, int nulls, int valid, int yes, int no) {

        /**
         * Returns the sheet as the intake stores it, updated {@code id} minutes after the polls
         * closed. A sheet that is not counted failed the arithmetic check.
         */
        StoredSubmission stored(long id, boolean counted) {
            Map<String, String> values = new LinkedHashMap<>();
            values.put("A", Integer.toString(registered));
            values.put("B", Integer.toString(voters));
            values.put("C", Integer.toString(nulls));
            values.put("D", Integer.toString(valid));
            values.put("E", Integer.toString(yes));
            values.put("F", Integer.toString(no));
            return new StoredSubmission(id, "RES", station, "ACTIVE", counted ? "" : "ARITHMETIC_FAILED", counted,
                    START, START.plusSeconds(id * 60), values);
        }

        ResultSheet accepted() {
            return new ResultSheet(station, registered, voters, nulls, valid, List.of(yes, no), SheetStatus.ACCEPTED);
        }
    }

    /** Returns the sheets stored as counted submissions with ids 1, 2, 3 and on, in the given order. */
    private static List<StoredSubmission> counted(Sheet... sheets) {
        List<StoredSubmission> stored = new ArrayList<>();
        for (int i = 0; i < sheets.length; i++) {
            stored.add(sheets[i].stored(i + 1, true));
        }
        return List.copyOf(stored);
    }

    /** Returns the estimator's own report over the sheets, all accepted, which the tabulator must match. */
    private static PvtReport estimate(List<StratumDesign> design, Sheet... sheets) {
        return new PvtEstimator().estimate(design, Arrays.stream(sheets).map(Sheet::accepted).toList());
    }

    private static StoredSubmission arrival(long id, String station, String opened) {
        return submission(id, "ARV", station, Map.of("A", "7", "B", opened), true);
    }

    private static StoredSubmission submission(long id, String form, String station, Map<String, String> values,
                                               boolean active) {
        return new StoredSubmission(id, form, station, active ? "ACTIVE" : "REJECTED", "", false, START,
                START.plusSeconds(id), new LinkedHashMap<>(values));
    }
}
