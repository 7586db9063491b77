package ml.modele.observation.application;

import java.util.List;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import ml.modele.observation.domain.election.Election;
import ml.modele.observation.domain.pvt.SampleSizePlan;
import ml.modele.observation.domain.sample.DrawnSample;
import ml.modele.observation.domain.sample.SampleSizeMode;
import ml.modele.observation.domain.security.Role;

/**
 * Reads stored PVT samples for the screens, the REST API and the exports. Only the roles that
 * draw the sample, deploy observers to it or enter its data read it.
 */
@Stateless
@RolesAllowed({Role.Names.ADMINISTRATOR, Role.Names.MISSION_CHIEF, Role.Names.TECHNICAL_COORDINATOR,
    Role.Names.ANALYST, Role.Names.SECRETARIAT, Role.Names.EVA_DATA_MANAGER})
public class SampleViews {

    @PersistenceContext(unitName = "observation")
    private EntityManager em;

    @EJB
    private ElectionService elections;

    /** Returns the sample of an election, or empty when none is drawn. */
    public Optional<SampleView> find(long electionId) {
        Election election = elections.find(electionId);
        return em.createNamedQuery(DrawnSample.BY_ELECTION, DrawnSample.class)
                .setParameter("election", electionId)
                .getResultStream()
                .findFirst()
                .map(sample -> of(sample, election));
    }

    /** Builds the view of a stored sample; flushes first so that the station rows are current. */
    public SampleView of(DrawnSample sample, Election election) {
        em.flush();
        SampleSizePlan plan = sample.getSizeMode() == SampleSizeMode.COMPUTED
                ? SampleDrawing.plan(sample.parameters(), sample.getFrameStations(), sample.getFrameVoters())
                : null;
        List<SampleView.Stratum> strata = sample.getStrata().stream()
                .map(stratum -> new SampleView.Stratum(stratum.getKey(), stratum.getRegionCode(),
                        stratum.getRegionName(), stratum.getArea(), stratum.getFrameStations(),
                        stratum.getFrameVoters(), stratum.getProportionalQuota(), stratum.getSampleSize(),
                        stratum.getReserveSize(), stratum.reserveLeft()))
                .toList();
        List<SampleView.Replacement> replacements = sample.getReplacements().stream()
                .map(r -> new SampleView.Replacement(r.getStratumKey(), r.getReplacedCode(), r.getReplacementCode(),
                        r.getReason(), r.getReplacedBy(), r.getReplacedAt(), r.getSealBefore(), r.getSealAfter()))
                .toList();
        return new SampleView(election.getId(), election.getName(), sample.getMapVersionId(), sample.parameters(),
                plan, sample.getSeed(), sample.getSeal(), sample.getStatus(), sample.getFrameStations(),
                sample.getFrameVoters(), sample.getDrawnAt(), sample.getDrawnBy(), sample.getSealedAt(),
                sample.getSealedBy(), sample.getChangedAt(), sample.getVersion(), strata, stations(sample.getId()),
                replacements);
    }

    private List<SampleView.Station> stations(long sampleId) {
        List<?> rows = em.createNativeQuery("SELECT st.stratum_key, st.region_code, st.region_name, ss.draw_rank,"
                + " ss.station_code, c.name, co.name, ce.name, s.registered_voters, s.area, s.security_status,"
                + " ss.state"
                + " FROM pvt_sample_station ss"
                + " JOIN pvt_sample_stratum st ON st.id = ss.stratum_id"
                + " JOIN polling_station s ON s.id = ss.station_id"
                + " JOIN polling_centre c ON c.id = s.centre_id"
                + " JOIN admin_unit co ON co.id = s.commune_id"
                + " JOIN admin_unit ce ON ce.id = co.parent_id"
                + " WHERE ss.sample_id = ?1"
                + " ORDER BY st.position, ss.draw_rank")
                .setParameter(1, sampleId)
                .getResultList();
        return rows.stream().map(Object[].class::cast)
                .map(row -> new SampleView.Station((String) row[0], (String) row[1], (String) row[2],
                        ((Number) row[3]).intValue(), (String) row[4], (String) row[5], (String) row[6],
                        (String) row[7], ((Number) row[8]).intValue(), (String) row[9], (String) row[10],
                        (String) row[11]))
                .toList();
    }
}
