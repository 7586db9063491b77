package ml.modele.observation.interfaces.rest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.ejb.EJB;
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
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import ml.modele.observation.application.report.PeriodicReportFilter;
import ml.modele.observation.application.report.PeriodicReportService;
import ml.modele.observation.application.report.PeriodicReportSummary;
import ml.modele.observation.application.report.PeriodicReportView;
import ml.modele.observation.application.report.ReportFile;
import ml.modele.observation.domain.submission.Channel;
import ml.modele.observation.domain.submission.SubmissionAttachment;

/**
 * Long-term observers' periodic reports for scripts. {@code POST} files a report from a
 * form-encoded body ({@code observer}, {@code from}, {@code to} as ISO dates, and one
 * {@code section.X} field per theme, X being the question code); {@code POST {id}/attachments?name=FILE}
 * adds the request body as an attachment; {@code GET} lists with the filters {@code from},
 * {@code to}, {@code region} and {@code theme}; {@code GET {id}} returns a report with its
 * versions. A request the user can correct gets 422 with the message in French, or in English
 * when {@code lang} or Accept-Language requests it.
 */
@Path("periodic-reports/{election}")
@Produces(MediaType.APPLICATION_JSON)
public class PeriodicReportResource {

    private static final String SECTION = "section.";

    @EJB
    private PeriodicReportService reports;

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response file(@PathParam("election") long electionId, MultivaluedMap<String, String> form,
                         @QueryParam("lang") String lang, @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language) {
        return ReportRequests.handle(ReportRequests.locale(lang, language), () -> {
            long id = reports.file(electionId, form.getFirst("observer"),
                    ReportRequests.date(form.getFirst("from"), "from"), ReportRequests.date(form.getFirst("to"), "to"),
                    sections(form), List.of(), Channel.API);
            return Response.ok(json(reports.read(id))).build();
        });
    }

    @POST
    @Path("{id}/attachments")
    @Consumes(MediaType.WILDCARD)
    public Response attach(@PathParam("election") long electionId, @PathParam("id") long reportId,
                           @QueryParam("name") String name, byte[] content, @QueryParam("lang") String lang,
                           @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language) {
        return ReportRequests.handle(ReportRequests.locale(lang, language), () -> {
            reports.revise(reportId, null, List.of(new ReportFile(name, content)), "attachment " + name, Channel.API);
            return Response.ok(json(reports.read(reportId))).build();
        });
    }

    @GET
    public Response list(@PathParam("election") long electionId, @QueryParam("from") String from,
                         @QueryParam("to") String to, @QueryParam("region") String region,
                         @QueryParam("theme") String theme, @QueryParam("lang") String lang,
                         @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language) {
        return ReportRequests.handle(ReportRequests.locale(lang, language), () -> {
            PeriodicReportFilter filter = new PeriodicReportFilter(ReportRequests.date(from, "from"),
                    ReportRequests.date(to, "to"), region, theme);
            List<Map<String, Object>> lines = new ArrayList<>();
            for (PeriodicReportSummary summary : reports.list(electionId, filter)) {
                lines.add(json(summary));
            }
            return Response.ok(lines).build();
        });
    }

    @GET
    @Path("{id}")
    public Response read(@PathParam("election") long electionId, @PathParam("id") long reportId,
                         @QueryParam("lang") String lang, @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language) {
        return ReportRequests.handle(ReportRequests.locale(lang, language),
                () -> Response.ok(json(reports.read(reportId))).build());
    }

    @GET
    @Path("{id}/attachments/{attachment}")
    @Produces(MediaType.WILDCARD)
    public Response download(@PathParam("election") long electionId, @PathParam("id") long reportId,
                             @PathParam("attachment") long attachmentId, @QueryParam("lang") String lang,
                             @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language) {
        Locale locale = ReportRequests.locale(lang, language);
        return ReportRequests.handle(locale, () -> {
            SubmissionAttachment file = reports.attachment(reportId, attachmentId);
            return Response.ok(file.getContent(), file.getMediaType())
                    .header("Content-Disposition", "attachment; filename=\"" + file.getFileName().replace("\"", "")
                            + "\"")
                    .build();
        });
    }

    private static Map<String, String> sections(MultivaluedMap<String, String> form) {
        Map<String, String> sections = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> field : form.entrySet()) {
            if (field.getKey().startsWith(SECTION) && !field.getValue().isEmpty()) {
                sections.put(field.getKey().substring(SECTION.length()), field.getValue().get(0));
            }
        }
        return sections;
    }

    private static Map<String, Object> json(PeriodicReportSummary summary) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", summary.id());
        json.put("election", summary.electionId());
        json.put("observer", summary.observerCode());
        json.put("observerName", summary.observerName());
        json.put("region", summary.regionCode());
        json.put("regionName", summary.regionName());
        json.put("from", summary.periodStart().toString());
        json.put("to", summary.periodEnd().toString());
        json.put("themes", summary.themes());
        json.put("version", summary.version());
        json.put("updatedAt", summary.updatedAt().toString());
        json.put("filedBy", summary.filedBy());
        json.put("attachments", summary.attachments());
        return json;
    }

    private static Map<String, Object> json(PeriodicReportView view) {
        Map<String, Object> json = json(view.summary());
        Map<String, String> sections = new LinkedHashMap<>();
        view.sections().forEach(section -> sections.put(section.code(), section.text()));
        json.put("sections", sections);
        List<Map<String, Object>> versions = new ArrayList<>();
        for (PeriodicReportView.Version version : view.versions()) {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("number", version.number());
            line.put("createdAt", version.createdAt().toString());
            line.put("author", version.author());
            line.put("reason", version.reason());
            line.put("texts", version.texts());
            versions.add(line);
        }
        json.put("versions", versions);
        List<Map<String, Object>> files = new ArrayList<>();
        for (PeriodicReportView.Attachment attachment : view.attachments()) {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("id", attachment.id());
            line.put("fileName", attachment.fileName());
            line.put("mediaType", attachment.mediaType());
            line.put("sizeBytes", attachment.sizeBytes());
            line.put("sha256", attachment.sha256());
            files.add(line);
        }
        json.put("files", files);
        return json;
    }
}
