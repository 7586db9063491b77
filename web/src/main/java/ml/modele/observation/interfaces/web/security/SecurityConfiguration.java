package ml.modele.observation.interfaces.web.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

import ml.modele.observation.domain.security.Role;

/** Form login through the JSF login page, checked against {@link DatabaseIdentityStore}. */
@CustomFormAuthenticationMechanismDefinition(
        loginToContinue = @LoginToContinue(loginPage = "/login.xhtml", errorPage = "", useForwardToLogin = false))
@DeclareRoles({
    Role.Names.ADMINISTRATOR,
    Role.Names.MISSION_CHIEF,
    Role.Names.TECHNICAL_COORDINATOR,
    Role.Names.REGIONAL_COORDINATOR,
    Role.Names.EVA_DATA_MANAGER,
    Role.Names.ANALYST,
    Role.Names.PRESS_OFFICER,
    Role.Names.SECRETARIAT
})
@ApplicationScoped
public class SecurityConfiguration {
}
