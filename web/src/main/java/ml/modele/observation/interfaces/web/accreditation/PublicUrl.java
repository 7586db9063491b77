package ml.modele.observation.interfaces.web.accreditation;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Public base URL (scheme, host, port and an optional path prefix) that starts the
 * verification URL printed in a badge's QR code, which continues with
 * {@code /observation/verify/CODE}. It comes from {@code observation.public-url}
 * (environment variable {@code OBSERVATION_PUBLIC_URL}), for example
 * {@code https://verif.modele-mali.org}, so that badges printed from an internal address still
 * point at the mission's public site. When it is unset or invalid, the URL the request came to
 * is used.
 */
@ApplicationScoped
public class PublicUrl {

    private static final Logger LOG = Logger.getLogger(PublicUrl.class.getName());

    @Inject
    @ConfigProperty(name = "observation.public-url")
    private Optional<String> configured;

    /** Returns the base URL for a request, without a trailing slash. */
    public String of(HttpServletRequest request) {
        String requestUrl = request.getRequestURL().toString();
        Optional<String> valid = configured.flatMap(PublicUrl::validate);
        if (configured.isPresent() && !configured.get().isBlank() && valid.isEmpty()) {
            LOG.warning(() -> "observation.public-url '" + configured.get() + "' is not an absolute http or https URL;"
                    + " the badge uses the request's address instead");
        }
        return resolve(valid, requestUrl);
    }

    /** Returns the configured base URL when there is one, else the scheme, host and port of the request URL. */
    static String resolve(Optional<String> configuredUrl, String requestUrl) {
        if (configuredUrl.isPresent()) {
            return configuredUrl.get();
        }
        return requestUrl.substring(0, requestUrl.indexOf('/', requestUrl.indexOf("//") + 2));
    }

    /** Returns the value without trailing slashes when it is an absolute http or https URL with a host. */
    static Optional<String> validate(String value) {
        String trimmed = value.strip();
        while (trimmed.endsWith("/")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        try {
            URI uri = new URI(trimmed);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            boolean web = scheme.equals("http") || scheme.equals("https");
            return web && uri.getHost() != null && uri.getQuery() == null && uri.getFragment() == null
                    ? Optional.of(trimmed) : Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }
}
