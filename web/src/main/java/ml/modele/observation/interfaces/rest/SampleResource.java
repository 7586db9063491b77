package ml.modele.observation.interfaces.rest;

import static ml.modele.observation.interfaces.rest.UserInputResponses.locale;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.function.Supplier;

import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
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

import ml.modele.observation.application.SampleExports;
import ml.modele.observation.application.SampleService;
import ml.modele.observation.application.SampleView;
import ml.modele.observation.application.SampleViews;
import ml.modele.observation.application.UserInputException;
import ml.modele.observation.domain.pvt.AllocationMethod;
import ml.modele.observation.domain.pvt.ConfidenceLevel;
import ml.modele.observation.domain.pvt.StratificationScheme;
import ml.modele.observation.domain.sample.SampleParameters;
import ml.modele.observation.domain.sample.SampleSizeMode;

/**
 * The PVT sample for scripts. Reading ({@code GET /api/pvt/sample/{election}}, {@code .../pdf},
 * {@code .../xlsx}) and changing ({@code POST /api/pvt/draw/{election}}, {@code /api/pvt/seal/...},
 * {@code /api/pvt/replace/...}, form-encoded) have separate paths so that the role matrix can
 * distinguish them. A request a user can correct gets 422 with {@code message} in the language of
 * {@code lang} or Accept-Language, French by default.
 */
@Path("pvt")
@Produces(MediaType.APPLICATION_JSON)
public class SampleResource {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @EJB
    private SampleService samples;

    @EJB
    private SampleViews views;

    @EJB
    private SampleExports exports;

    @GET
    @Path("sample/{election}")
    public Response sample(@PathParam("election") long electionId, @QueryParam("lang") String lang,
                           @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language) {
        return handle(locale(lang, language), () -> views.find(electionId)
                .map(sample -> Response.ok(json(sample)).build())
                .orElseGet(() -> Response.status(Response.Status.NOT_FOUND).build()));
    }

    @GET
    @Path("sample/{election}/pdf")
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    public Response pdf(@PathParam("election") long electionId, @QueryParam("lang") String lang,
                        @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language) {
        Locale locale = locale(lang, language);
        return handle(locale, () -> file(exports.pdf(electionId, locale), "application/pdf", electionId, "pdf",
                locale));
    }

    @GET
    @Path("sample/{election}/xlsx")
    @Produces({XLSX, MediaType.APPLICATION_JSON})
    public Response xlsx(@PathParam("election") long electionId, @QueryParam("lang") String lang,
                         @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language) {
        Locale locale = locale(lang, language);
        return handle(locale, () -> file(exports.xlsx(electionId, locale), XLSX, electionId, "xlsx", locale));
    }

    /**
     * Draws the sample. {@code sizeMode} GIVEN takes {@code size}; COMPUTED takes {@code margin},
     * {@code share} and {@code turnout} as shares (0.01 for one point), {@code deff} and
     * {@code confidence} (PERCENT_95 or PERCENT_99). An empty {@code seed} draws a new one.
     */
    @POST
    @Path("draw/{election}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response draw(@PathParam("election") long electionId,
                         @FormParam("scheme") @DefaultValue("REGION") StratificationScheme scheme,
                         @FormParam("allocation") @DefaultValue("PROPORTIONAL_TO_STATIONS") AllocationMethod allocation,
                         @FormParam("sizeMode") @DefaultValue("GIVEN") SampleSizeMode sizeMode,
                         @FormParam("size") Integer size,
                         @FormParam("reserve") @DefaultValue("10") int reserve,
                         @FormParam("margin") Double margin,
                         @FormParam("confidence") @DefaultValue("PERCENT_95") ConfidenceLevel confidence,
                         @FormParam("share") @DefaultValue("0.5") Double share,
                         @FormParam("deff") @DefaultValue("2") Double designEffect,
                         @FormParam("turnout") Double turnout,
                         @FormParam("seed") String seed,
                         @QueryParam("lang") String lang,
                         @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language) {
        SampleParameters parameters = new SampleParameters(scheme, allocation, sizeMode, size, reserve, margin,
                confidence, share, designEffect, turnout);
        return handle(locale(lang, language),
                () -> Response.ok(json(samples.draw(electionId, parameters, seed))).build());
    }

    /** Seals the sample; {@code seal}, when given, must be the current seal. */
    @POST
    @Path("seal/{election}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response seal(@PathParam("election") long electionId, @FormParam("seal") String seal,
                         @QueryParam("lang") String lang,
                         @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language) {
        return handle(locale(lang, language), () -> Response.ok(json(samples.seal(electionId, seal))).build());
    }

    /** Replaces sampled station {@code station} by the next usable reserve station, for {@code reason}. */
    @POST
    @Path("replace/{election}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response replace(@PathParam("election") long electionId, @FormParam("station") String station,
                            @FormParam("reason") String reason, @QueryParam("lang") String lang,
                            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language) {
        return handle(locale(lang, language),
                () -> Response.ok(json(samples.replace(electionId, station, reason))).build());
    }

    private static Response handle(Locale locale, Supplier<Response> action) {
        try {
            return action.get();
        } catch (UserInputException e) {
            return UserInputResponses.unprocessable(e, locale);
        }
    }

    private static Response file(byte[] content, String type, long electionId, String extension, Locale locale) {
        String name = ResourceBundle.getBundle("ml.modele.observation.i18n.reports", locale)
                .getString("sample.fileName") + "-" + electionId + "." + extension;
        return Response.ok(content, type)
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"")
                .build();
    }

    private static Map<String, Object> json(SampleView sample) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("election", sample.electionId());
        json.put("status", sample.status().name());
        json.put("seed", sample.seed());
        json.put("seal", sample.seal());
        json.put("size", sample.size());
        json.put("scheme", sample.parameters().scheme().name());
        json.put("allocation", sample.parameters().allocation().name());
        json.put("sizeMode", sample.parameters().sizeMode().name());
        json.put("reservePerStratum", sample.parameters().reservePerStratum());
        json.put("frameStations", sample.frameStations());
        json.put("frameVoters", sample.frameVoters());
        json.put("changedAt", sample.changedAt().toString());
        json.put("strata", sample.strata().stream().map(SampleResource::stratum).toList());
        json.put("sampled", sampledCodes(sample));
        json.put("reserve", sample.stations().stream().filter(s -> "RESERVE".equals(s.state()))
                .map(s -> Map.of("stratum", s.stratumKey(), "code", s.code(), "rank", s.drawRank())).toList());
        json.put("replacements", sample.replacements().stream().map(r -> Map.of("stratum", r.stratumKey(),
                "replaced", r.replacedCode(), "replacement", r.replacementCode(), "reason", r.reason(),
                "by", r.replacedBy(), "at", r.replacedAt().toString(), "sealBefore", r.sealBefore(),
                "sealAfter", r.sealAfter())).toList());
        return json;
    }

    private static Map<String, Object> stratum(SampleView.Stratum stratum) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("key", stratum.key());
        json.put("regionCode", stratum.regionCode());
        json.put("regionName", stratum.regionName());
        json.put("frameStations", stratum.frameStations());
        json.put("frameVoters", stratum.frameVoters());
        json.put("proportionalQuota", stratum.proportionalQuota());
        json.put("sampleSize", stratum.sampleSize());
        json.put("reserveSize", stratum.reserveSize());
        json.put("reserveLeft", stratum.reserveLeft());
        return json;
    }

    /** Returns the codes of the current sample, stratum by stratum, in drawn order. */
    private static List<String> sampledCodes(SampleView sample) {
        return sample.stations().stream().filter(SampleView.Station::inSample).map(SampleView.Station::code).toList();
    }
}
