package ml.modele.observation.interfaces.rest;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import ml.modele.observation.application.ImportProgress;
import ml.modele.observation.application.MapDirectory;
import ml.modele.observation.application.MapFileKind;
import ml.modele.observation.application.MapImportOutcome;
import ml.modele.observation.application.MapImportService;
import ml.modele.observation.application.MapSummary;
import ml.modele.observation.application.RetireConfirmation;
import ml.modele.observation.domain.geography.AdminLevel;
import ml.modele.observation.domain.map.AdminUnitEntity;
import ml.modele.observation.domain.map.PollingStationEntity;
import ml.modele.observation.infrastructure.imports.ImportMessages;
import ml.modele.observation.infrastructure.imports.ImportProblem;
import ml.modele.observation.interfaces.rest.error.ApiError;
import ml.modele.observation.interfaces.rest.error.ExpectedValue;
import ml.modele.observation.interfaces.rest.error.InvalidParameterException;
import ml.modele.observation.interfaces.rest.error.RequestParameter;
import ml.modele.observation.interfaces.web.shell.Formats;

/**
 * Electoral map for scripts: read the counts, units and stations, and import map files. An
 * import takes the file as the request body (CSV or .xlsx) and returns 200 with what changed,
 * or 422 with every problem of a rejected file, in the language of Accept-Language (French by default).
 * With {@code dryRun=true} it returns what would change and changes nothing. A station file that
 * would retire more than half of the active stations gets 409 unless {@code confirmRetire=true}.
 */
@Path("map")
@Produces(MediaType.APPLICATION_JSON)
public class MapResource {

    /** Message key of the 409 response to a station file that would retire most stations. */
    private static final String RETIRE_NOT_CONFIRMED = "mapImport.api.retireNotConfirmed";

    @EJB
    private MapDirectory directory;

    @EJB
    private MapImportService imports;

    /** Counts of a map version, the newest by default. */
    @GET
    @Path("summary")
    public Map<String, Object> summary(@QueryParam("version") Long version) {
        MapSummary summary = directory.summary(resolve(version));
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("mapVersion", summary.mapVersion());
        json.put("regions", summary.regions());
        json.put("cercles", summary.cercles());
        json.put("communes", summary.communes());
        json.put("centres", summary.centres());
        json.put("stations", summary.stations());
        json.put("registeredVoters", summary.registeredVoters());
        json.put("generatedStations", summary.generatedStations());
        json.put("regionTotals", directory.totalsByRegion(summary.mapVersion()).stream()
                .map(total -> Map.of("code", total.code(), "name", total.name(), "stations", total.stations(),
                        "registeredVoters", total.registeredVoters()))
                .toList());
        return json;
    }

    /** Units of one level (1 to 3), or those matching {@code q} by name or code, accents ignored. */
    @GET
    @Path("units")
    public List<Map<String, Object>> units(@QueryParam("version") Long version, @QueryParam("level") Integer level,
                                           @QueryParam("q") String query) {
        long resolved = resolve(version);
        List<AdminUnitEntity> units = query != null && !query.isBlank()
                ? directory.searchUnits(resolved, query)
                : directory.unitsAt(resolved, AdminLevel.ofNumber(level == null ? 1 : level)
                        .orElseThrow(() -> unknownLevel(level)));
        return units.stream().map(MapResource::unit).toList();
    }

    private static InvalidParameterException unknownLevel(Integer level) {
        List<String> numbers = Arrays.stream(AdminLevel.values())
                .map(known -> Integer.toString(known.number()))
                .toList();
        return new InvalidParameterException(RequestParameter.query("level"),
                String.valueOf(level), new ExpectedValue.OneOf(numbers));
    }

    /** Stations whose code or centre name matches {@code q}, accents ignored. */
    @GET
    @Path("stations")
    public List<Map<String, Object>> stations(@QueryParam("version") Long version, @QueryParam("q") String query) {
        return directory.searchStations(resolve(version), query == null ? "" : query).stream()
                .map(MapResource::station).toList();
    }

    /**
     * Imports a file of régions, cercles and communes ({@code admin-units}) or of stations
     * ({@code stations}). {@code dryRun=true} validates the file and returns the same counts
     * without applying it. {@code confirmRetire=true} lets a station file retire more than half
     * of the active stations, which otherwise gets 409 and changes nothing.
     */
    @POST
    @Path("import/{kind}")
    @Consumes(MediaType.WILDCARD)
    public Response importFile(@PathParam("kind") String kind, @QueryParam("name") @DefaultValue("upload") String name,
                               @QueryParam("dryRun") String dryRunValue,
                               @QueryParam("confirmRetire") String confirmRetireValue,
                               @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language, byte[] content) {
        boolean dryRun = flag("dryRun", dryRunValue);
        boolean confirmRetire = flag("confirmRetire", confirmRetireValue);
        MapFileKind fileKind = switch (kind) {
            case "admin-units" -> MapFileKind.ADMIN_UNITS;
            case "stations" -> MapFileKind.STATIONS;
            default -> throw new NotFoundException("No import of " + kind);
        };
        MapImportOutcome outcome = dryRun ? imports.preview(fileKind, content, name, new ImportProgress())
                : imports.importFile(fileKind, content, name,
                        confirmRetire ? RetireConfirmation.ANY : RetireConfirmation.NONE, new ImportProgress());
        Locale locale = ApiError.locale(language);
        Map<String, Object> json = new LinkedHashMap<>();
        if (outcome.status() == MapImportOutcome.Status.RETIRE_NOT_CONFIRMED) {
            ApiError error = ApiError.of(Response.Status.CONFLICT.getStatusCode(), RETIRE_NOT_CONFIRMED, locale,
                    Formats.number(outcome.retired(), locale), Formats.number(outcome.activeStations(), locale));
            json.put("status", error.status());
            json.put("key", error.key());
            json.put("message", error.message());
            putCounts(json, outcome);
            return Response.status(error.status()).type(ApiError.CONTENT_TYPE).entity(json).build();
        }
        json.put("accepted", outcome.accepted());
        if (!outcome.accepted()) {
            List<String> messages = ImportMessages.formatAll(outcome.problems(), locale);
            List<Map<String, Object>> problems = new java.util.ArrayList<>();
            for (int i = 0; i < outcome.problems().size(); i++) {
                ImportProblem problem = outcome.problems().get(i);
                problems.add(Map.of("row", problem.rowNumber(), "column", problem.column(), "value", problem.value(),
                        "message", messages.get(i)));
            }
            json.put("problems", problems);
            return Response.status(422).entity(json).build();
        }
        putCounts(json, outcome);
        json.put("dryRun", !outcome.applied());
        return Response.ok(json).build();
    }

    private static void putCounts(Map<String, Object> json, MapImportOutcome outcome) {
        json.put("mapVersion", outcome.mapVersion());
        json.put("newVersion", outcome.newVersion());
        json.put("added", outcome.added());
        json.put("changed", outcome.changed());
        json.put("unchanged", outcome.unchanged());
        json.put("retired", outcome.retired());
        json.put("carried", outcome.carried());
        json.put("activeStations", outcome.activeStations());
        MapImportOutcome.CentreCounts centres = outcome.centres();
        json.put("centres", Map.of("added", centres.added(), "changed", centres.changed(),
                "unchanged", centres.unchanged(), "retired", centres.retired()));
    }

    private long resolve(Long version) {
        Long resolved = version != null ? version : directory.latestVersionId();
        if (resolved == null || directory.version(resolved).isEmpty()) {
            throw new NotFoundException("No map version " + version);
        }
        return resolved;
    }

    private static Map<String, Object> unit(AdminUnitEntity unit) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("code", unit.getCode());
        json.put("level", unit.getLevel().number());
        json.put("name", unit.getName());
        json.put("parentCode", unit.getParentCode());
        return json;
    }

    private static Map<String, Object> station(PollingStationEntity station) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("code", station.getCode());
        json.put("centreCode", station.getCentre().getCode());
        json.put("centreName", station.getCentre().getName());
        json.put("registeredVoters", station.getRegisteredVoters());
        json.put("area", station.getArea().name());
        json.put("securityStatus", station.getSecurityStatus().name());
        json.put("retired", station.isRetired());
        json.put("generated", station.isGenerated());
        return json;
    }

    /**
     * Reads a true/false query parameter strictly: JAX-RS would read "1" or "yes" as false, which
     * for dryRun would apply an import that the caller meant to preview.
     */
    private static boolean flag(String name, String value) {
        if (value == null || value.isBlank()) {
            return false;
        }
        if (value.strip().equalsIgnoreCase("true")) {
            return true;
        }
        if (value.strip().equalsIgnoreCase("false")) {
            return false;
        }
        throw new InvalidParameterException(RequestParameter.query(name), value,
                new ExpectedValue.OneOf(List.of("true", "false")));
    }
}
