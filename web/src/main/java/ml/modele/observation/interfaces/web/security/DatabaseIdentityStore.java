package ml.modele.observation.interfaces.web.security;

import java.util.Set;
import java.util.stream.Collectors;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;

import ml.modele.observation.application.AuthenticationService;
import ml.modele.observation.application.LoginOutcome;
import ml.modele.observation.domain.security.Role;

/**
 * Identity store over the platform's user accounts: the caller's groups are its role
 * names. The outcome of the check is kept for the login page, which shows why a login
 * failed (wrong password, locked, disabled).
 */
@ApplicationScoped
public class DatabaseIdentityStore implements IdentityStore {

    @EJB
    private AuthenticationService authentication;

    @Inject
    private LoginAttempt attempt;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        LoginOutcome outcome = authentication.verify(login.getCaller(), login.getPasswordAsString());
        attempt.setOutcome(outcome);
        if (outcome.status() != LoginOutcome.Status.AUTHENTICATED) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        Set<String> groups = outcome.roles().stream().map(Role::roleName).collect(Collectors.toSet());
        return new CredentialValidationResult(outcome.username(), groups);
    }
}
