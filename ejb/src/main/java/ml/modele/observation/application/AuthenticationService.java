package ml.modele.observation.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import ml.modele.observation.domain.audit.AuditAction;
import ml.modele.observation.domain.security.UserAccount;
import ml.modele.observation.infrastructure.security.PasswordHasher;

/**
 * Checks login attempts against the stored accounts and applies the lock-out rule:
 * after {@code observation.security.max-failed-logins} failures in a row the account is
 * locked for {@code observation.security.lock-minutes}.
 */
@Stateless
@PermitAll
public class AuthenticationService {

    private static final Logger LOG = Logger.getLogger(AuthenticationService.class.getName());

    @PersistenceContext(unitName = "observation")
    private EntityManager em;

    @Inject
    private PasswordHasher hasher;

    @EJB
    private AuditTrail audit;

    @Inject
    @ConfigProperty(name = "observation.security.max-failed-logins", defaultValue = "5")
    private int maxFailedLogins;

    @Inject
    @ConfigProperty(name = "observation.security.lock-minutes", defaultValue = "15")
    private int lockMinutes;

    private final Clock clock = Clock.systemUTC();

    public LoginOutcome verify(String username, String password) {
        Instant now = Instant.now(clock);
        List<UserAccount> found = em.createNamedQuery(UserAccount.BY_USERNAME, UserAccount.class)
                .setParameter("username", username)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
        if (found.isEmpty()) {
            hasher.verifyDecoy(password);
            return LoginOutcome.rejected(LoginOutcome.Status.INVALID_CREDENTIALS, username, null);
        }

        UserAccount account = found.get(0);
        if (account.isLockedAt(now)) {
            return LoginOutcome.rejected(LoginOutcome.Status.LOCKED, username, account.getLockedUntil());
        }
        if (!hasher.verify(password, account.getPasswordHash())) {
            return recordFailure(account, now);
        }
        if (!account.isEnabled()) {
            return LoginOutcome.rejected(LoginOutcome.Status.DISABLED, username, null);
        }

        account.recordSuccessfulLogin(now);
        return new LoginOutcome(LoginOutcome.Status.AUTHENTICATED, username, account.getRoles(),
                account.getRegionCode(), null);
    }

    private LoginOutcome recordFailure(UserAccount account, Instant now) {
        account.recordFailedLogin(maxFailedLogins, Duration.ofMinutes(lockMinutes), now);
        if (!account.isLockedAt(now)) {
            return LoginOutcome.rejected(LoginOutcome.Status.INVALID_CREDENTIALS, account.getUsername(), null);
        }
        LOG.warning("Account " + account.getUsername() + " locked until " + account.getLockedUntil()
                + " after " + maxFailedLogins + " failed logins");
        audit.record("system", AuditAction.USER_LOCKED_OUT, "UserAccount", account.getUsername(),
                "locked until " + account.getLockedUntil());
        return LoginOutcome.rejected(LoginOutcome.Status.LOCKED, account.getUsername(), account.getLockedUntil());
    }
}
