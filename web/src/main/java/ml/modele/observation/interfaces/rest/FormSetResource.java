package ml.modele.observation.interfaces.rest;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import ml.modele.observation.application.FormSetService;
import ml.modele.observation.application.UserInputException;
import ml.modele.observation.domain.form.FormProblem;
import ml.modele.observation.domain.form.FormSet;
import ml.modele.observation.domain.form.FormSetImportException;
import ml.modele.observation.interfaces.web.shell.Messages;

/**
 * Form set of an election as a JSON file: GET exports it, POST with the file as the body replaces
 * it (200 with the name and form count, or 422 with every problem, French unless Accept-Language
 * asks for English).
 */
@Path("forms/{election}")
public class FormSetResource {

    @EJB
    private FormSetService formSets;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response export(@PathParam("election") long electionId) {
        return Response.ok(formSets.export(electionId))
                .header("Content-Disposition", "attachment; filename=\"formulaires-" + electionId + ".json\"")
                .build();
    }

    @POST
    @Consumes({MediaType.APPLICATION_JSON, MediaType.APPLICATION_OCTET_STREAM, MediaType.TEXT_PLAIN})
    @Produces(MediaType.APPLICATION_JSON)
    public Response importFile(@PathParam("election") long electionId, byte[] content,
                               @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language) {
        ResourceBundle bundle = ResourceBundle.getBundle(Messages.BUNDLE,
                language != null && language.toLowerCase(Locale.ROOT).startsWith("en") ? Locale.ENGLISH : Locale.FRENCH);
        try {
            FormSet set = formSets.importFile(electionId, content);
            return Response.ok(Map.of("name", set.name(), "forms", set.forms().size())).build();
        } catch (FormSetImportException e) {
            List<String> problems = e.problems().stream().map(problem -> format(bundle, problem.messageKey(),
                    problem.formCode(), problem.questionCode(), problem.value())).toList();
            return Response.status(422).entity(Map.of("problems", problems)).build();
        } catch (UserInputException e) {
            return Response.status(422).entity(Map.of("problems", List.of(format(bundle, e.messageKey(),
                    e.arguments())))).build();
        }
    }

    private static String format(ResourceBundle bundle, String key, Object... arguments) {
        return new MessageFormat(bundle.getString(key), bundle.getLocale()).format(arguments);
    }
}
