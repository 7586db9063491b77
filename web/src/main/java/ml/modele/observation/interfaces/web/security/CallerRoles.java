package ml.modele.observation.interfaces.web.security;

import java.util.EnumSet;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import ml.modele.observation.domain.security.Role;

/** The platform roles of the caller of a request. */
public final class CallerRoles {

    private CallerRoles() {
    }

    public static Set<Role> of(HttpServletRequest request) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Role role : Role.values()) {
            if (request.isUserInRole(role.roleName())) {
                roles.add(role);
            }
        }
        return roles;
    }
}
