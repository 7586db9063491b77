package ml.modele.observation.interfaces.rest;

import java.text.MessageFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.function.Supplier;

import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
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

import ml.modele.observation.application.PhotoService;
import ml.modele.observation.application.UserInputException;
import ml.modele.observation.domain.submission.SubmissionAttachment;
import ml.modele.observation.interfaces.web.shell.Messages;

/**
 * Photos of result sheets for the EVA: {@code POST photo?name=FILE} with the image as the body
 * attaches it to a results submission; {@code POST photo-figures} with the form field
 * {@code figures} ("A450 B312 ...") compares the figures read on the photo with the stored ones;
 * {@code GET photos/ID} returns a stored photo with its media type.
 * A rejected request returns 422 with its message, French unless Accept-Language asks for English.
 */
@Path("submissions/{submission}")
@Produces(MediaType.APPLICATION_JSON)
public class PhotoResource {

    @EJB
    private PhotoService photos;

    @POST
    @Path("photo")
    @Consumes(MediaType.WILDCARD)
    public Response attach(@PathParam("submission") long submissionId,
                           @QueryParam("name") @DefaultValue("photo") String name, byte[] content,
                           @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language) {
        return handle(language, () -> {
            SubmissionAttachment photo = photos.attachPhoto(submissionId, name, content);
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("id", photo.getId());
            json.put("mediaType", photo.getMediaType());
            json.put("size", photo.getSizeBytes());
            json.put("sha256", photo.getSha256());
            return Response.ok(json).build();
        });
    }

    @GET
    @Path("photos/{photo}")
    @Produces({"image/jpeg", "image/png", MediaType.APPLICATION_JSON})
    public Response photo(@PathParam("submission") long submissionId, @PathParam("photo") long photoId,
                          @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language) {
        return handle(language, () -> {
            SubmissionAttachment photo = photos.photo(submissionId, photoId);
            return Response.ok(photo.getContent(), photo.getMediaType())
                    .header("Cache-Control", "private, max-age=3600")
                    .build();
        });
    }

    @POST
    @Path("photo-figures")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response compare(@PathParam("submission") long submissionId, @FormParam("figures") String figures,
                            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language) {
        return handle(language, () -> {
            List<String> differences = photos.compareWithPhoto(submissionId, figures);
            return Response.ok(Map.of("differences", differences)).build();
        });
    }

    private static Response handle(String language, Supplier<Response> action) {
        try {
            return action.get();
        } catch (UserInputException e) {
            Locale locale = language != null && language.toLowerCase(Locale.ROOT).startsWith("en")
                    ? Locale.ENGLISH : Locale.FRENCH;
            ResourceBundle bundle = ResourceBundle.getBundle(Messages.BUNDLE, locale);
            String message = new MessageFormat(bundle.getString(e.messageKey()), locale).format(e.arguments());
            return Response.status(422).entity(Map.of("key", e.messageKey(), "message", message)).build();
        }
    }
}
