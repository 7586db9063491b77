package ml.modele.observation.application;

import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import ml.modele.observation.domain.geography.AreaType;
import ml.modele.observation.domain.geography.SecurityStatus;

/**
 * Reads the sampling frame of a PVT sample: the current (not retired) polling stations of a map
 * version, with their région, cercle, commune and centre names. Callers check the roles.
 */
@Stateless
@PermitAll
public class SampleFrame {

    @PersistenceContext(unitName = "observation")
    private EntityManager em;

    /** Returns the frame's stations by code. */
    public List<FrameStation> stations(long mapVersionId) {
        List<?> rows = em.createNativeQuery("SELECT s.id, s.code, r.code, r.name, ce.name, co.name, c.name,"
                + " s.area, s.registered_voters, s.security_status"
                + " FROM polling_station s"
                + " JOIN polling_centre c ON c.id = s.centre_id"
                + " JOIN admin_unit co ON co.id = s.commune_id"
                + " JOIN admin_unit ce ON ce.id = co.parent_id"
                + " JOIN admin_unit r ON r.id = ce.parent_id"
                + " WHERE s.map_version_id = ?1 AND s.retired = FALSE"
                + " ORDER BY s.code")
                .setParameter(1, mapVersionId)
                .getResultList();
        return rows.stream().map(Object[].class::cast).map(SampleFrame::station).toList();
    }

    /** Returns the number of stations and of registered voters of the frame, without loading it. */
    public long[] totals(long mapVersionId) {
        Object[] row = (Object[]) em.createNativeQuery("SELECT COUNT(*), COALESCE(SUM(registered_voters), 0)"
                + " FROM polling_station WHERE map_version_id = ?1 AND retired = FALSE")
                .setParameter(1, mapVersionId)
                .getSingleResult();
        return new long[] {((Number) row[0]).longValue(), ((Number) row[1]).longValue()};
    }

    private static FrameStation station(Object[] row) {
        return new FrameStation(((Number) row[0]).longValue(), (String) row[1], (String) row[2], (String) row[3],
                (String) row[4], (String) row[5], (String) row[6], AreaType.valueOf((String) row[7]),
                ((Number) row[8]).intValue(), SecurityStatus.valueOf((String) row[9]));
    }
}
