package ml.modele.observation.interfaces.rest;

import java.text.MessageFormat;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
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
import ml.modele.observation.application.communique.CommuniqueService;
import ml.modele.observation.application.communique.CommuniqueSummary;
import ml.modele.observation.domain.communique.CommuniqueKind;
import ml.modele.observation.domain.report.ReportPeriod;
import ml.modele.observation.interfaces.web.shell.Messages;
import ml.modele.observation.interfaces.web.shell.PeriodLabel;

/**
 * Communiqués for scripts. {@code GET /api/communiques?election=ID} lists them (a weekly report
 * with the week it covers) and
 * {@code GET /api/communiques/pdf/{id}?lang=fr|en} downloads one (a draft preview, or the stored
 * bytes once published). Each step has its own path so that the role matrix can distinguish them:
 * {@code POST /api/communiques/draft/{election}} (form field {@code kind}, and for
 * {@code WEEKLY_REPORT} the week as {@code from} and {@code to}, ISO dates),
 * {@code .../narrative/{id}} ({@code findings}, {@code recommendations} as HTML),
 * {@code .../approve/{id}}, {@code .../embargo/{id}} ({@code until}, Bamako time
 * {@code 2026-06-19T10:00}, empty to remove), {@code .../publish/{id}} and {@code .../correct/{id}}.
 * A request a user can correct gets 422 with {@code message} in the language of {@code lang} or
 * Accept-Language, French by default. There is no path that changes a published version.
 */
@Path("communiques")
@Produces(MediaType.APPLICATION_JSON)
public class CommuniqueResource {

    @EJB
    private CommuniqueService communiques;

    @GET
    public Response list(@QueryParam("election") Long electionId, @QueryParam("lang") String lang,
                         @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language) {
        Locale locale = locale(lang, language);
        return handle(locale, () -> Response.ok(communiques.list(electionId).stream()
                .map(summary -> json(summary, locale)).toList()).build());
    }

    @GET
    @Path("pdf/{id}")
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    public Response pdf(@PathParam("id") long id, @QueryParam("lang") String lang,
                        @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language) {
        Locale locale = locale(lang, language);
        return handle(locale, () -> {
            CommuniqueSummary summary = communiques.find(id);
            return pdfResponse(communiques.pdf(id, locale), summary, locale);
        });
    }

    @POST
    @Path("draft/{election}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response draft(@PathParam("election") long electionId, @FormParam("kind") String kind,
                          @FormParam("from") String from, @FormParam("to") String to,
                          @QueryParam("lang") String lang, @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language) {
        Locale locale = locale(lang, language);
        return handle(locale, () -> {
            CommuniqueKind chosen = kind(kind);
            if (chosen.needsPeriod()) {
                return ok(communiques.draftWeeklyReport(electionId, ReportRequests.date(from, "from"),
                        ReportRequests.date(to, "to")), locale);
            }
            return ok(communiques.draft(electionId, chosen), locale);
        });
    }

    @POST
    @Path("narrative/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response narrative(@PathParam("id") long id, @FormParam("findings") String findings,
                              @FormParam("recommendations") String recommendations, @QueryParam("lang") String lang,
                              @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language) {
        Locale locale = locale(lang, language);
        return handle(locale, () -> ok(communiques.editNarrative(id, findings, recommendations), locale));
    }

    @POST
    @Path("approve/{id}")
    public Response approve(@PathParam("id") long id, @QueryParam("lang") String lang,
                            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language) {
        Locale locale = locale(lang, language);
        return handle(locale, () -> ok(communiques.approve(id), locale));
    }

    @POST
    @Path("embargo/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response embargo(@PathParam("id") long id, @FormParam("until") String until,
                            @QueryParam("lang") String lang, @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language) {
        Locale locale = locale(lang, language);
        return handle(locale, () -> ok(communiques.embargo(id, bamakoTime(until)), locale));
    }

    @POST
    @Path("publish/{id}")
    public Response publish(@PathParam("id") long id, @QueryParam("lang") String lang,
                            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language) {
        Locale locale = locale(lang, language);
        return handle(locale, () -> ok(communiques.publish(id), locale));
    }

    @POST
    @Path("correct/{id}")
    public Response correct(@PathParam("id") long id, @QueryParam("lang") String lang,
                            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language) {
        Locale locale = locale(lang, language);
        return handle(locale, () -> ok(communiques.correct(id), locale));
    }

    static Response handle(Locale locale, Supplier<Response> action) {
        try {
            return action.get();
        } catch (UserInputException e) {
            ResourceBundle bundle = ResourceBundle.getBundle(Messages.BUNDLE, locale);
            String message = new MessageFormat(bundle.getString(e.messageKey()), locale).format(e.arguments());
            return Response.status(422).type(MediaType.APPLICATION_JSON)
                    .entity(Map.of("key", e.messageKey(), "message", message)).build();
        }
    }

    static Response pdfResponse(byte[] pdf, CommuniqueSummary summary, Locale locale) {
        String name = ResourceBundle.getBundle("ml.modele.observation.i18n.communiques", locale)
                .getString("communique.fileName") + "-" + summary.electionId() + "-"
                + summary.kind().name().toLowerCase(Locale.ROOT) + "-v" + summary.version() + "-"
                + locale.getLanguage() + ".pdf";
        return Response.ok(pdf, "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"")
                .build();
    }

    static Locale locale(String lang, String acceptLanguage) {
        String chosen = lang != null && !lang.isBlank() ? lang : acceptLanguage;
        return chosen != null && chosen.toLowerCase(Locale.ROOT).startsWith("en") ? Locale.ENGLISH : Locale.FRENCH;
    }

    /**
     * Returns a version as JSON. A weekly report has {@code periodStart} and {@code periodEnd} (ISO
     * dates) and {@code period}, their label in the locale's language; the other kinds have null.
     */
    static Map<String, Object> json(CommuniqueSummary summary, Locale locale) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", summary.id());
        json.put("election", summary.electionId());
        json.put("electionName", summary.electionName());
        json.put("kind", summary.kind().name());
        ReportPeriod period = summary.period();
        json.put("periodStart", period == null ? null : period.start().toString());
        json.put("periodEnd", period == null ? null : period.end().toString());
        json.put("period", period == null ? null : PeriodLabel.format(period, locale));
        json.put("version", summary.version());
        json.put("replacesVersion", summary.replacesVersion());
        json.put("status", summary.status().name());
        json.put("snapshotAt", text(summary.snapshotAt()));
        json.put("createdBy", summary.createdBy());
        json.put("approvedBy", summary.approvedBy());
        json.put("embargoUntil", text(summary.embargoUntil()));
        json.put("publishedAt", text(summary.publishedAt()));
        json.put("publishedBy", summary.publishedBy());
        json.put("public", summary.publicNow());
        json.put("pdfs", summary.publications().stream().map(pdf -> Map.of("language", pdf.language(),
                "sha256", pdf.sha256(), "pages", pdf.pages())).toList());
        return json;
    }

    private static Response ok(CommuniqueSummary summary, Locale locale) {
        return Response.ok(json(summary, locale)).build();
    }

    private static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }

    private static CommuniqueKind kind(String kind) {
        for (CommuniqueKind known : CommuniqueKind.values()) {
            if (known.name().equalsIgnoreCase(kind == null ? "" : kind.strip())) {
                return known;
            }
        }
        throw new UserInputException("communique.error.kindUnknown", kind == null ? "" : kind,
                String.join(", ", List.of(CommuniqueKind.values()).stream().map(Enum::name).toList()));
    }

    /** Reads a local date and time in Bamako's zone (UTC, no daylight saving). Blank gives null. */
    private static Instant bamakoTime(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(text.strip()).atZone(Messages.MALI).toInstant();
        } catch (DateTimeParseException e) {
            throw new UserInputException("communique.error.embargoTime", text);
        }
    }
}
