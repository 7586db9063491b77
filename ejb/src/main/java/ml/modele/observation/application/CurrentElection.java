package ml.modele.observation.application;

import java.util.Optional;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import ml.modele.observation.domain.election.Election;
import ml.modele.observation.domain.election.ElectionStatus;

/** Finds the election that incoming observer reports belong to. */
@Stateless
@PermitAll
public class CurrentElection {

    @PersistenceContext(unitName = "observation")
    private EntityManager em;

    /**
     * Returns the ongoing election; when several are ongoing, the one with the latest date, since
     * observers report on the election of the day. Empty when none is ongoing.
     */
    public Optional<Election> find() {
        return em.createQuery("SELECT e FROM Election e WHERE e.status = :status"
                        + " ORDER BY e.electionDate DESC, e.id DESC", Election.class)
                .setParameter("status", ElectionStatus.ONGOING)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    /**
     * Returns the id and map version of the election that {@link #find} returns. The query reads
     * two columns and builds no entity, so it takes no lock in the shared entity cache: the SMS
     * intake calls it for every batch of messages.
     */
    public Optional<OngoingElection> findIds() {
        return em.createQuery("SELECT e.id, e.mapVersionId FROM Election e WHERE e.status = :status"
                        + " ORDER BY e.electionDate DESC, e.id DESC", Object[].class)
                .setParameter("status", ElectionStatus.ONGOING)
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .map(row -> new OngoingElection((Long) row[0], (Long) row[1]));
    }

    /** Id and electoral map version of the ongoing election. */
    public record OngoingElection(long id, long mapVersionId) {
    }
}
