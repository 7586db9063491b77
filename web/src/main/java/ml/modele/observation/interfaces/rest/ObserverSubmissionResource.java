package ml.modele.observation.interfaces.rest;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

import jakarta.ejb.EJB;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeIn;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import ml.modele.observation.application.UserInputException;
import ml.modele.observation.application.observer.AnswerProblem;
import ml.modele.observation.application.observer.ObserverIdentity;
import ml.modele.observation.application.observer.ObserverLoginOutcome;
import ml.modele.observation.application.observer.ObserverPinService;
import ml.modele.observation.application.observer.ObserverWebService;
import ml.modele.observation.application.observer.WebSubmissionOutcome;
import ml.modele.observation.domain.form.Choice;
import ml.modele.observation.domain.form.FormDefinition;
import ml.modele.observation.domain.form.Question;
import ml.modele.observation.domain.form.QuestionType;
import ml.modele.observation.interfaces.web.observer.AnswerProblemTexts;
import ml.modele.observation.interfaces.web.security.ObserverSessions;
import ml.modele.observation.interfaces.web.shell.Messages;

/**
 * The observers' REST API, for the same submissions as the web form. An observer requests a PIN
 * ({@code POST pin}), logs in with code and PIN ({@code POST login}) and gets the session cookie
 * {@code JSESSIONID}, which authenticates the other calls. Staff accounts do not reach these
 * paths: staff scripts use HTTP Basic on the staff API. Rejected requests get 422 (401 for a
 * refused login) with the message in French, or in English when Accept-Language asks for it.
 */
@Path("observer")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Observers", description = "Observers' reports: PIN login, forms and submissions")
@SecurityScheme(securitySchemeName = ObserverSubmissionResource.SESSION_SCHEME, type = SecuritySchemeType.APIKEY,
        in = SecuritySchemeIn.COOKIE, apiKeyName = "JSESSIONID",
        description = "Session cookie returned by POST /api/observer/login after a right code and PIN")
public class ObserverSubmissionResource {

    static final String SESSION_SCHEME = "observerSession";

    @EJB
    private ObserverPinService pins;

    @EJB
    private ObserverWebService web;

    @Context
    private HttpServletRequest request;

    /** Body of a PIN request. */
    public static class PinRequest {
        @Schema(description = "Observer code, 6 digits with its check digit", example = "123459")
        public String code;
    }

    /** Body of a login. */
    public static class LoginRequest {
        @Schema(description = "Observer code, 6 digits with its check digit", example = "123459")
        public String code;
        @Schema(description = "PIN received by SMS, 6 digits", example = "048213")
        public String pin;
    }

    /** Body of a submission. */
    public static class SubmissionRequest {
        @Schema(description = "Form code, e.g. DVT or RES", example = "RES")
        public String form;
        @Schema(description = "Question code to value: a number, a choice digit or digits of several choices",
                example = "{\"A\": \"450\", \"B\": \"312\"}")
        public Map<String, String> answers = Map.of();
        @Schema(description = "Free comment, may be empty")
        public String comment;
    }

    @POST
    @Path("pin")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Send a login PIN by SMS",
            description = "Sends a 6-digit PIN, valid 10 minutes, to the observer's verified numbers."
                    + " At most one request a minute and three an hour per observer.")
    @APIResponse(responseCode = "202", description = "PIN queued; the masked numbers it goes to")
    @APIResponse(responseCode = "422", description = "Invalid or unknown code, no verified number, or asked too often")
    public Response requestPin(PinRequest body, @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language) {
        try {
            List<String> phones = pins.requestPin(body == null ? null : body.code);
            return Response.accepted(Map.of("sentTo", phones)).build();
        } catch (UserInputException e) {
            return problem(422, language, e.messageKey(), e.arguments());
        }
    }

    @POST
    @Path("login")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Log in with observer code and PIN",
            description = "Opens the session whose JSESSIONID cookie authenticates the other observer calls."
                    + " Five wrong PINs end the PIN.")
    @APIResponse(responseCode = "200", description = "Logged in: the observer and their station")
    @APIResponse(responseCode = "401", description = "Wrong, expired or used PIN")
    @APIResponse(responseCode = "422", description = "Invalid or unknown observer code")
    public Response logIn(LoginRequest body, @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language) {
        ObserverLoginOutcome outcome;
        try {
            outcome = pins.login(body == null ? null : body.code, body == null ? null : body.pin);
        } catch (UserInputException e) {
            return problem(422, language, e.messageKey(), e.arguments());
        }
        if (!outcome.succeeded()) {
            return problem(401, language, outcome.messageKey(), outcome.arguments().toArray());
        }
        ObserverIdentity observer = outcome.identity().get();
        ObserverSessions.open(request, observer);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("observer", observer.code());
        json.put("name", observer.name());
        json.put("station", web.station(observer));
        return Response.ok(json).build();
    }

    @GET
    @Path("forms")
    @Operation(summary = "List the forms of the ongoing election with their questions")
    @SecurityRequirement(name = SESSION_SCHEME)
    @APIResponse(responseCode = "200", description = "The forms, in the form set's order")
    @APIResponse(responseCode = "401", description = "No observer session")
    public Response forms(@HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language) {
        try {
            List<Map<String, Object>> forms = new ArrayList<>();
            for (FormDefinition form : web.forms()) {
                forms.add(formJson(form));
            }
            return Response.ok(forms).build();
        } catch (UserInputException e) {
            return problem(422, language, e.messageKey(), e.arguments());
        }
    }

    @POST
    @Path("submissions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Submit the answers of one form",
            description = "Validates the answers with the rules of the coded SMS and stores them as a new version"
                    + " (channel WEB, the observer as author) at the station of the observer's deployment."
                    + " Nothing is stored when any answer is rejected, and the response lists every problem."
                    + " A checklist may be filled over several submissions: the response to a stored checklist"
                    + " says whether the observer's record at the station is complete, or which required"
                    + " questions it still lacks.")
    @SecurityRequirement(name = SESSION_SCHEME)
    @RequestBody(content = @Content(schema = @Schema(implementation = SubmissionRequest.class)))
    @APIResponse(responseCode = "201", description = "Stored: submission id, version number, station and message;"
            + " for a checklist also complete (true or false), missing (each required question still unanswered,"
            + " with its code and label) and completeness (the message that says so)")
    @APIResponse(responseCode = "401", description = "No observer session")
    @APIResponse(responseCode = "422", description = "Rejected, nothing stored: a message, and every problem with"
            + " its kind, question, value, what is expected and its message")
    public Response submit(SubmissionRequest body, @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language) {
        ObserverIdentity observer = ObserverSessions.current(request).orElseThrow();
        WebSubmissionOutcome outcome;
        try {
            outcome = web.submit(observer, body == null ? null : body.form,
                    body == null || body.answers == null ? Map.of() : body.answers, body == null ? "" : body.comment);
        } catch (UserInputException e) {
            return problem(422, language, e.messageKey(), e.arguments());
        }
        AnswerProblemTexts texts = new AnswerProblemTexts(locale(language));
        FormDefinition form = web.form(body.form);
        if (!outcome.stored()) {
            List<Map<String, Object>> problems = new ArrayList<>();
            for (AnswerProblem problem : outcome.problems()) {
                Map<String, Object> json = new LinkedHashMap<>();
                json.put("message", texts.describe(form, problem));
                json.put("kind", problem.kind());
                json.put("question", problem.questionCode());
                json.put("value", problem.value());
                json.put("expected", problem.expected());
                problems.add(json);
            }
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("message", texts.rejected(problems.size()));
            json.put("problems", problems);
            return Response.status(422).entity(json).build();
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("submission", outcome.submissionId());
        json.put("version", outcome.version());
        json.put("station", outcome.stationCode());
        json.put("message", texts.stored(outcome, form));
        texts.completeness(outcome, form).ifPresent(completeness -> {
            List<Map<String, String>> missing = new ArrayList<>();
            for (String code : outcome.missingRequired()) {
                Map<String, String> question = new LinkedHashMap<>();
                question.put("question", code);
                question.put("label", texts.label(form, code));
                missing.add(question);
            }
            json.put("complete", missing.isEmpty());
            json.put("missing", missing);
            json.put("completeness", completeness);
        });
        return Response.status(201).entity(json).build();
    }

    @POST
    @Path("logout")
    @Operation(summary = "End the observer session")
    @SecurityRequirement(name = SESSION_SCHEME)
    @APIResponse(responseCode = "204", description = "Session ended")
    public Response logOut() {
        ObserverSessions.close(request);
        return Response.noContent().build();
    }

    private static Map<String, Object> formJson(FormDefinition form) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("code", form.code());
        json.put("kind", form.kind().name());
        json.put("titleFr", form.titleFr());
        json.put("titleEn", form.titleEn());
        List<Map<String, Object>> questions = new ArrayList<>();
        for (Question question : form.questions()) {
            if (question.type() == QuestionType.TEXT) {
                continue;
            }
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("code", question.code());
            item.put("type", question.type().name());
            item.put("labelFr", question.labelFr());
            item.put("labelEn", question.labelEn());
            item.put("required", question.required());
            if (question.min() != null) {
                item.put("min", question.min());
                item.put("max", question.max());
            }
            if (!question.choices().isEmpty()) {
                List<Map<String, String>> choices = new ArrayList<>();
                for (Choice choice : question.choices()) {
                    choices.add(Map.of("code", choice.code(), "labelFr", choice.labelFr(), "labelEn", choice.labelEn()));
                }
                item.put("choices", choices);
            }
            questions.add(item);
        }
        json.put("questions", questions);
        return json;
    }

    private static Locale locale(String language) {
        return language != null && language.toLowerCase(Locale.ROOT).startsWith("en") ? Locale.ENGLISH
                : Locale.FRENCH;
    }

    private static Response problem(int status, String language, String key, Object[] arguments) {
        Locale locale = locale(language);
        String pattern = ResourceBundle.getBundle(Messages.BUNDLE, locale).getString(key);
        String message = new MessageFormat(pattern, locale).format(arguments);
        return Response.status(status).entity(Map.of("key", key, "message", message)).build();
    }
}
