package ml.modele.observation.interfaces.web.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;

import ml.modele.observation.domain.security.Role;

/**
 * The platform's security roles. Callers authenticate through
 * {@link ObservationAuthenticationMechanism} against {@link DatabaseIdentityStore}.
 */
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
