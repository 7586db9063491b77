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

import ml.modele.observation.application.DeploymentListService;

/**
 * Deployment lists per cercle as a PDF, French unless {@code lang} or Accept-Language requests
 * English. {@code region} keeps one région and {@code cercle} one cercle, each given by its P-code
 * or its name ("ML04" or "segou"). An unknown région or cercle gets 422 with a message that names
 * it, never an empty PDF. Phone numbers are printed only for the secretariat and the administrator.
 */
@Path("deployment/{election}/list")
public class DeploymentListResource {

    @EJB
    private DeploymentListService lists;

    @GET
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    public Response pdf(@PathParam("election") long electionId, @QueryParam("region") String region,
                        @QueryParam("cercle") String cercle, @QueryParam("lang") String lang,
                        @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language) {
        Locale locale = ReportRequests.locale(lang, language);
        return ReportRequests.handle(locale, () -> {
            byte[] pdf = lists.renderDeploymentList(electionId, region, cercle, locale);
            String fileName = (locale == Locale.ENGLISH ? "deployment-lists-" : "listes-deploiement-") + electionId
                    + ".pdf";
            return Response.ok(pdf, "application/pdf")
                    .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"").build();
        });
    }
}
