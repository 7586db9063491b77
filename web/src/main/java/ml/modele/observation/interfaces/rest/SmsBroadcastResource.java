package ml.modele.observation.interfaces.rest;

import static ml.modele.observation.interfaces.rest.UserInputResponses.locale;

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

import ml.modele.observation.application.BroadcastFilter;
import ml.modele.observation.application.SmsBroadcastService;
import ml.modele.observation.application.UserInputException;
import ml.modele.observation.domain.accreditation.AccreditationStep;
import ml.modele.observation.domain.observer.ObserverCategory;
import ml.modele.observation.interfaces.rest.error.EnumParameters;
import ml.modele.observation.interfaces.rest.error.RequestParameter;

/**
 * SMS broadcast for scripts: preview (recipients, GSM-7 check, segments) and queue, with the
 * filter fields {@code category}, {@code region}, {@code organisation}, {@code step} and
 * {@code notAccredited=true}, and the {@code text}. A rejected request returns 422 with its
 * message, French unless {@code lang} or Accept-Language requests English.
 */
@Path("sms-broadcast/{election}")
@Produces(MediaType.APPLICATION_JSON)
public class SmsBroadcastResource {

    /** Broadcasts returned by the list. */
    private static final int RECENT = 50;

    @EJB
    private SmsBroadcastService broadcasts;

    @POST
    @Path("preview")
    public Response preview(@PathParam("election") long electionId, @FormParam("category") String category,
                            @FormParam("region") String region, @FormParam("organisation") String organisation,
                            @FormParam("step") String step, @FormParam("notAccredited") boolean notAccredited,
                            @FormParam("text") String text, @QueryParam("lang") String lang,
                            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language) {
        return handle(locale(lang, language), () -> Response.ok(broadcasts.preview(electionId,
                filter(category, region, organisation, step, notAccredited), text)).build());
    }

    @POST
    @Path("queue")
    public Response queue(@PathParam("election") long electionId, @FormParam("category") String category,
                          @FormParam("region") String region, @FormParam("organisation") String organisation,
                          @FormParam("step") String step, @FormParam("notAccredited") boolean notAccredited,
                          @FormParam("text") String text, @QueryParam("lang") String lang,
                          @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language) {
        return handle(locale(lang, language), () -> Response.ok(broadcasts.queue(electionId,
                filter(category, region, organisation, step, notAccredited), text)).build());
    }

    /** Returns the latest broadcasts, newest first, with their pending, sent and failed counts. */
    @GET
    public Response recent(@PathParam("election") long electionId) {
        return Response.ok(broadcasts.recent(electionId, RECENT)).build();
    }

    private static BroadcastFilter filter(String category, String region, String organisation, String step,
                                          boolean notAccredited) {
        return new BroadcastFilter(
                EnumParameters.optional(ObserverCategory.class, RequestParameter.form("category"), category),
                region, organisation,
                EnumParameters.optional(AccreditationStep.class, RequestParameter.form("step"), step), notAccredited);
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
