package ml.modele.observation.application;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import ml.modele.observation.domain.audit.AuditEntry;
import ml.modele.observation.domain.security.UserAccount;

/** Counts of what exists, for the home page (tableau de bord). */
@Stateless
@PermitAll
public class Dashboard {

    @PersistenceContext(unitName = "observation")
    private EntityManager em;

    /** Returns counts keyed by the resource-bundle key of their label, in display order. */
    public Map<String, Long> counts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("dashboard.count.users", em.createNamedQuery(UserAccount.COUNT, Long.class).getSingleResult());
        counts.put("dashboard.count.auditEntries",
                em.createNamedQuery(AuditEntry.COUNT, Long.class).getSingleResult());
        return counts;
    }
}
