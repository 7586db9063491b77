package ml.modele.observation.interfaces.rest;

import java.text.MessageFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;

import ml.modele.observation.application.tabulation.EstimateGap;
import ml.modele.observation.application.tabulation.EstimateGap.Figure;
import ml.modele.observation.application.tabulation.TabulationView;
import ml.modele.observation.domain.pvt.PvtEstimates;
import ml.modele.observation.domain.pvt.RatioEstimate;
import ml.modele.observation.domain.pvt.StratumCount;
import ml.modele.observation.interfaces.web.shell.Messages;

/**
 * The dashboard's figures as JSON, shares in [0, 1]. A figure is an object with {@code ratio},
 * {@code margin95} and {@code margin99}. When it has no estimate, the three are null and
 * {@code reason} ({@code key}, {@code message} in the request's language) gives the cause. A missing
 * block of estimates is null, with the reason beside it in {@code <name>Reason}. No number is
 * ever NaN or infinite.
 */
final class TabulationJson {

    private final Locale locale;
    private final ResourceBundle bundle;

    TabulationJson(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(Messages.BUNDLE, locale);
    }

    Map<String, Object> view(TabulationView view) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("election", view.electionId());
        json.put("scope", view.scope());
        json.put("version", view.dataVersion());
        json.put("options", view.optionLabels().stream().map(TabulationView.OptionLabel::fr).toList());
        json.put("sampledStations", view.sampledStations());
        json.put("resultSheets", view.resultSheets());
        json.put("notOpenedStations", view.notOpenedStations());
        json.put("countedSheets", view.countedSheets());
        view.report().ifPresent(report -> {
            json.put("acceptedSheets", report.acceptedSheets());
            json.put("ignoredByStatus", report.ignoredByStatus());
            json.put("qualityFlags", report.qualityFlags().stream().map(flag -> Map.of("station",
                    flag.stationCode(), "problems", flag.problems().stream().map(Enum::name).sorted().toList()))
                    .toList());
        });
        putEstimates(json, "estimates", view.report().map(report -> report.estimates()),
                EstimateGap.ofEstimates(view));
        putEstimates(json, "estimatesWithoutFlagged", view.report().flatMap(report -> report.estimatesWithoutFlagged()),
                EstimateGap.ofEstimatesWithoutFlagged(view));
        json.put("convergence", view.convergence().stream().map(point -> Map.of("reported", point.reported(),
                "at", point.at().toString(), "optionShares", point.optionShares().stream()
                        .map(share -> figure(share, Figure.OPTION_SHARE)).toList(),
                "turnout", figure(point.turnout(), Figure.TURNOUT))).toList());
        json.putAll(verdicts(view));
        json.put("statistics", view.statistics().stream().map(this::share).toList());
        json.put("coverage", view.coverage().stream().map(TabulationJson::coverage).toList());
        return json;
    }

    Map<String, Object> verdicts(TabulationView view) {
        return Map.of("verdicts", view.verdicts().stream().map(verdict -> {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("scope", verdict.scope());
            json.put("figure", verdict.figure() == TabulationView.Verdict.TURNOUT ? "TURNOUT"
                    : view.optionLabels().get(verdict.figure()).fr());
            json.put("official", verdict.official());
            json.put("estimated", verdict.estimated());
            if (verdict.estimated()) {
                json.put("estimate", verdict.estimate());
                json.put("margin95", verdict.margin95());
                json.put("inside95", verdict.inside95());
                if (Double.isInfinite(verdict.marginsApart())) {
                    json.put("marginsApart", null);
                    json.put("reason", reason("dashboard.verdict.zeroMargin"));
                } else {
                    json.put("marginsApart", verdict.marginsApart());
                }
            } else {
                json.put("estimate", null);
                json.put("margin95", null);
                json.put("reason", reason("dashboard.verdict.noEstimate"));
            }
            return json;
        }).toList());
    }

    private void putEstimates(Map<String, Object> json, String name, Optional<PvtEstimates> estimates,
                              Optional<EstimateGap> gap) {
        json.put(name, estimates.map(this::estimates).orElse(null));
        gap.ifPresent(missing -> json.put(name + "Reason", reason(missing)));
    }

    private Map<String, Object> estimates(PvtEstimates estimates) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("stationsUsed", estimates.stationsUsed());
        json.put("optionShares", estimates.optionShares().stream()
                .map(share -> figure(share, Figure.OPTION_SHARE)).toList());
        json.put("turnout", figure(estimates.turnout(), Figure.TURNOUT));
        json.put("nullShare", figure(estimates.nullShare(), Figure.NULL_SHARE));
        json.put("strata", estimates.strata().stream().map(TabulationJson::stratum).toList());
        json.put("merges", estimates.merges().stream().map(merge -> Map.of("stratum", merge.stratumKey(),
                "reported", merge.reported(), "mergedInto", merge.mergedIntoKey(), "sameRegion", merge.sameRegion()))
                .toList());
        json.put("groups", estimates.groups().stream().map(group -> Map.of("key", group.key(), "strata",
                group.strataKeys(), "reported", group.reported(), "optionShares", group.optionShares().stream()
                        .map(share -> figure(share, Figure.OPTION_SHARE)).toList(),
                "turnout", figure(group.turnout(), Figure.TURNOUT))).toList());
        return json;
    }

    private static Map<String, Object> stratum(StratumCount count) {
        return Map.of("key", count.key(), "frameStations", count.populationSize(), "sampled", count.sampled(),
                "reported", count.reported(), "missing", count.missing(), "group", count.groupKey());
    }

    private Map<String, Object> figure(RatioEstimate estimate, Figure figure) {
        Optional<EstimateGap> gap = EstimateGap.ofFigure(estimate, figure);
        if (gap.isPresent()) {
            return missingFigure(gap.get());
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("ratio", estimate.ratio());
        json.put("margin95", estimate.margin95());
        json.put("margin99", estimate.margin99());
        return json;
    }

    private Map<String, Object> missingFigure(EstimateGap gap) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("ratio", null);
        json.put("margin95", null);
        json.put("margin99", null);
        json.put("reason", reason(gap));
        return json;
    }

    private Map<String, Object> share(TabulationView.AnswerShare share) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("scope", share.scope());
        json.put("form", share.formCode());
        json.put("question", share.questionCode());
        json.put("answer", share.answerCode());
        json.put("sampleAnswers", share.sampleAnswers());
        Optional<EstimateGap> gap = EstimateGap.ofSampleShare(share);
        json.put("sampleShare", gap.isPresent() ? missingFigure(gap.get())
                : figure(share.sampleShare().orElseThrow(), Figure.OPTION_SHARE));
        json.put("allAnswers", share.allAnswers());
        json.put("allShare", share.allShare());
        return json;
    }

    private static Map<String, Object> coverage(TabulationView.RegionCoverage coverage) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("region", coverage.regionCode());
        json.put("name", coverage.regionName());
        json.put("sampled", coverage.sampled());
        Map<String, Integer> forms = new LinkedHashMap<>();
        coverage.stationsByForm().forEach(count -> forms.put(count.formCode(), count.stations()));
        json.put("stationsByForm", forms);
        json.put("opened", coverage.opened());
        json.put("resultsIn", coverage.resultsIn());
        json.put("incidents", coverage.incidents());
        return json;
    }

    private Map<String, Object> reason(EstimateGap gap) {
        return reason(gap.messageKey(), gap.arguments().toArray());
    }

    /** Returns a reason; as on the screens, a message without arguments is not a MessageFormat pattern. */
    private Map<String, Object> reason(String key, Object... arguments) {
        String pattern = bundle.getString(key);
        String message = arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
        return Map.of("key", key, "message", message);
    }
}
