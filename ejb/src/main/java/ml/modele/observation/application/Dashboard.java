package ml.modele.observation.application;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import ml.modele.observation.domain.audit.AuditEntry;
import ml.modele.observation.domain.election.Election;
import ml.modele.observation.domain.security.UserAccount;

/** Counts of what exists, for the home page (tableau de bord). */
@Stateless
@PermitAll
public class Dashboard {

    @PersistenceContext(unitName = "observation")
    private EntityManager em;

    @EJB
    private MapDirectory directory;

    /** Returns counts keyed by the resource-bundle key of their label, in display order. */
    public Map<String, Long> counts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("dashboard.count.users", em.createNamedQuery(UserAccount.COUNT, Long.class).getSingleResult());
        counts.put("dashboard.count.auditEntries",
                em.createNamedQuery(AuditEntry.COUNT, Long.class).getSingleResult());
        Long version = directory.latestVersionId();
        if (version != null) {
            MapSummary map = directory.summary(version);
            counts.put("dashboard.count.regions", map.regions());
            counts.put("dashboard.count.cercles", map.cercles());
            counts.put("dashboard.count.communes", map.communes());
            counts.put("dashboard.count.centres", map.centres());
            counts.put("dashboard.count.stations", map.stations());
            counts.put("dashboard.count.registeredVoters", map.registeredVoters());
        }
        counts.put("dashboard.count.elections", em.createNamedQuery(Election.COUNT, Long.class).getSingleResult());
        return counts;
    }

    /** Tells whether the stations on the newest map are invented ones from the demonstration generator. */
    public boolean generatedFrame() {
        Long version = directory.latestVersionId();
        return version != null && directory.summary(version).generated();
    }

    /** Tells whether the default map is being loaded now. */
    public boolean loadingDefaultData() {
        return DefaultDataSetup.running();
    }
}
