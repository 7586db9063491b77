package ml.modele.observation.interfaces.rest;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.function.Supplier;

import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import ml.modele.observation.application.UserInputException;
import ml.modele.observation.application.incident.IncidentRow;
import ml.modele.observation.application.incident.IncidentService;
import ml.modele.observation.application.incident.IncidentStatus;
import ml.modele.observation.application.tabulation.TabulationService;
import ml.modele.observation.application.tabulation.TabulationView;
import ml.modele.observation.domain.pvt.PvtEstimates;
import ml.modele.observation.domain.pvt.RatioEstimate;
import ml.modele.observation.domain.pvt.StratumCount;
import ml.modele.observation.interfaces.web.shell.Messages;

/**
 * Tabulation for scripts and tests. Reading: {@code GET /api/tabulation/{election}} (every figure
 * of the dashboard as JSON, shares in [0, 1]), {@code .../version} (the data version the
 * dashboard polls) and {@code GET /api/tabulation/incidents/{election}?region=&category=}.
 * Changing, on separate paths for the role matrix: {@code POST /api/tabulation/official/{election}}
 * (form: {@code scope}, {@code registered}, {@code voters}, {@code nullVotes}, {@code validVotes},
 * one {@code option} per ballot option in order) and {@code POST /api/tabulation/incident-status/{id}}
 * (form: {@code status}). A request a user can correct gets 422 with {@code message}.
 */
@Path("tabulation")
@Produces(MediaType.APPLICATION_JSON)
public class TabulationResource {

    @EJB
    private TabulationService tabulation;

    @EJB
    private IncidentService incidents;

    @GET
    @Path("{election}")
    public Response view(@PathParam("election") long electionId) {
        return Response.ok(json(tabulation.tabulate(electionId))).build();
    }

    @GET
    @Path("{election}/version")
    public Response version(@PathParam("election") long electionId) {
        return Response.ok(Map.of("version", tabulation.dataVersion(electionId))).build();
    }

    @GET
    @Path("incidents/{election}")
    public Response incidents(@PathParam("election") long electionId, @QueryParam("region") String region,
                              @QueryParam("category") String category) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (IncidentRow row : incidents.list(electionId, region, category)) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("id", row.submissionId());
            json.put("reportedAt", row.reportedAt().toString());
            json.put("station", row.stationCode());
            json.put("region", row.regionCode());
            json.put("observer", row.observerCode());
            json.put("categories", row.categories());
            json.put("critical", row.critical());
            json.put("comment", row.comment());
            json.put("status", row.status().name());
            json.put("alerts", row.alerts());
            rows.add(json);
        }
        return Response.ok(rows).build();
    }

    @POST
    @Path("official/{election}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response official(@PathParam("election") long electionId, @FormParam("scope") String scope,
                             @FormParam("registered") long registered, @FormParam("voters") long voters,
                             @FormParam("nullVotes") long nullVotes, @FormParam("validVotes") long validVotes,
                             @FormParam("option") List<Long> options, @QueryParam("lang") String lang,
                             @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language) {
        return handle(locale(lang, language), () -> {
            tabulation.enterOfficialResult(electionId, scope, registered, voters, nullVotes, validVotes, options);
            return Response.ok(verdicts(tabulation.tabulate(electionId))).build();
        });
    }

    @POST
    @Path("incident-status/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response status(@PathParam("id") long submissionId, @FormParam("status") IncidentStatus status,
                           @QueryParam("lang") String lang, @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language) {
        return handle(locale(lang, language), () -> {
            if (status == null) {
                throw new UserInputException("incident.error.status", "");
            }
            incidents.changeStatus(submissionId, status);
            return Response.ok(Map.of("id", submissionId, "status", status.name())).build();
        });
    }

    private static Map<String, Object> json(TabulationView view) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("election", view.electionId());
        json.put("scope", view.scope());
        json.put("version", view.dataVersion());
        json.put("options", view.optionLabels().stream().map(TabulationView.OptionLabel::fr).toList());
        json.put("sampledStations", view.sampledStations());
        json.put("resultSheets", view.resultSheets());
        json.put("notOpenedStations", view.notOpenedStations());
        view.report().ifPresent(report -> {
            json.put("acceptedSheets", report.acceptedSheets());
            json.put("ignoredByStatus", report.ignoredByStatus());
            json.put("qualityFlags", report.qualityFlags().stream().map(flag -> Map.of("station",
                    flag.stationCode(), "problems", flag.problems().stream().map(Enum::name).sorted().toList()))
                    .toList());
            json.put("estimates", estimates(report.estimates()));
            report.estimatesWithoutFlagged().ifPresent(clean -> json.put("estimatesWithoutFlagged", estimates(clean)));
        });
        json.put("convergence", view.convergence().stream().map(point -> Map.of("reported", point.reported(),
                "at", point.at().toString(), "optionShares", point.optionShares().stream()
                        .map(TabulationResource::estimate).toList(), "turnout", estimate(point.turnout()))).toList());
        json.putAll(verdicts(view));
        json.put("statistics", view.statistics().stream().map(TabulationResource::share).toList());
        json.put("coverage", view.coverage().stream().map(TabulationResource::coverage).toList());
        return json;
    }

    private static Map<String, Object> verdicts(TabulationView view) {
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
                json.put("marginsApart", Double.isInfinite(verdict.marginsApart()) ? null : verdict.marginsApart());
            }
            return json;
        }).toList());
    }

    private static Map<String, Object> estimates(PvtEstimates estimates) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("stationsUsed", estimates.stationsUsed());
        json.put("optionShares", estimates.optionShares().stream().map(TabulationResource::estimate).toList());
        json.put("turnout", estimate(estimates.turnout()));
        json.put("nullShare", estimate(estimates.nullShare()));
        json.put("strata", estimates.strata().stream().map(TabulationResource::stratum).toList());
        json.put("merges", estimates.merges().stream().map(merge -> Map.of("stratum", merge.stratumKey(),
                "reported", merge.reported(), "mergedInto", merge.mergedIntoKey(), "sameRegion", merge.sameRegion()))
                .toList());
        json.put("groups", estimates.groups().stream().map(group -> Map.of("key", group.key(), "strata",
                group.strataKeys(), "reported", group.reported(), "optionShares", group.optionShares().stream()
                        .map(TabulationResource::estimate).toList(), "turnout", estimate(group.turnout()))).toList());
        return json;
    }

    private static Map<String, Object> stratum(StratumCount count) {
        return Map.of("key", count.key(), "frameStations", count.populationSize(), "sampled", count.sampled(),
                "reported", count.reported(), "missing", count.missing(), "group", count.groupKey());
    }

    private static Map<String, Object> estimate(RatioEstimate estimate) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("ratio", Double.isNaN(estimate.ratio()) ? null : estimate.ratio());
        json.put("margin95", Double.isNaN(estimate.margin95()) ? null : estimate.margin95());
        json.put("margin99", Double.isNaN(estimate.margin99()) ? null : estimate.margin99());
        return json;
    }

    private static Map<String, Object> share(TabulationView.AnswerShare share) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("scope", share.scope());
        json.put("form", share.formCode());
        json.put("question", share.questionCode());
        json.put("answer", share.answerCode());
        json.put("sampleAnswers", share.sampleAnswers());
        share.sampleShare().ifPresent(estimate -> json.put("sampleShare", estimate(estimate)));
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

    private static Response handle(Locale locale, Supplier<Response> action) {
        try {
            return action.get();
        } catch (UserInputException e) {
            ResourceBundle bundle = ResourceBundle.getBundle(Messages.BUNDLE, locale);
            String message = new MessageFormat(bundle.getString(e.messageKey()), locale).format(e.arguments());
            return Response.status(422).type(MediaType.APPLICATION_JSON)
                    .entity(Map.of("key", e.messageKey(), "message", message)).build();
        }
    }

    private static Locale locale(String lang, String acceptLanguage) {
        String chosen = lang != null && !lang.isBlank() ? lang : acceptLanguage;
        return chosen != null && chosen.toLowerCase(Locale.ROOT).startsWith("en") ? Locale.ENGLISH : Locale.FRENCH;
    }
}
