package ml.modele.observation.interfaces.rest;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import ml.modele.observation.application.AigeRequestService;
import ml.modele.observation.application.UserInputException;
import ml.modele.observation.interfaces.web.shell.Messages;

/**
 * The accreditation request to the AIGE, as a PDF ({@code format=pdf}, the default) or an .xlsx
 * workbook ({@code format=xlsx}), French unless {@code lang} or Accept-Language requests English.
 * It lists national ID numbers, so the role matrix gives this path to the secretariat and the
 * administrator only.
 */
@Path("aige-request/{election}")
public class AigeRequestResource {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @EJB
    private AigeRequestService requests;

    @GET
    @Produces({"application/pdf", XLSX, MediaType.APPLICATION_JSON})
    public Response request(@PathParam("election") long electionId, @QueryParam("format") String format,
                            @QueryParam("lang") String lang,
                            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language) {
        String chosen = lang != null && !lang.isBlank() ? lang : language;
        Locale locale = chosen != null && chosen.toLowerCase(Locale.ROOT).startsWith("en")
                ? Locale.ENGLISH : Locale.FRENCH;
        boolean xlsx = "xlsx".equalsIgnoreCase(format);
        String fileName = (locale == Locale.ENGLISH ? "aige-accreditation-request-" : "demande-accreditation-aige-")
                + electionId + (xlsx ? ".xlsx" : ".pdf");
        try {
            return Response.ok(xlsx ? requests.xlsx(electionId, locale) : requests.pdf(electionId, locale),
                            xlsx ? XLSX : "application/pdf")
                    .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
                    .build();
        } catch (UserInputException e) {
            ResourceBundle bundle = ResourceBundle.getBundle(Messages.BUNDLE, locale);
            String message = new MessageFormat(bundle.getString(e.messageKey()), locale).format(e.arguments());
            return Response.status(Response.Status.NOT_FOUND).type(MediaType.APPLICATION_JSON)
                    .entity(Map.of("key", e.messageKey(), "message", message)).build();
        }
    }
}
