package ml.modele.observation.interfaces.rest.error;

import java.io.IOException;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import jakarta.json.Json;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;

import ml.modele.observation.interfaces.web.shell.Messages;

/**
 * Error body of the REST API: {@code {"status": 400, "key": "...", "message": "..."}}, where the key
 * names the message in the messages bundles. The message is in French, or in English when
 * Accept-Language prefers it. The security filter, the authentication mechanism and the JAX-RS
 * providers of this package all send this shape, so that scripts read one format.
 */
public record ApiError(int status, String key, String message) {

    public static final String CONTENT_TYPE = "application/json;charset=UTF-8";

    /** Returns the error with the message of {@code key} in {@code locale}, formatted with the arguments. */
    public static ApiError of(int status, String key, Locale locale, Object... arguments) {
        return new ApiError(status, key, text(locale, key, arguments));
    }

    /**
     * Returns the message of {@code key} in {@code locale}. A message without arguments is
     * returned as written, so its apostrophes are single, as on the screens.
     */
    public static String text(Locale locale, String key, Object... arguments) {
        String pattern = ResourceBundle.getBundle(Messages.BUNDLE, locale).getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
    }

    /**
     * Returns English when the highest-weighted language of an Accept-Language header is English,
     * else French, the platform's language. A missing or malformed header gives French.
     */
    public static Locale locale(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return Locale.FRENCH;
        }
        List<Locale.LanguageRange> ranges;
        try {
            // Sorted by weight, highest first.
            ranges = Locale.LanguageRange.parse(acceptLanguage);
        } catch (IllegalArgumentException e) {
            return Locale.FRENCH;
        }
        return ranges.stream()
                .filter(range -> range.getWeight() > 0)
                .findFirst()
                .filter(range -> range.getRange().equals("en") || range.getRange().startsWith("en-"))
                .map(range -> Locale.ENGLISH)
                .orElse(Locale.FRENCH);
    }

    public String toJson() {
        return Json.createObjectBuilder()
                .add("status", status)
                .add("key", key)
                .add("message", message)
                .build()
                .toString();
    }

    /** Returns this error as a JAX-RS response. */
    public Response toResponse() {
        return Response.status(status).type(CONTENT_TYPE).entity(toJson()).build();
    }

    /**
     * Writes this error as the whole servlet response and commits it, so that the container
     * cannot swap the body for its HTML error page. Headers must be set before.
     */
    public void send(HttpServletResponse response) throws IOException {
        response.setStatus(status);
        response.setContentType(CONTENT_TYPE);
        response.getWriter().write(toJson());
        response.flushBuffer();
    }
}
