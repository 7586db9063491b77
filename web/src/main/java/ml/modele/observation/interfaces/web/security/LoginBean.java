package ml.modele.observation.interfaces.web.security;

import java.io.IOException;
import java.io.Serializable;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import ml.modele.observation.application.LoginOutcome;
import ml.modele.observation.interfaces.web.shell.Messages;

/** Backing bean of the login page (connexion). */
@Named
@RequestScoped
public class LoginBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private SecurityContext securityContext;

    @Inject
    private LoginAttempt attempt;

    @Inject
    private Messages messages;

    private String username;
    private String password;

    public void login() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        AuthenticationStatus status = securityContext.authenticate(
                (HttpServletRequest) external.getRequest(),
                (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams()
                        .credential(new UsernamePasswordCredential(trimmed(username), password))
                        .newAuthentication(true));

        switch (status) {
            case SEND_CONTINUE -> faces.responseComplete();
            case SUCCESS -> external.redirect(external.getRequestContextPath() + "/index.xhtml");
            default -> faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, failureMessage(), null));
        }
    }

    private String failureMessage() {
        LoginOutcome outcome = attempt.getOutcome();
        if (outcome == null) {
            return messages.get("login.error.invalid");
        }
        return switch (outcome.status()) {
            case LOCKED -> messages.get("login.error.locked", messages.time(outcome.lockedUntil()));
            case DISABLED -> messages.get("login.error.disabled");
            default -> messages.get("login.error.invalid");
        };
    }

    private static String trimmed(String value) {
        return value == null ? "" : value.trim();
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
