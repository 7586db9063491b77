package ml.modele.observation.application.tabulation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import ml.modele.observation.application.tabulation.TabulationData.OfficialFigures;
import ml.modele.observation.application.tabulation.TabulationData.StoredSubmission;
import ml.modele.observation.application.tabulation.TabulationView.AnswerShare;
import ml.modele.observation.application.tabulation.TabulationView.ConvergencePoint;
import ml.modele.observation.application.tabulation.TabulationView.FormCount;
import ml.modele.observation.application.tabulation.TabulationView.OptionLabel;
import ml.modele.observation.application.tabulation.TabulationView.RegionCoverage;
import ml.modele.observation.application.tabulation.TabulationView.Verdict;
import ml.modele.observation.domain.form.Choice;
import ml.modele.observation.domain.form.FormDefinition;
import ml.modele.observation.domain.form.FormKind;
import ml.modele.observation.domain.form.FormSet;
import ml.modele.observation.domain.form.Question;
import ml.modele.observation.domain.form.QuestionType;
import ml.modele.observation.domain.form.ResultFigure;
import ml.modele.observation.domain.pvt.OfficialResultVerdict;
import ml.modele.observation.domain.pvt.PvtEstimates;
import ml.modele.observation.domain.pvt.PvtEstimator;
import ml.modele.observation.domain.pvt.PvtReport;
import ml.modele.observation.domain.pvt.RatioEstimate;
import ml.modele.observation.domain.pvt.ResultSheet;
import ml.modele.observation.domain.pvt.SheetStatus;
import ml.modele.observation.domain.pvt.StationShareEstimator;
import ml.modele.observation.domain.pvt.StratumDesign;

/**
 * Computes the {@link TabulationView} from stored data, without a database: the result sheets of
 * the sampled stations go through {@link PvtEstimator}, the checklist answers through
 * {@link StationShareEstimator}.
 */
final class Tabulator {

    /** Scope of national figures. */
    static final String NATIONAL = "NATIONAL";
    /** Maximum number of points of the convergence chart. */
    private static final int CONVERGENCE_POINTS = 20;

    private final FormSet formSet;
    private final FormDefinition resultsForm;
    private final StationOpening opening;
    private final PvtEstimator estimator = new PvtEstimator();

    Tabulator(FormSet formSet) {
        this.formSet = formSet;
        this.opening = new StationOpening(formSet);
        this.resultsForm = formSet.forms().stream().filter(form -> form.kind() == FormKind.RESULTS).findFirst()
                .orElseThrow(() -> new IllegalStateException("Form set " + formSet.name() + " has no results form"));
    }

    /**
     * Computes the view.
     *
     * @param scope       NATIONAL, or a région P-code that limits every figure to that région
     * @param design      the sample's strata, all régions
     * @param registeredVoters registered voters of each sampled station in the electoral map
     * @param results     stored result sheets
     * @param checklists  stored checklists
     * @param incidents   stored incidents
     * @param regionOf    région P-code of each station with a submission
     * @param regionNames région names by P-code
     * @param official    official results by scope
     */
    TabulationView compute(long electionId, String scope, String dataVersion, List<StratumDesign> design,
                           Map<String, Integer> registeredVoters, List<StoredSubmission> results,
                           List<StoredSubmission> checklists, List<StoredSubmission> incidents,
                           Map<String, String> regionOf, Map<String, String> regionNames,
                           Map<String, OfficialFigures> official) {
        List<StratumDesign> scopedDesign = NATIONAL.equals(scope) ? design : inRegion(design, scope);
        Set<String> sampled = new HashSet<>();
        scopedDesign.forEach(stratum -> sampled.addAll(stratum.sampledStationCodes()));

        Map<String, StoredSubmission> arrivals = opening.latestArrivals(checklists);
        List<TimedSheet> received = sheets(results, sampled);
        List<TimedSheet> sheets = withNotOpened(received, arrivals, registeredVoters, sampled);
        int notOpened = (int) sheets.stream().filter(TimedSheet::notOpened).count();
        int counted = (int) sheets.stream().filter(timed -> timed.sheet().status() == SheetStatus.ACCEPTED).count();
        Optional<PvtReport> report = estimate(scopedDesign, sheets.stream().map(TimedSheet::sheet).toList());
        List<Verdict> verdicts = new ArrayList<>();
        for (OfficialFigures figures : official.values()) {
            if (!NATIONAL.equals(scope) && !scope.equals(figures.scope())) {
                continue;
            }
            Optional<PvtReport> scoped = NATIONAL.equals(figures.scope()) ? report
                    : estimate(inRegion(design, figures.scope()),
                            regionSheets(results, arrivals, registeredVoters, inRegion(design, figures.scope())));
            verdicts.addAll(scoped.map(estimates -> verdicts(figures, estimates.estimates()))
                    .orElseGet(() -> officialOnly(figures)));
        }

        List<String> regions = new ArrayList<>(regionNames.keySet());
        if (!NATIONAL.equals(scope)) {
            regions.retainAll(List.of(scope));
        }
        return new TabulationView(electionId, scope, dataVersion, optionLabels(), sampled.size(), received.size(),
                notOpened, counted, report, convergence(scopedDesign, sheets), verdicts,
                statistics(scope, design, checklists, regionOf, regions),
                coverage(design, results, arrivals, checklists, incidents, regionOf, regionNames, regions));
    }

    /** Returns the number of ballot options on the results form. */
    int optionCount() {
        return optionLabels().size();
    }

    private List<OptionLabel> optionLabels() {
        return resultsForm.questions().stream().filter(q -> q.figure() == ResultFigure.OPTION_VOTES)
                .map(q -> new OptionLabel(q.labelFr(), q.labelEn())).toList();
    }

    private Optional<PvtReport> estimate(List<StratumDesign> design, List<ResultSheet> sheets) {
        long accepted = sheets.stream().filter(sheet -> sheet.status() == SheetStatus.ACCEPTED).count();
        if (design.isEmpty() || accepted < 2) {
            return Optional.empty();
        }
        return Optional.of(estimator.estimate(design, sheets));
    }

    /**
     * A result sheet with the time its current version was stored. For a station reported not
     * opened, it is the zero sheet with the time of the arrival checklist.
     */
    private record TimedSheet(ResultSheet sheet, java.time.Instant at, boolean notOpened) {
    }

    private List<ResultSheet> regionSheets(List<StoredSubmission> results, Map<String, StoredSubmission> arrivals,
                                           Map<String, Integer> registeredVoters, List<StratumDesign> regionDesign) {
        Set<String> sampled = sampledIn(regionDesign);
        return withNotOpened(sheets(results, sampled), arrivals, registeredVoters, sampled).stream()
                .map(TimedSheet::sheet).toList();
    }

    /**
     * Returns one sheet per sampled station: its earliest counted submission (two counted sheets of
     * one station agree, or they would be in conflict), else its latest one with the status that
     * keeps it out of the estimates.
     */
    private List<TimedSheet> sheets(List<StoredSubmission> results, Set<String> sampled) {
        Map<String, StoredSubmission> chosen = new LinkedHashMap<>();
        for (StoredSubmission submission : results) {
            String station = submission.stationCode();
            if (station == null || !sampled.contains(station)) {
                continue;
            }
            StoredSubmission current = chosen.get(station);
            if (current == null || (!current.counted() && (submission.counted()
                    || submission.updatedAt().isAfter(current.updatedAt())))) {
                chosen.put(station, submission);
            }
        }
        List<TimedSheet> sheets = new ArrayList<>();
        for (StoredSubmission submission : chosen.values()) {
            sheets.add(new TimedSheet(sheet(submission), submission.updatedAt(), false));
        }
        sheets.sort(Comparator.comparing(TimedSheet::at));
        return sheets;
    }

    /**
     * Adds a zero sheet (status ACCEPTED, no voters, registered voters from the electoral map) for
     * each sampled station whose latest arrival checklist reports that it did not open. PVT practice
     * counts such a station in the sample. A received result sheet, counted or not, wins over the
     * zero sheet, because it shows that the station opened: until the EVA decides, an uncounted one
     * keeps the station out of the estimates.
     */
    private List<TimedSheet> withNotOpened(List<TimedSheet> received, Map<String, StoredSubmission> arrivals,
                                           Map<String, Integer> registeredVoters, Set<String> sampled) {
        Map<String, TimedSheet> byStation = new LinkedHashMap<>();
        received.forEach(timed -> byStation.put(timed.sheet().stationCode(), timed));
        for (StoredSubmission arrival : arrivals.values()) {
            String station = arrival.stationCode();
            if (!sampled.contains(station) || !opening.saysNotOpened(arrival)) {
                continue;
            }
            if (byStation.containsKey(station)) {
                continue;
            }
            byStation.put(station, new TimedSheet(zeroSheet(station, registeredVoters), arrival.updatedAt(), true));
        }
        List<TimedSheet> sheets = new ArrayList<>(byStation.values());
        sheets.sort(Comparator.comparing(TimedSheet::at));
        return sheets;
    }

    private ResultSheet zeroSheet(String station, Map<String, Integer> registeredVoters) {
        Integer registered = registeredVoters.get(station);
        if (registered == null) {
            throw new IllegalStateException("Sampled station " + station + " has no registered voters in the map");
        }
        List<Integer> options = new ArrayList<>();
        for (int k = 0; k < optionCount(); k++) {
            options.add(0);
        }
        return new ResultSheet(station, registered, 0, 0, 0, options, SheetStatus.ACCEPTED);
    }

    private ResultSheet sheet(StoredSubmission submission) {
        SheetStatus status = status(submission);
        int registered = 0;
        int voters = 0;
        int nulls = 0;
        int valid = 0;
        List<Integer> options = new ArrayList<>();
        for (Question question : resultsForm.questions()) {
            if (question.figure() == null) {
                continue;
            }
            int value = number(submission.values().get(question.code()));
            switch (question.figure()) {
                case REGISTERED -> registered = value;
                case VOTERS -> voters = value;
                case NULL_BALLOTS -> nulls = value;
                case VALID -> valid = value;
                case OPTION_VOTES -> options.add(value);
                default -> throw new IllegalStateException("Unknown figure " + question.figure());
            }
        }
        return new ResultSheet(submission.stationCode(), registered, voters, nulls, valid, options, status);
    }

    /**
     * Maps the intake's state to the estimator's. Counted sheets are accepted, sheets the EVA
     * rejected are invalid and incomplete ones incomplete. Any other sheet (arithmetic failed,
     * unknown sender, conflict) waits for the EVA, so it is quarantined.
     */
    private static SheetStatus status(StoredSubmission submission) {
        if (submission.counted()) {
            return SheetStatus.ACCEPTED;
        }
        if ("REJECTED".equals(submission.status())) {
            return SheetStatus.INVALID;
        }
        if (submission.flags().contains("INCOMPLETE")) {
            return SheetStatus.INCOMPLETE;
        }
        return SheetStatus.QUARANTINED;
    }

    private static int number(String value) {
        if (value == null) {
            return 0;
        }
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** Recomputes the estimates after each of up to 20 evenly spaced numbers of counted sheets, by arrival. */
    private List<ConvergencePoint> convergence(List<StratumDesign> design, List<TimedSheet> sheets) {
        List<TimedSheet> accepted = sheets.stream()
                .filter(timed -> timed.sheet().status() == SheetStatus.ACCEPTED).toList();
        List<ConvergencePoint> points = new ArrayList<>();
        int total = accepted.size();
        if (design.isEmpty() || total < 2) {
            return points;
        }
        // Points from 2 sheets (the fewest the variance needs) to all of them.
        int steps = Math.min(CONVERGENCE_POINTS, total - 1);
        int previous = 0;
        for (int step = 0; step < steps; step++) {
            int count = steps == 1 ? total : 2 + (int) Math.round((double) (total - 2) * step / (steps - 1));
            if (count == previous) {
                continue;
            }
            previous = count;
            List<ResultSheet> first = accepted.subList(0, count).stream().map(TimedSheet::sheet).toList();
            PvtEstimates estimates = estimator.estimate(design, first).estimates();
            // The first sheets may all come from stations that did not open, which carry no share.
            if (!estimates.optionShares().stream().allMatch(RatioEstimate::defined)) {
                continue;
            }
            points.add(new ConvergencePoint(count, accepted.get(count - 1).at(), estimates.optionShares(),
                    estimates.turnout()));
        }
        return points;
    }

    private static List<Verdict> verdicts(OfficialFigures figures, PvtEstimates estimates) {
        List<Verdict> verdicts = new ArrayList<>();
        for (int k = 0; k < figures.optionVotes().size() && k < estimates.optionShares().size(); k++) {
            verdicts.add(verdict(figures.scope(), k, officialShare(figures, k), estimates.optionShares().get(k)));
        }
        verdicts.add(verdict(figures.scope(), Verdict.TURNOUT, officialTurnout(figures), estimates.turnout()));
        return verdicts;
    }

    private static Verdict verdict(String scope, int figure, double official, RatioEstimate estimate) {
        if (!estimate.defined()) {
            return Verdict.withoutEstimate(scope, figure, official);
        }
        OfficialResultVerdict verdict = OfficialResultVerdict.of(official, estimate);
        return new Verdict(scope, figure, official, verdict.estimate(), verdict.margin95(), verdict.inside95(),
                verdict.marginsApart(), true);
    }

    /** Lists the official shares of a scope that has too few sheets for an estimate, so they still show. */
    private static List<Verdict> officialOnly(OfficialFigures figures) {
        List<Verdict> lines = new ArrayList<>();
        for (int k = 0; k < figures.optionVotes().size(); k++) {
            lines.add(Verdict.withoutEstimate(figures.scope(), k, officialShare(figures, k)));
        }
        lines.add(Verdict.withoutEstimate(figures.scope(), Verdict.TURNOUT, officialTurnout(figures)));
        return lines;
    }

    /** Returns option k's official share of the valid votes, 0 when none were proclaimed. */
    private static double officialShare(OfficialFigures figures, int k) {
        return figures.validVotes() == 0 ? 0 : (double) figures.optionVotes().get(k) / figures.validVotes();
    }

    /** Returns the official turnout, 0 when no registered voters were proclaimed. */
    private static double officialTurnout(OfficialFigures figures) {
        return figures.registered() == 0 ? 0 : (double) figures.voters() / figures.registered();
    }

    private List<AnswerShare> statistics(String scope, List<StratumDesign> design, List<StoredSubmission> checklists,
                                         Map<String, String> regionOf, List<String> regions) {
        List<AnswerShare> shares = new ArrayList<>();
        List<String> scopes = new ArrayList<>();
        if (NATIONAL.equals(scope)) {
            scopes.add(NATIONAL);
        }
        scopes.addAll(regions);
        for (String statisticsScope : scopes) {
            List<StratumDesign> scopedDesign = NATIONAL.equals(statisticsScope) ? design
                    : inRegion(design, statisticsScope);
            StationShareEstimator shareEstimator = new StationShareEstimator(scopedDesign);
            for (FormDefinition form : formSet.forms()) {
                if (form.kind() != FormKind.CHECKLIST) {
                    continue;
                }
                Map<String, Map<String, String>> valuesOfStation = valuesByStation(form, checklists, regionOf,
                        statisticsScope);
                for (Question question : form.questions()) {
                    shares.addAll(questionShares(statisticsScope, form, question, valuesOfStation, shareEstimator));
                }
            }
        }
        return shares;
    }

    /** Returns the values of the first active checklist of each station in the scope. */
    private static Map<String, Map<String, String>> valuesByStation(FormDefinition form,
            List<StoredSubmission> checklists, Map<String, String> regionOf, String scope) {
        Map<String, Map<String, String>> values = new LinkedHashMap<>();
        for (StoredSubmission submission : checklists) {
            String station = submission.stationCode();
            if (!form.code().equals(submission.formCode()) || station == null
                    || !"ACTIVE".equals(submission.status())) {
                continue;
            }
            if (!NATIONAL.equals(scope) && !scope.equals(regionOf.get(station))) {
                continue;
            }
            values.putIfAbsent(station, submission.values());
        }
        return values;
    }

    /**
     * Returns the share of each answer of a yes/no or choice question; numbers and text have no
     * fixed answers and are left out.
     */
    private static List<AnswerShare> questionShares(String scope, FormDefinition form, Question question,
            Map<String, Map<String, String>> valuesOfStation, StationShareEstimator shareEstimator) {
        List<Choice> answers = switch (question.type()) {
            // Yes and no have no labels in the form set: the screens take theirs from their bundle.
            case YES_NO -> List.of(new Choice(Question.YES, "", ""), new Choice(Question.NO, "", ""));
            case SINGLE_CHOICE, MULTIPLE_CHOICE -> question.choices();
            default -> List.of();
        };
        List<AnswerShare> shares = new ArrayList<>();
        for (Choice answer : answers) {
            Map<String, Boolean> given = new HashMap<>();
            int sampleAnswers = 0;
            int positive = 0;
            for (Map.Entry<String, Map<String, String>> station : valuesOfStation.entrySet()) {
                String value = station.getValue().get(question.code());
                if (value == null) {
                    continue;
                }
                boolean matches = question.type() == QuestionType.MULTIPLE_CHOICE
                        ? value.contains(answer.code()) : value.equals(answer.code());
                given.put(station.getKey(), matches);
                positive += matches ? 1 : 0;
                sampleAnswers += shareEstimator.sampled(station.getKey()) ? 1 : 0;
            }
            double allShare = given.isEmpty() ? 0 : (double) positive / given.size();
            shares.add(new AnswerShare(scope, form.code(), question.code(), question.labelFr(), question.labelEn(),
                    answer.code(), answer.labelFr(), answer.labelEn(), sampleAnswers, shareEstimator.estimate(given),
                    given.size(), allShare));
        }
        return shares;
    }

    private List<RegionCoverage> coverage(List<StratumDesign> design, List<StoredSubmission> results,
                                          Map<String, StoredSubmission> arrivals, List<StoredSubmission> checklists,
                                          List<StoredSubmission> incidents, Map<String, String> regionOf,
                                          Map<String, String> regionNames, List<String> regions) {
        List<RegionCoverage> coverage = new ArrayList<>();
        for (String region : regions) {
            Set<String> sampled = sampledIn(inRegion(design, region));
            List<FormCount> counts = new ArrayList<>();
            for (FormDefinition form : formSet.forms()) {
                if (form.kind() != FormKind.CHECKLIST && form.kind() != FormKind.RESULTS) {
                    continue;
                }
                List<StoredSubmission> source = form.kind() == FormKind.RESULTS ? results : checklists;
                counts.add(new FormCount(form.code(), stationsWith(source, form.code(), region, regionOf).size()));
            }
            int opened = (int) arrivals.values().stream()
                    .filter(arrival -> region.equals(regionOf.get(arrival.stationCode())))
                    .filter(opening::saysOpened).count();
            int resultsIn = (int) results.stream().filter(StoredSubmission::counted)
                    .map(StoredSubmission::stationCode).filter(sampled::contains).distinct().count();
            int incidentCount = (int) incidents.stream().filter(s -> s.stationCode() != null
                    && region.equals(regionOf.get(s.stationCode()))).count();
            coverage.add(new RegionCoverage(region, regionNames.get(region), sampled.size(), counts, opened,
                    resultsIn, incidentCount));
        }
        return coverage;
    }

    private static Set<String> stationsWith(List<StoredSubmission> submissions, String formCode, String region,
                                            Map<String, String> regionOf) {
        Set<String> stations = new HashSet<>();
        for (StoredSubmission submission : submissions) {
            if (formCode.equals(submission.formCode()) && submission.stationCode() != null
                    && "ACTIVE".equals(submission.status()) && region.equals(regionOf.get(submission.stationCode()))) {
                stations.add(submission.stationCode());
            }
        }
        return stations;
    }

    static List<StratumDesign> inRegion(List<StratumDesign> design, String region) {
        return design.stream().filter(stratum -> stratum.region().equals(region)).toList();
    }

    private static Set<String> sampledIn(List<StratumDesign> design) {
        Set<String> codes = new HashSet<>();
        design.forEach(stratum -> codes.addAll(stratum.sampledStationCodes()));
        return codes;
    }
}
