package ml.modele.observation.application;

import java.time.Instant;
import java.util.Set;

import ml.modele.observation.domain.security.Role;

/** Result of checking a username and password. */
public record LoginOutcome(Status status, String username, Set<Role> roles, String regionCode, Instant lockedUntil) {

    public enum Status {
        AUTHENTICATED,
        INVALID_CREDENTIALS,
        LOCKED,
        DISABLED
    }

    static LoginOutcome rejected(Status status, String username, Instant lockedUntil) {
        return new LoginOutcome(status, username, Set.of(), null, lockedUntil);
    }
}
