package ml.modele.observation.application;

import java.time.Clock;
import java.time.Instant;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import ml.modele.observation.domain.audit.AuditAction;
import ml.modele.observation.domain.security.UserAccount;
import ml.modele.observation.infrastructure.security.PasswordHasher;

/** Changes that every logged-in user makes to their own account (mon compte). */
@Stateless
@PermitAll
public class OwnAccount {

    @PersistenceContext(unitName = "observation")
    private EntityManager em;

    @Inject
    private PasswordHasher hasher;

    @EJB
    private AuditTrail audit;

    @Resource
    private SessionContext session;

    private final Clock clock = Clock.systemUTC();

    /** Replaces the caller's password after checking the current one. */
    public void changePassword(String currentPassword, String newPassword, String confirmation) {
        String username = session.getCallerPrincipal().getName();
        UserAccount account = em.createNamedQuery(UserAccount.BY_USERNAME, UserAccount.class)
                .setParameter("username", username)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new UserInputException("user.error.notFound", username));

        if (currentPassword == null || !hasher.verify(currentPassword, account.getPasswordHash())) {
            throw new UserInputException("account.error.currentPasswordWrong");
        }
        if (newPassword == null || newPassword.length() < UserAdministration.MIN_PASSWORD_LENGTH) {
            throw new UserInputException("user.error.passwordShort", UserAdministration.MIN_PASSWORD_LENGTH);
        }
        if (!newPassword.equals(confirmation)) {
            throw new UserInputException("account.error.confirmationDiffers");
        }
        if (newPassword.equals(currentPassword)) {
            throw new UserInputException("account.error.samePassword");
        }

        account.changePasswordHash(hasher.hash(newPassword), Instant.now(clock));
        audit.record(username, AuditAction.OWN_PASSWORD_CHANGED, "UserAccount", username, null);
    }
}
