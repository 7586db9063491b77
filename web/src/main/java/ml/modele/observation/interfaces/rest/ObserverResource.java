package ml.modele.observation.interfaces.rest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import ml.modele.observation.application.ObserverFilter;
import ml.modele.observation.application.ObserverImportOutcome;
import ml.modele.observation.application.ObserverImportService;
import ml.modele.observation.application.ObserverRegistry;
import ml.modele.observation.domain.observer.Observer;
import ml.modele.observation.domain.observer.ObserverCategory;
import ml.modele.observation.domain.observer.ObserverStatus;
import ml.modele.observation.infrastructure.imports.ImportProblem;
import ml.modele.observation.infrastructure.imports.ObserverImportMessages;
import ml.modele.observation.interfaces.rest.error.EnumParameters;
import ml.modele.observation.interfaces.rest.error.RequestParameter;

/**
 * Observer registry for scripts: the filtered list page by page, its counts, exports and the
 * import of an observer file (the file as the request body, CSV or .xlsx). The import returns 200
 * with the counts and the problems of the rejected rows, or 422 when no row could be read; the
 * messages follow Accept-Language, French by default. Filters: {@code q} (name), {@code code},
 * {@code phone}, {@code category} (NATIONAL_SUPERVISOR, REGIONAL_COORDINATOR, LONG_TERM,
 * SHORT_TERM), {@code organisation}, {@code region} (P-code) and {@code status} (CANDIDATE,
 * ACTIVE, RETIRED).
 */
@Path("observers")
@Produces(MediaType.APPLICATION_JSON)
public class ObserverResource {

    /** Largest page of the list. */
    private static final int MAX_PAGE = 500;
    private static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @EJB
    private ObserverRegistry registry;

    @EJB
    private ObserverImportService imports;

    /** One page of the filtered list, with the total of the list. */
    @GET
    public Map<String, Object> list(@QueryParam("q") String name, @QueryParam("code") String code,
                                    @QueryParam("phone") String phone, @QueryParam("category") String category,
                                    @QueryParam("organisation") String organisation,
                                    @QueryParam("region") String region, @QueryParam("status") String status,
                                    @QueryParam("first") @DefaultValue("0") int first,
                                    @QueryParam("max") @DefaultValue("50") int max) {
        ObserverFilter filter = filter(name, code, phone, category, organisation, region, status);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("total", registry.count(filter));
        json.put("observers", registry.page(filter, Math.max(0, first), Math.min(Math.max(1, max), MAX_PAGE))
                .stream().map(ObserverResource::observer).toList());
        return json;
    }

    /** Counts of the filtered list by category, organisation, région and sex. */
    @GET
    @Path("counts")
    public Map<String, Object> counts(@QueryParam("q") String name, @QueryParam("code") String code,
                                      @QueryParam("phone") String phone, @QueryParam("category") String category,
                                      @QueryParam("organisation") String organisation,
                                      @QueryParam("region") String region, @QueryParam("status") String status) {
        var counts = registry.counts(filter(name, code, phone, category, organisation, region, status));
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("total", counts.total());
        json.put("byCategory", counts.byCategory());
        json.put("byOrganisation", counts.byOrganisation());
        json.put("byRegion", counts.byRegion());
        json.put("bySex", counts.bySex());
        return json;
    }

    /** The filtered list as a file in the import layout; the national ID column only for the roles that see it. */
    @GET
    @Path("export")
    @Produces({"text/csv", XLSX_TYPE})
    public Response export(@QueryParam("format") @DefaultValue("csv") String format, @QueryParam("q") String name,
                           @QueryParam("code") String code, @QueryParam("phone") String phone,
                           @QueryParam("category") String category, @QueryParam("organisation") String organisation,
                           @QueryParam("region") String region, @QueryParam("status") String status) {
        ObserverRegistry.Format fileFormat = EnumParameters.optional(ObserverRegistry.Format.class,
                RequestParameter.query("format"), format);
        byte[] content = registry.export(filter(name, code, phone, category, organisation, region, status),
                fileFormat);
        boolean xlsx = fileFormat == ObserverRegistry.Format.XLSX;
        return Response.ok(content, xlsx ? XLSX_TYPE : "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"observateurs." + (xlsx ? "xlsx" : "csv") + "\"")
                .build();
    }

    /** Imports an observer file. */
    @POST
    @Path("import")
    @Consumes(MediaType.WILDCARD)
    public Response importFile(@QueryParam("name") @DefaultValue("upload") String name,
                               @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language, byte[] content) {
        ObserverImportOutcome outcome = imports.importFile(content, name);
        Locale locale = language != null && language.toLowerCase(Locale.ROOT).startsWith("en")
                ? Locale.ENGLISH : Locale.FRENCH;
        List<String> messages = ObserverImportMessages.formatAll(outcome.problems(), locale);
        List<Map<String, Object>> problems = new ArrayList<>();
        for (int i = 0; i < outcome.problems().size(); i++) {
            ImportProblem problem = outcome.problems().get(i);
            problems.add(Map.of("row", problem.rowNumber(), "column", problem.column(), "value", problem.value(),
                    "message", messages.get(i)));
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("rows", outcome.rowCount());
        json.put("added", outcome.added());
        json.put("updated", outcome.updated());
        json.put("unchanged", outcome.unchanged());
        json.put("rejected", outcome.rejected());
        json.put("problems", problems);
        return Response.status(outcome.unreadable() ? 422 : 200).entity(json).build();
    }

    private static ObserverFilter filter(String name, String code, String phone, String category, String organisation,
                                         String region, String status) {
        return new ObserverFilter(name, code, phone,
                EnumParameters.optional(ObserverCategory.class, RequestParameter.query("category"), category),
                organisation, region,
                EnumParameters.optional(ObserverStatus.class, RequestParameter.query("status"), status));
    }

    private static Map<String, Object> observer(Observer observer) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("code", observer.getCode());
        json.put("lastName", observer.getLastName());
        json.put("firstName", observer.getFirstName());
        json.put("sex", observer.getSex().name());
        json.put("category", observer.getCategory().name());
        json.put("organisation", observer.getOrganisation().getCode());
        json.put("communeCode", observer.getCommuneCode());
        json.put("regionCode", observer.getRegionCode());
        json.put("status", observer.getStatus().name());
        json.put("phones", observer.getPhoneNumbers());
        return json;
    }
}
