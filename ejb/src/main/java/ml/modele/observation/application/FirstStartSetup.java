package ml.modele.observation.application;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import ml.modele.observation.domain.audit.AuditAction;
import ml.modele.observation.domain.security.Role;
import ml.modele.observation.domain.security.UserAccount;
import ml.modele.observation.infrastructure.security.PasswordHasher;

/**
 * Creates the first administrator on an empty database, with the password from
 * {@code observation.admin.password} or, when that is unset, a random one printed once
 * to the log. With {@code observation.demo-users=true} it also creates one demonstration
 * account per role, with the password from {@code observation.demo-users.password} or a
 * random one printed beside the administrator's.
 */
@Stateless
@PermitAll
public class FirstStartSetup {

    private static final Logger LOG = Logger.getLogger(FirstStartSetup.class.getName());
    private static final String SYSTEM = "system";

    /** Demonstration accounts: username and roles; the regional coordinator is limited to Ségou (ML04). */
    private static final Map<String, Role> DEMO_USERS = Map.of(
            "chef.mission", Role.MISSION_CHIEF,
            "coord.technique", Role.TECHNICAL_COORDINATOR,
            "coord.segou", Role.REGIONAL_COORDINATOR,
            "eva", Role.EVA_DATA_MANAGER,
            "analyste", Role.ANALYST,
            "presse", Role.PRESS_OFFICER,
            "secretariat", Role.SECRETARIAT);

    @PersistenceContext(unitName = "observation")
    private EntityManager em;

    @Inject
    private PasswordHasher hasher;

    @EJB
    private AuditTrail audit;

    @Inject
    @ConfigProperty(name = "observation.admin.username", defaultValue = "admin")
    private String adminUsername;

    @Inject
    @ConfigProperty(name = "observation.admin.password")
    private Optional<String> configuredAdminPassword;

    @Inject
    @ConfigProperty(name = "observation.demo-users", defaultValue = "false")
    private boolean demoUsers;

    @Inject
    @ConfigProperty(name = "observation.demo-users.password")
    private Optional<String> configuredDemoPassword;

    private final Clock clock = Clock.systemUTC();

    public void run() {
        long users = em.createNamedQuery(UserAccount.COUNT, Long.class).getSingleResult();
        if (users > 0) {
            LOG.info("First-start set-up skipped: " + users + " user account(s) exist");
            return;
        }

        Optional<String> configured = configuredAdminPassword.filter(value -> !value.isBlank());
        boolean generated = configured.isEmpty();
        String password = configured.orElseGet(() -> PasswordHasher.generatePassword(14));
        create(adminUsername, "Administrateur", hasher.hash(password), EnumSet.of(Role.ADMINISTRATOR), null);
        String shown = generated ? password : "(the value of observation.admin.password)";

        StringBuilder banner = new StringBuilder()
                .append("\n==================== Observation: first start ====================\n")
                .append("  Administrator account: ").append(adminUsername).append('\n')
                .append("  Password: ").append(shown).append('\n');
        if (demoUsers) {
            String demoPassword = configuredDemoPassword.filter(value -> !value.isBlank())
                    .orElseGet(() -> PasswordHasher.generatePassword(12));
            // One hash serves every demonstration account: they share the password anyway.
            String demoHash = hasher.hash(demoPassword);
            DEMO_USERS.forEach((username, role) -> create(username, "Démo " + username, demoHash,
                    EnumSet.of(role), role == Role.REGIONAL_COORDINATOR ? "ML04" : null));
            banner.append("  Demonstration accounts (one per role): ")
                    .append(String.join(", ", DEMO_USERS.keySet().stream().sorted().toList())).append('\n')
                    .append("  Their password: ").append(demoPassword).append('\n');
        }
        banner.append("  This is shown once: write it down and change it after the first login.\n")
                .append("==================================================================");
        LOG.warning(banner.toString());
    }

    private void create(String username, String displayName, String passwordHash, Set<Role> roles, String region) {
        Instant now = Instant.now(clock);
        UserAccount account = new UserAccount(username, displayName, passwordHash, roles, now);
        account.assign(roles, region, now);
        em.persist(account);
        audit.record(SYSTEM, AuditAction.USER_CREATED, "UserAccount", username, "first start, roles=" + roles);
    }
}
