package ml.modele.observation.interfaces.rest;

import static ml.modele.observation.interfaces.rest.UserInputResponses.locale;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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

/**
 * Tabulation for scripts and tests. Reading: {@code GET /api/tabulation/{election}} (every figure
 * of the dashboard as JSON, see {@link TabulationJson}), {@code .../version} (the data version the
 * dashboard polls) and {@code GET /api/tabulation/incidents/{election}?region=&category=} (a région's
 * P-code or name).
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
    public Response view(@PathParam("election") long electionId, @QueryParam("lang") String lang,
                         @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language) {
        Locale locale = locale(lang, language);
        return handle(locale, () -> Response.ok(new TabulationJson(locale).view(tabulation.tabulate(electionId))).build());
    }

    @GET
    @Path("{election}/version")
    public Response version(@PathParam("election") long electionId) {
        return Response.ok(Map.of("version", tabulation.dataVersion(electionId))).build();
    }

    @GET
    @Path("incidents/{election}")
    public Response incidents(@PathParam("election") long electionId, @QueryParam("region") String region,
                              @QueryParam("category") String category, @QueryParam("lang") String lang,
                              @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language) {
        return handle(locale(lang, language), () -> Response.ok(incidentRows(electionId, region, category)).build());
    }

    /** Lists the incidents as JSON; {@code region} is a région's P-code or name, as on the screen. */
    private List<Map<String, Object>> incidentRows(long electionId, String region, String category) {
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
        return rows;
    }

    @POST
    @Path("official/{election}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response official(@PathParam("election") long electionId, @FormParam("scope") String scope,
                             @FormParam("registered") long registered, @FormParam("voters") long voters,
                             @FormParam("nullVotes") long nullVotes, @FormParam("validVotes") long validVotes,
                             @FormParam("option") List<Long> options, @QueryParam("lang") String lang,
                             @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language) {
        Locale locale = locale(lang, language);
        return handle(locale, () -> {
            tabulation.enterOfficialResult(electionId, scope, registered, voters, nullVotes, validVotes, options);
            return Response.ok(new TabulationJson(locale).verdicts(tabulation.tabulate(electionId))).build();
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

    private static Response handle(Locale locale, Supplier<Response> action) {
        try {
            return action.get();
        } catch (UserInputException e) {
            return UserInputResponses.unprocessable(e, locale);
        }
    }

}
