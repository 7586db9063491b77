package ml.modele.observation.application;

import java.util.Optional;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import ml.modele.observation.domain.observer.Observer;
import ml.modele.observation.domain.security.Role;
import ml.modele.observation.domain.security.UserAccount;

/**
 * The région that limits what the caller sees. A regional coordinator sees only the
 * units whose P-code starts with the code of their région (ML04 covers ML0401 and
 * ML040101); any other role of the caller lifts the limit.
 */
@Stateless
@PermitAll
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
public class RegionScope {

    /** Prefix that no P-code has: a regional coordinator without a région sees nothing. */
    private static final String NO_REGION = "-";

    @Resource
    private SessionContext session;

    @PersistenceContext(unitName = "observation")
    private EntityManager em;

    /** Returns the région P-code that limits the caller, or empty when the caller sees every région. */
    public Optional<String> ofCaller() {
        if (!session.isCallerInRole(Role.Names.REGIONAL_COORDINATOR)) {
            return Optional.empty();
        }
        for (Role role : Role.values()) {
            if (role != Role.REGIONAL_COORDINATOR && session.isCallerInRole(role.roleName())) {
                return Optional.empty();
            }
        }
        String region = em.createNamedQuery(UserAccount.BY_USERNAME, UserAccount.class)
                .setParameter("username", session.getCallerPrincipal().getName())
                .getResultStream()
                .findFirst()
                .map(UserAccount::getRegionCode)
                .orElse(null);
        return Optional.of(region == null ? NO_REGION : region);
    }

    /**
     * Tells whether an observer is visible to the caller in an election: a regional coordinator
     * sees the observers whose home commune is in their région and those with an active
     * deployment to a place in their région, wherever they live, because they supervise both.
     */
    public boolean coversObserver(Optional<String> scope, Observer observer, long electionId) {
        if (covers(scope, observer.getCommuneCode())) {
            return true;
        }
        return em.createQuery("SELECT COUNT(d) FROM Deployment d WHERE d.observer = :observer"
                        + " AND d.electionId = :election AND d.endedAt IS NULL AND d.regionCode = :region", Long.class)
                .setParameter("observer", observer)
                .setParameter("election", electionId)
                .setParameter("region", scope.orElseThrow())
                .getSingleResult() > 0;
    }

    /** Tells whether a unit or station under this P-code is visible to the caller. */
    public static boolean covers(Optional<String> scope, String code) {
        return scope.isEmpty() || (code != null && code.startsWith(scope.get()));
    }
}
