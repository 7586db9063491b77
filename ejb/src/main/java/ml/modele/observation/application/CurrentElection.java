package ml.modele.observation.application;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJBException;
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
     * Returns the ids that the SMS intake needs of the election that {@link #find} returns: its id,
     * map version and stored form set. The intake calls it for every batch of messages, so it runs
     * one SQL statement on the caller's connection and builds no entity, which also keeps it
     * clear of the locks of EclipseLink's shared cache.
     */
    public static Optional<OngoingElection> findForIntake(Connection connection) {
        try (PreparedStatement query = connection.prepareStatement("SELECT e.id, e.map_version_id, f.id, f.version"
                + " FROM election e LEFT JOIN form_set f ON f.election_id = e.id WHERE e.status = ?"
                + " ORDER BY e.election_date DESC, e.id DESC LIMIT 1")) {
            query.setString(1, ElectionStatus.ONGOING.name());
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                long formSetId = row.getLong(3);
                FormSetRow formSet = row.wasNull() ? null : new FormSetRow(formSetId, row.getLong(4));
                return Optional.of(new OngoingElection(row.getLong(1), row.getLong(2), formSet));
            }
        } catch (SQLException e) {
            throw new EJBException("Failed to read the ongoing election", e);
        }
    }

    /**
     * Ids of the ongoing election for the SMS intake.
     *
     * @param formSet the election's stored form set, or null when none is stored yet
     */
    public record OngoingElection(long id, long mapVersionId, FormSetRow formSet) {
    }

    /** Id and row version of a stored form set, which together name one content of the set. */
    public record FormSetRow(long id, long version) {
    }
}
