package ml.modele.observation.interfaces.rest;

import java.util.Locale;
import java.util.Map;

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

import ml.modele.observation.application.report.WeeklyReportService;

/**
 * Weekly report of the citizen watch cell: {@code GET ?from=&to=} downloads the PDF of the
 * period (ISO dates), French unless {@code lang} or Accept-Language asks for English;
 * {@code GET note?from=&to=} and {@code POST note} (form fields {@code from}, {@code to},
 * {@code text}) read and store the analysts' notes of the period.
 */
@Path("weekly-report/{election}")
public class WeeklyReportResource {

    @EJB
    private WeeklyReportService weekly;

    @GET
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    public Response pdf(@PathParam("election") long electionId, @QueryParam("from") String from,
                        @QueryParam("to") String to, @QueryParam("lang") String lang,
                        @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language) {
        Locale locale = ReportRequests.locale(lang, language);
        return ReportRequests.handle(locale, () -> {
            byte[] pdf = weekly.renderWeeklyReport(electionId, ReportRequests.date(from, "from"),
                    ReportRequests.date(to, "to"), locale);
            String fileName = (locale == Locale.ENGLISH ? "weekly-report-" : "rapport-hebdomadaire-") + from + ".pdf";
            return Response.ok(pdf, "application/pdf")
                    .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"").build();
        });
    }

    @GET
    @Path("note")
    @Produces(MediaType.APPLICATION_JSON)
    public Response note(@PathParam("election") long electionId, @QueryParam("from") String from,
                         @QueryParam("to") String to, @QueryParam("lang") String lang,
                         @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language) {
        return ReportRequests.handle(ReportRequests.locale(lang, language), () -> Response.ok(Map.of("text",
                weekly.note(electionId, ReportRequests.date(from, "from"), ReportRequests.date(to, "to")))).build());
    }

    @POST
    @Path("note")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_JSON)
    public Response saveNote(@PathParam("election") long electionId, @FormParam("from") String from,
                             @FormParam("to") String to, @FormParam("text") String text,
                             @QueryParam("lang") String lang,
                             @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language) {
        return ReportRequests.handle(ReportRequests.locale(lang, language), () -> {
            weekly.saveNote(electionId, ReportRequests.date(from, "from"), ReportRequests.date(to, "to"), text);
            return Response.ok(Map.of("saved", true)).build();
        });
    }
}
