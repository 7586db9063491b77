package ml.modele.observation.interfaces.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AutoApplySession;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Form login through the JSF login page, which passes the typed credential to
 * {@code SecurityContext.authenticate}. The session keeps the caller afterwards, and a
 * caller without one who requests a protected page is redirected to the login page.
 * <p>
 * {@code @Typed} hides this bean from the container's search for the application's
 * mechanism: {@link ObservationAuthenticationMechanism} is that mechanism and calls this
 * one for everything but HTTP Basic on the API. The class still implements the interface
 * because the interceptors behind {@code @AutoApplySession} and {@code @LoginToContinue}
 * only act on {@code validateRequest} of an {@link HttpAuthenticationMechanism}.
 */
@AutoApplySession
@LoginToContinue(loginPage = "/login.xhtml", errorPage = "", useForwardToLogin = false)
@Typed(FormAuthentication.class)
@ApplicationScoped
public class FormAuthentication implements HttpAuthenticationMechanism {

    @Inject
    private IdentityStoreHandler identityStores;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (!context.isAuthenticationRequest() || credential == null) {
            return context.doNothing();
        }
        return context.notifyContainerAboutLogin(identityStores.validate(credential));
    }
}
