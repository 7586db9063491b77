package ml.modele.observation.interfaces.rest;

import static ml.modele.observation.interfaces.rest.UserInputResponses.locale;

import java.io.StringReader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.logging.Logger;

import jakarta.ejb.EJB;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
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

import ml.modele.observation.application.ElectionDraft;
import ml.modele.observation.application.ElectionService;
import ml.modele.observation.application.UserInputException;
import ml.modele.observation.domain.election.Election;
import ml.modele.observation.domain.election.ElectionStatus;
import ml.modele.observation.domain.election.ElectionType;

/**
 * Elections for scripts: each with its map version, ballot options and calendar. {@code POST
 * create} and {@code POST update/{id}} take the election as a JSON object and return it (201 or
 * 200), or 422 with {@code key} and {@code message} in French, or in English when {@code lang}
 * or Accept-Language requests it. The results form follows the options as on the screen.
 */
@Path("elections")
@Produces(MediaType.APPLICATION_JSON)
public class ElectionResource {

    private static final Logger LOG = Logger.getLogger(ElectionResource.class.getName());

    @EJB
    private ElectionService elections;

    @GET
    public List<Map<String, Object>> list() {
        return elections.list().stream().map(ElectionResource::json).toList();
    }

    /**
     * Creates an election from {@code {"name", "type", "date": "YYYY-MM-DD", "mapVersion",
     * "status", "options": [{"code", "label"}], "phases": [{"name", "start", "end"}]}}; status and
     * phases are optional.
     */
    @POST
    @Path("create")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(String body, @QueryParam("lang") String lang,
                           @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language) {
        return handle(locale(lang, language),
                () -> Response.status(Response.Status.CREATED).entity(json(elections.create(draft(read(body)))))
                        .build());
    }

    /**
     * Saves an election from the same object as {@link #create} plus {@code "version"}, the
     * version that the caller read from {@code GET /api/elections}.
     */
    @POST
    @Path("update/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response update(@PathParam("id") long id, String body, @QueryParam("lang") String lang,
                           @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language) {
        return handle(locale(lang, language), () -> {
            JsonObject election = read(body);
            long version = wholeNumber(election, "version");
            return Response.ok(json(elections.update(id, draft(election), version))).build();
        });
    }

    private static Map<String, Object> json(Election election) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", election.getId());
        json.put("name", election.getName());
        json.put("type", election.getType().name());
        json.put("date", election.getElectionDate().toString());
        json.put("mapVersion", election.getMapVersionId());
        json.put("status", election.getStatus().name());
        json.put("version", election.getVersion());
        json.put("options", election.getOptions().stream()
                .map(option -> Map.of("code", option.getCode(), "label", option.getLabel())).toList());
        json.put("phases", election.getPhases().stream()
                .map(phase -> Map.of("name", phase.getName(), "start", phase.getStartDate().toString(),
                        "end", phase.getEndDate().toString()))
                .toList());
        return json;
    }

    private static JsonObject read(String body) {
        try {
            return Json.createReader(new StringReader(body == null ? "" : body)).readObject();
        } catch (JsonException | IllegalStateException e) {
            throw new UserInputException("election.api.unreadable");
        }
    }

    /** Reads the fields that {@link ElectionService} checks; a missing field stays null for its message. */
    private static ElectionDraft draft(JsonObject json) {
        List<ElectionDraft.OptionLine> options = new ArrayList<>();
        for (JsonObject option : objects(json, "options")) {
            options.add(new ElectionDraft.OptionLine(text(option, "code"), text(option, "label")));
        }
        List<ElectionDraft.PhaseLine> phases = new ArrayList<>();
        for (JsonObject phase : objects(json, "phases")) {
            phases.add(new ElectionDraft.PhaseLine(text(phase, "name"), date(phase, "start"), date(phase, "end")));
        }
        String type = text(json, "type");
        String status = text(json, "status");
        Long mapVersion = json.containsKey("mapVersion") && !json.isNull("mapVersion")
                ? wholeNumber(json, "mapVersion") : null;
        return new ElectionDraft(text(json, "name"), type == null ? null : value(ElectionType.class, "type", type),
                date(json, "date"), mapVersion, status == null ? null : value(ElectionStatus.class, "status", status),
                options, phases);
    }

    private static String text(JsonObject json, String field) {
        JsonValue value = json.get(field);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        return value instanceof JsonString string ? string.getString() : value.toString();
    }

    private static LocalDate date(JsonObject json, String field) {
        String value = text(json, field);
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new UserInputException("election.api.date", field, value);
        }
    }

    private static long wholeNumber(JsonObject json, String field) {
        JsonValue value = json.get(field);
        if (value instanceof JsonNumber number && number.isIntegral()) {
            return number.longValue();
        }
        throw new UserInputException("election.api.number", field, value == null ? "" : value.toString());
    }

    private static List<JsonObject> objects(JsonObject json, String field) {
        JsonValue value = json.get(field);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return List.of();
        }
        if (value.getValueType() != JsonValue.ValueType.ARRAY || value.asJsonArray().stream()
                .anyMatch(item -> item.getValueType() != JsonValue.ValueType.OBJECT)) {
            throw new UserInputException("election.api.list", field);
        }
        return value.asJsonArray().getValuesAs(JsonObject.class);
    }

    private static <E extends Enum<E>> E value(Class<E> type, String field, String value) {
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UserInputException("election.api.value", field, value,
                    String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()));
        }
    }

    private static Response handle(Locale locale, Supplier<Response> action) {
        try {
            return action.get();
        } catch (UserInputException e) {
            LOG.info(() -> "Election request rejected: " + e.messageKey());
            return UserInputResponses.unprocessable(e, locale);
        }
    }

}
