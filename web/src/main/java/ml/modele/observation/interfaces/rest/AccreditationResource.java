package ml.modele.observation.interfaces.rest;

import static ml.modele.observation.interfaces.rest.UserInputResponses.locale;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import ml.modele.observation.application.AccreditationException;
import ml.modele.observation.application.AccreditationMessages;
import ml.modele.observation.application.AccreditationRequest;
import ml.modele.observation.application.AccreditationService;
import ml.modele.observation.application.BadgeService;
import ml.modele.observation.application.BulkStepOutcome;
import ml.modele.observation.domain.accreditation.Accreditation;
import ml.modele.observation.domain.accreditation.AccreditationEvent;
import ml.modele.observation.domain.accreditation.AccreditationStep;
import ml.modele.observation.domain.accreditation.TrainingLevel;
import ml.modele.observation.domain.accreditation.TrainingSession;
import ml.modele.observation.interfaces.rest.error.EnumParameters;
import ml.modele.observation.interfaces.rest.error.ExpectedValue;
import ml.modele.observation.interfaces.rest.error.InvalidParameterException;
import ml.modele.observation.interfaces.rest.error.RequestParameter;
import ml.modele.observation.interfaces.web.accreditation.PublicUrl;

/**
 * Accreditation of observers for scripts. {@code POST step} takes a step for the observers named
 * by the repeated {@code observer} form field: with one observer it returns 200 with the file,
 * or 422 with the message of the rejection; with several it returns 200 with the codes moved and
 * the rejections. Messages follow {@code lang} or Accept-Language, French by default.
 */
@Path("accreditation/{election}")
@Produces(MediaType.APPLICATION_JSON)
public class AccreditationResource {

    @EJB
    private AccreditationService accreditations;

    @EJB
    private BadgeService badges;

    @Inject
    private PublicUrl publicUrl;

    /** Creates a training session: level (NATIONAL, REGIONAL, LOCAL), date (ISO), place, trainer, region. */
    @POST
    @Path("sessions")
    public Response createSession(@PathParam("election") long electionId, @FormParam("level") String level,
                                  @FormParam("date") String date, @FormParam("place") String place,
                                  @FormParam("trainer") String trainer, @FormParam("region") String region,
                                  @QueryParam("lang") String lang,
                                  @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language) {
        return handle(locale(lang, language), () -> {
            TrainingSession created = accreditations.createSession(electionId, level(level), date(date), place,
                    trainer, region);
            return Response.ok(Map.of("id", created.getId())).build();
        });
    }

    /**
     * Takes a step: step, observer (repeated), session for TRAINED, badge for ACCREDITED (repeated
     * in the order of the observers when several are accredited at once), reason for REFUSED.
     */
    @POST
    @Path("step")
    public Response step(@PathParam("election") long electionId, @FormParam("step") String step,
                         @FormParam("observer") List<String> observers, @FormParam("session") Long session,
                         @FormParam("badge") List<String> badges, @FormParam("reason") String reason,
                         @QueryParam("lang") String lang, @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language) {
        Locale locale = locale(lang, language);
        return handle(locale, () -> {
            AccreditationStep takenStep = step(step);
            String badge = badges.isEmpty() ? null : badges.get(0);
            AccreditationRequest request = new AccreditationRequest(takenStep, session, badge, reason);
            if (observers.size() == 1) {
                return Response.ok(file(accreditations.take(electionId, observers.get(0), request), locale)).build();
            }
            BulkStepOutcome outcome = takenStep == AccreditationStep.ACCREDITED
                    ? accreditations.accreditAll(electionId, badgeByObserver(observers, badges))
                    : accreditations.takeAll(electionId, observers, request);
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("moved", outcome.moved());
            json.put("rejected", outcome.rejected().stream().map(rejection -> Map.of(
                    "observer", rejection.observerCode(),
                    "key", rejection.messageKey(),
                    "message", AccreditationMessages.format(rejection.messageKey(), rejection.arguments(), locale)))
                    .toList());
            return Response.ok(json).build();
        });
    }

    /** Pairs each observer with the badge at the same position; the two lists must have the same length. */
    private static Map<String, String> badgeByObserver(List<String> observers, List<String> badges) {
        if (badges.size() != observers.size()) {
            throw new IllegalArgumentException(observers.size() + " observers but " + badges.size()
                    + " badges; give one badge per observer, in the same order");
        }
        Map<String, String> pairs = new LinkedHashMap<>();
        for (int i = 0; i < observers.size(); i++) {
            pairs.put(observers.get(i), badges.get(i));
        }
        return pairs;
    }

    /** Returns an observer's file and its history. */
    @GET
    @Path("observers/{observer}")
    public Response observer(@PathParam("election") long electionId, @PathParam("observer") String observer,
                             @QueryParam("lang") String lang,
                             @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language) {
        Locale locale = locale(lang, language);
        return accreditations.file(electionId, observer)
                .map(file -> {
                    Map<String, Object> json = file(file, locale);
                    json.put("history", accreditations.history(electionId, observer).stream()
                            .map(AccreditationResource::event).toList());
                    return Response.ok(json).build();
                })
                .orElseGet(() -> Response.status(Response.Status.NOT_FOUND).build());
    }

    /** Returns the badge PDF of an accredited observer. */
    @GET
    @Path("badge/{observer}")
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    public Response badge(@PathParam("election") long electionId, @PathParam("observer") String observer,
                          @QueryParam("lang") String lang, @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language,
                          @Context HttpServletRequest http) {
        Locale locale = locale(lang, language);
        return handle(locale, () -> Response.ok(badges.badge(electionId, observer, locale, publicUrl.of(http)),
                        "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"badge-" + observer + ".pdf\"")
                .build());
    }

    private static Map<String, Object> file(Accreditation file, Locale locale) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("observer", file.getObserver().getCode());
        json.put("step", file.getStep().name());
        json.put("stepLabel", AccreditationMessages.label(file.getStep(), locale));
        json.put("badge", file.getBadgeNumber());
        json.put("updatedBy", file.getUpdatedBy());
        json.put("updatedAt", file.getUpdatedAt().toString());
        return json;
    }

    private static Map<String, Object> event(AccreditationEvent event) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("step", event.getStep().name());
        json.put("at", event.getOccurredAt().toString());
        json.put("by", event.getActor());
        json.put("details", event.getDetails());
        return json;
    }

    private static Response handle(Locale locale, Supplier<Response> action) {
        try {
            return action.get();
        } catch (AccreditationException e) {
            return Response.status(422).type(MediaType.APPLICATION_JSON)
                    .entity(Map.of("key", e.messageKey(), "message", AccreditationMessages.format(e, locale)))
                    .build();
        } catch (IllegalArgumentException e) {
            return Response.status(400).type(MediaType.APPLICATION_JSON)
                    .entity(Map.of("message", "Invalid parameter: " + e.getMessage())).build();
        }
    }

    private static AccreditationStep step(String value) {
        return EnumParameters.required(AccreditationStep.class, RequestParameter.form("step"), value);
    }

    private static TrainingLevel level(String value) {
        return EnumParameters.required(TrainingLevel.class, RequestParameter.form("level"), value);
    }

    private static LocalDate date(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidParameterException(RequestParameter.form("date"), value, new ExpectedValue.IsoDate());
        }
    }

}
