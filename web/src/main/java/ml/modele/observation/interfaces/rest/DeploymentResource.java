package ml.modele.observation.interfaces.rest;

import static ml.modele.observation.interfaces.rest.UserInputResponses.locale;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.ejb.EJB;
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

import ml.modele.observation.application.CoverageService;
import ml.modele.observation.application.DeploymentService;
import ml.modele.observation.application.UserInputException;
import ml.modele.observation.domain.deployment.Deployment;
import ml.modele.observation.domain.deployment.PlaceKind;
import ml.modele.observation.interfaces.rest.error.EnumParameters;
import ml.modele.observation.interfaces.rest.error.RequestParameter;

/**
 * Deployment of observers for scripts: assign (kind ADMIN_UNIT, POLLING_CENTRE, POLLING_STATION
 * or RESERVE, with the place code), replace, withdraw, and read an observer's deployments. A
 * rejected change returns 422 with its message, French unless {@code lang} or Accept-Language
 * requests English.
 */
@Path("deployment/{election}")
@Produces(MediaType.APPLICATION_JSON)
public class DeploymentResource {

    @EJB
    private DeploymentService deployments;

    @EJB
    private CoverageService coverage;

    @POST
    @Path("assign")
    public Response assign(@PathParam("election") long electionId, @FormParam("observer") String observer,
                           @FormParam("kind") String kind, @FormParam("place") String place,
                           @QueryParam("lang") String lang, @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language) {
        return handle(locale(lang, language), () -> Response.ok(json(deployments.assign(electionId, observer,
                EnumParameters.required(PlaceKind.class, RequestParameter.form("kind"), kind), place))).build());
    }

    @POST
    @Path("replace")
    public Response replace(@PathParam("election") long electionId, @FormParam("leaving") String leaving,
                            @FormParam("replacement") String replacement, @FormParam("note") String note,
                            @QueryParam("lang") String lang,
                            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language) {
        return handle(locale(lang, language),
                () -> Response.ok(json(deployments.replace(electionId, leaving, replacement, note))).build());
    }

    @POST
    @Path("withdraw")
    public Response withdraw(@PathParam("election") long electionId, @FormParam("observer") String observer,
                             @FormParam("note") String note, @QueryParam("lang") String lang,
                             @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language) {
        return handle(locale(lang, language), () -> {
            deployments.withdraw(electionId, observer, note);
            return Response.noContent().build();
        });
    }

    /**
     * Deploys one unassigned OCT to each sampled station of the sealed sample that has no observer, and
     * returns the counts, the deployments made and the stations left without an observer.
     */
    @POST
    @Path("sample-first")
    public Response sampleFirst(@PathParam("election") long electionId, @QueryParam("lang") String lang,
                                @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language) {
        return handle(locale(lang, language), () -> Response.ok(deployments.deploySampleFirst(electionId)).build());
    }

    /** Returns the coverage per région and cercle: the lines in screen order and the national total. */
    @GET
    @Path("coverage")
    public Response coverage(@PathParam("election") long electionId, @QueryParam("lang") String lang,
                             @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language) {
        return handle(locale(lang, language), () -> Response.ok(coverage.coverage(electionId)).build());
    }

    /** Returns the coverage as .xlsx or CSV ({@code format=xlsx|csv}), with the same figures. */
    @GET
    @Path("coverage/export")
    @Produces({"text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        MediaType.APPLICATION_JSON})
    public Response coverageExport(@PathParam("election") long electionId, @QueryParam("format") String format,
                                   @QueryParam("lang") String lang,
                                   @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language) {
        Locale locale = locale(lang, language);
        boolean csv = "csv".equalsIgnoreCase(format);
        return handle(locale, () -> Response.ok(csv ? coverage.csv(electionId, locale)
                                : coverage.xlsx(electionId, locale),
                        csv ? "text/csv; charset=UTF-8"
                                : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .header("Content-Disposition", "attachment; filename=\""
                        + (locale == Locale.ENGLISH ? "coverage-" : "couverture-") + electionId
                        + (csv ? ".csv" : ".xlsx") + "\"")
                .build());
    }

    /** Returns an observer's deployments, newest first, and the station the SMS intake would use. */
    @GET
    @Path("observers/{observer}")
    public Map<String, Object> observer(@PathParam("election") long electionId,
                                        @PathParam("observer") String observer) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("station", deployments.stationOf(observer, electionId).orElse(null));
        json.put("history", deployments.history(electionId, observer).stream().map(DeploymentResource::json).toList());
        return json;
    }

    private static Map<String, Object> json(Deployment deployment) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("observer", deployment.getObserver().getCode());
        json.put("kind", deployment.getPlaceKind().name());
        json.put("place", deployment.getPlaceCode());
        json.put("region", deployment.getRegionCode());
        json.put("startedAt", deployment.getStartedAt().toString());
        json.put("startedBy", deployment.getStartedBy());
        json.put("endedAt", deployment.getEndedAt() == null ? null : deployment.getEndedAt().toString());
        json.put("endReason", deployment.getEndReason() == null ? null : deployment.getEndReason().name());
        json.put("replacedBy", deployment.getReplacedBy() == null ? null : deployment.getReplacedBy().getCode());
        return json;
    }

    private static Response handle(Locale locale, Supplier<Response> action) {
        try {
            return action.get();
        } catch (UserInputException e) {
            return UserInputResponses.unprocessable(e, locale);
        } catch (IllegalArgumentException e) {
            return Response.status(400).type(MediaType.APPLICATION_JSON)
                    .entity(Map.of("message", "Invalid parameter: " + e.getMessage())).build();
        }
    }

}
