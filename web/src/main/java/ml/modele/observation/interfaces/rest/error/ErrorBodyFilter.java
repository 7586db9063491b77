package ml.modele.observation.interfaces.rest.error;

import java.net.URI;
import java.util.Locale;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;

/**
 * Gives every REST error response without a body the {@link ApiError} body: the 404 of an
 * unknown path or id, 405, 415 and the other statuses from 400 up that Jersey or a resource
 * returns empty. Without it the container would send its HTML error page.
 */
@Provider
public class ErrorBodyFilter implements ContainerResponseFilter {

    private static final MediaType JSON = MediaType.valueOf(ApiError.CONTENT_TYPE);

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getStatus() < 400 || response.hasEntity()) {
            return;
        }
        String target = target(request.getUriInfo().getRequestUri());
        Locale locale = ApiError.locale(request.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
        ApiError error = describe(response.getStatus(), request.getMethod(), target,
                response.getHeaderString(HttpHeaders.ALLOW), request.getHeaderString(HttpHeaders.CONTENT_TYPE), locale);
        response.setEntity(error.toJson(), null, JSON);
    }

    /**
     * Returns the error for a response status. {@code allow} is the response's Allow header (405)
     * and {@code contentType} the request's Content-Type (415); either may be null.
     */
    static ApiError describe(int status, String method, String target, String allow, String contentType,
                             Locale locale) {
        return switch (status) {
            case 404 -> ApiError.of(status, "api.error.notFound", locale, method, target);
            case 405 -> ApiError.of(status, "api.error.methodNotAllowed", locale, method, target,
                    allow == null ? "" : String.join(", ", allow.trim().split("\\s*,\\s*")));
            case 415 -> ApiError.of(status, "api.error.unsupportedMediaType", locale, method, target,
                    contentType == null ? "" : contentType);
            default -> ApiError.of(status, "api.error.status", locale, method, target, Integer.toString(status));
        };
    }

    /** Returns the path and query of the request as the caller sent them. */
    static String target(URI requestUri) {
        return requestUri.getRawQuery() == null ? requestUri.getRawPath()
                : requestUri.getRawPath() + "?" + requestUri.getRawQuery();
    }
}
