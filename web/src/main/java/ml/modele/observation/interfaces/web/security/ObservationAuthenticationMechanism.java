package ml.modele.observation.interfaces.web.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Base64;
import java.util.Locale;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import ml.modele.observation.application.LoginOutcome;
import ml.modele.observation.interfaces.rest.error.ApiError;
import ml.modele.observation.interfaces.web.shell.Messages;

/**
 * The application's authentication mechanism: HTTP Basic for scripts on the REST API
 * ({@code /api/}), and {@link FormAuthentication} for everything else. Both check the
 * credential with {@link DatabaseIdentityStore}, so failed Basic logins count towards the
 * lock-out like failed form logins. Jakarta Security 3 takes one mechanism per application,
 * hence this dispatcher.
 * <p>
 * An API request without an {@code Authorization: Basic} header follows the form flow: its
 * session, or else 401 where a page would be redirected to the login page. Wrong Basic credentials get 401 with an
 * {@link ApiError} body whose message gives the reason in the request's language (French unless
 * {@code Accept-Language} prefers English).
 */
@ApplicationScoped
public class ObservationAuthenticationMechanism implements HttpAuthenticationMechanism {

    private static final Logger LOG = Logger.getLogger(ObservationAuthenticationMechanism.class.getName());

    private static final String API_PATH = "/api/";
    private static final String BASIC = "Basic ";

    @Inject
    private FormAuthentication form;

    @Inject
    private IdentityStoreHandler identityStores;

    @Inject
    private LoginAttempt attempt;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        String authorization = request.getHeader("Authorization");
        if (isApi(request) && authorization != null && authorization.regionMatches(true, 0, BASIC, 0, BASIC.length())) {
            UsernamePasswordCredential basic = decodeBasic(authorization.substring(BASIC.length()).trim());
            if (basic == null) {
                LOG.info("Rejected an unreadable Basic Authorization header on " + request.getRequestURI());
                return unauthorized(request, response, failure(request, "api.auth.malformed"));
            }
            CredentialValidationResult result = identityStores.validate(basic);
            if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                return context.notifyContainerAboutLogin(result);
            }
            LOG.info("Rejected the Basic login of '" + basic.getCaller() + "' on " + request.getRequestURI()
                    + ": " + (attempt.getOutcome() == null ? "not validated" : attempt.getOutcome().status()));
            return unauthorized(request, response, credentialFailure(request));
        }
        if (!isApi(request)) {
            return form.validateRequest(request, response, context);
        }
        // The form flow would redirect an API request without a session to the login page, which a
        // script cannot follow: that redirect is caught and becomes a 401.
        RedirectCatcher catcher = new RedirectCatcher(response);
        context.setResponse(catcher);
        AuthenticationStatus status;
        try {
            status = form.validateRequest(request, catcher, context);
        } finally {
            context.setResponse(response);
        }
        if (catcher.location != null) {
            return unauthorized(request, response, failure(request, "api.auth.missing",
                    request.getMethod() + " " + request.getRequestURI()));
        }
        return status;
    }

    /** Response that keeps the location of a redirect instead of sending it. */
    private static final class RedirectCatcher extends HttpServletResponseWrapper {
        private String location;

        RedirectCatcher(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void sendRedirect(String target) {
            location = target;
        }
    }

    private static boolean isApi(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith(API_PATH);
    }

    /** Returns the credential of a Basic header's value, or null when it is not base64 of "user:password". */
    static UsernamePasswordCredential decodeBasic(String encoded) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
        int colon = decoded.indexOf(':');
        if (colon <= 0) {
            return null;
        }
        return new UsernamePasswordCredential(decoded.substring(0, colon), decoded.substring(colon + 1));
    }

    private ApiError credentialFailure(HttpServletRequest request) {
        LoginOutcome outcome = attempt.getOutcome();
        if (outcome == null) {
            return failure(request, "login.error.invalid");
        }
        return switch (outcome.status()) {
            case LOCKED -> failure(request, "login.error.locked", DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT)
                    .withLocale(locale(request)).format(outcome.lockedUntil().atZone(Messages.MALI)));
            case DISABLED -> failure(request, "login.error.disabled");
            default -> failure(request, "login.error.invalid");
        };
    }

    private static AuthenticationStatus unauthorized(HttpServletRequest request, HttpServletResponse response,
            ApiError error) {
        try {
            response.setHeader("WWW-Authenticate", "Basic realm=\"Observation\", charset=\"UTF-8\"");
            error.send(response);
        } catch (IOException e) {
            throw new IllegalStateException("Could not write the 401 response to " + request.getRequestURI(), e);
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    private static ApiError failure(HttpServletRequest request, String key, Object... arguments) {
        return ApiError.of(HttpServletResponse.SC_UNAUTHORIZED, key, locale(request), arguments);
    }

    private static Locale locale(HttpServletRequest request) {
        return ApiError.locale(request.getHeader("Accept-Language"));
    }
}
