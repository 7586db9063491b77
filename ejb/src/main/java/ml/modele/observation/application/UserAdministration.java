package ml.modele.observation.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.logging.Logger;
import java.util.regex.Pattern;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import ml.modele.observation.domain.audit.AuditAction;
import ml.modele.observation.domain.security.Role;
import ml.modele.observation.domain.security.UserAccount;
import ml.modele.observation.infrastructure.security.PasswordHasher;

/** User administration (gestion des utilisateurs): one method per administrator action, each audited. */
@Stateless
@RolesAllowed(Role.Names.ADMINISTRATOR)
public class UserAdministration {

    private static final Logger LOG = Logger.getLogger(UserAdministration.class.getName());

    public static final int MIN_PASSWORD_LENGTH = 10;
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");
    private static final Pattern REGION_CODE = Pattern.compile("ML\\d{2}");
    private static final String TARGET = "UserAccount";

    @PersistenceContext(unitName = "observation")
    private EntityManager em;

    @Inject
    private PasswordHasher hasher;

    @EJB
    private AuditTrail audit;

    @Resource
    private SessionContext session;

    private final Clock clock = Clock.systemUTC();

    public List<UserAccount> listUsers() {
        return em.createNamedQuery(UserAccount.ALL, UserAccount.class).getResultList();
    }

    public UserAccount createUser(String username, String displayName, String password, Set<Role> roles,
            String regionCode) {
        String name = username == null ? "" : username.trim();
        checkUsername(name);
        checkDisplayName(displayName);
        checkPassword(password);
        checkRoles(roles, regionCode);

        UserAccount account = new UserAccount(name, displayName.trim(), hasher.hash(password), roles, now());
        account.assign(roles, normalizedRegion(regionCode), now());
        em.persist(account);

        audit.record(actor(), AuditAction.USER_CREATED, TARGET, name, "roles=" + roles + " region=" + regionCode);
        LOG.info("User " + name + " created by " + actor());
        return account;
    }

    public void changeRoles(String username, Set<Role> roles, String regionCode) {
        checkRoles(roles, regionCode);
        UserAccount account = find(username);
        Set<Role> rolesBefore = account.getRoles();
        String regionBefore = account.getRegionCode();
        account.assign(roles, normalizedRegion(regionCode), now());
        audit.record(actor(), AuditAction.USER_ROLES_CHANGED, TARGET, username,
                "roles " + rolesBefore + " -> " + roles + ", region " + regionBefore + " -> "
                        + normalizedRegion(regionCode));
    }

    public void rename(String username, String displayName) {
        checkDisplayName(displayName);
        find(username).rename(displayName.trim(), now());
        audit.record(actor(), AuditAction.USER_RENAMED, TARGET, username, displayName.trim());
    }

    public void setEnabled(String username, boolean enabled) {
        if (!enabled && username.equals(actor())) {
            throw new UserInputException("user.error.disableSelf", username);
        }
        find(username).setEnabled(enabled, now());
        audit.record(actor(), enabled ? AuditAction.USER_ENABLED : AuditAction.USER_DISABLED, TARGET, username, null);
    }

    /** Sets a new password and unlocks the account; returns the password to hand to the user. */
    public String resetPassword(String username) {
        UserAccount account = find(username);
        String password = PasswordHasher.generatePassword(14);
        account.changePasswordHash(hasher.hash(password), now());
        account.unlock(now());
        audit.record(actor(), AuditAction.USER_PASSWORD_RESET, TARGET, username, null);
        return password;
    }

    public void unlock(String username) {
        find(username).unlock(now());
        audit.record(actor(), AuditAction.USER_UNLOCKED, TARGET, username, null);
    }

    private UserAccount find(String username) {
        return em.createNamedQuery(UserAccount.BY_USERNAME, UserAccount.class)
                .setParameter("username", username)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new UserInputException("user.error.notFound", username));
    }

    private void checkUsername(String name) {
        if (!USERNAME.matcher(name).matches()) {
            throw new UserInputException("user.error.usernameInvalid", name);
        }
        boolean taken = !em.createNamedQuery(UserAccount.BY_USERNAME, UserAccount.class)
                .setParameter("username", name)
                .getResultList()
                .isEmpty();
        if (taken) {
            throw new UserInputException("user.error.usernameTaken", name);
        }
    }

    private static void checkDisplayName(String displayName) {
        if (displayName == null || displayName.isBlank()) {
            throw new UserInputException("user.error.displayNameMissing");
        }
    }

    private static void checkPassword(String password) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw new UserInputException("user.error.passwordShort", MIN_PASSWORD_LENGTH);
        }
    }

    /** Checks the roles, and that a région is given exactly when the roles include regional coordinator. */
    private void checkRoles(Set<Role> roles, String regionCode) {
        if (roles == null || roles.isEmpty()) {
            throw new UserInputException("user.error.noRole");
        }
        String region = normalizedRegion(regionCode);
        if (!roles.contains(Role.REGIONAL_COORDINATOR)) {
            if (region != null) {
                throw new UserInputException("user.error.regionNotApplicable", region);
            }
            return;
        }
        if (region == null || !REGION_CODE.matcher(region).matches() || !regionExists(region)) {
            throw new UserInputException("user.error.regionRequired", region == null ? "" : region);
        }
    }

    /** Tells whether the code is a région of any version of the electoral map. */
    private boolean regionExists(String code) {
        Number found = (Number) em.createNativeQuery(
                        "SELECT COUNT(*) FROM admin_unit WHERE admin_level = 1 AND code = ?")
                .setParameter(1, code)
                .getSingleResult();
        return found.longValue() > 0;
    }

    private static String normalizedRegion(String regionCode) {
        String region = blankToNull(regionCode);
        return region == null ? null : region.toUpperCase(Locale.ROOT);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private String actor() {
        return session.getCallerPrincipal().getName();
    }

    private Instant now() {
        return Instant.now(clock);
    }
}
