package ml.modele.observation.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import ml.modele.observation.domain.audit.AuditAction;
import ml.modele.observation.domain.audit.AuditEntry;
import ml.modele.observation.domain.security.Role;

/** Records administrative changes and lists them for the administrator. */
@Stateless
public class AuditTrail {

    @PersistenceContext(unitName = "observation")
    private EntityManager em;

    private final Clock clock = Clock.systemUTC();

    /** Records a change in the caller's transaction, so that it is stored with the change or not at all. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void record(String actor, AuditAction action, String targetType, String targetId, String details) {
        em.persist(new AuditEntry(Instant.now(clock), actor, action, targetType, targetId, details));
    }

    @RolesAllowed(Role.Names.ADMINISTRATOR)
    public List<AuditEntry> latest(int first, int max) {
        return em.createNamedQuery(AuditEntry.LATEST, AuditEntry.class)
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultList();
    }

    @RolesAllowed(Role.Names.ADMINISTRATOR)
    public long count() {
        return em.createNamedQuery(AuditEntry.COUNT, Long.class).getSingleResult();
    }
}
