package ml.modele.observation.interfaces.rest;

import java.util.Locale;

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

import ml.modele.observation.application.communique.CommuniqueService;

/**
 * The public list of communiqués, for the press and the mission's website, without login:
 * {@code GET /api/public/communiques?lang=fr|en} (a weekly report with the week it covers, in the
 * language of {@code lang} or Accept-Language) and {@code GET /api/public/communiques/{id}/pdf?lang=fr|en}.
 * A published version appears, and its PDF downloads, only once its embargo time has passed.
 * Before that the PDF request returns 404, as for an unknown id.
 */
@Path("public/communiques")
@Produces(MediaType.APPLICATION_JSON)
public class PublicCommuniqueResource {

    @EJB
    private CommuniqueService communiques;

    @GET
    public Response list(@QueryParam("lang") String lang, @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language) {
        Locale locale = CommuniqueResource.locale(lang, language);
        return Response.ok(communiques.publicList().stream().map(summary -> {
            var json = CommuniqueResource.json(summary, locale);
            json.remove("createdBy");
            json.remove("approvedBy");
            json.remove("publishedBy");
            return json;
        }).toList()).build();
    }

    @GET
    @Path("{id}/pdf")
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    public Response pdf(@PathParam("id") long id, @QueryParam("lang") String lang,
                        @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language) {
        Locale locale = CommuniqueResource.locale(lang, language);
        return communiques.publicPdf(id, locale)
                .map(pdf -> CommuniqueResource.pdfResponse(pdf, communiques.publicList().stream()
                        .filter(summary -> summary.id() == id).findFirst().orElseThrow(), locale))
                .orElseGet(() -> Response.status(Response.Status.NOT_FOUND).build());
    }
}
