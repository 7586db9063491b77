package ml.modele.observation.interfaces.web.security;

import jakarta.enterprise.context.RequestScoped;

import ml.modele.observation.application.LoginOutcome;

/** Outcome of the login attempt made during the current request, if any. */
@RequestScoped
public class LoginAttempt {

    private LoginOutcome outcome;

    public LoginOutcome getOutcome() {
        return outcome;
    }

    public void setOutcome(LoginOutcome outcome) {
        this.outcome = outcome;
    }
}
