package ml.modele.observation.application;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import ml.modele.observation.domain.election.Election;
import ml.modele.observation.domain.security.Role;
import ml.modele.observation.infrastructure.reports.CoverageExport;

/**
 * Coverage view of an election per région and cercle: stations, observers deployed, sampled
 * stations covered, gaps and inaccessible stations, with the same figures as .xlsx and CSV. A
 * regional coordinator sees their région only.
 */
@Stateless
@RolesAllowed({Role.Names.ADMINISTRATOR, Role.Names.SECRETARIAT, Role.Names.MISSION_CHIEF,
        Role.Names.TECHNICAL_COORDINATOR, Role.Names.REGIONAL_COORDINATOR})
public class CoverageService {

    /** Région code field of the national total line. */
    static final String COUNTRY_CODE = "ML";

    @PersistenceContext(unitName = "observation")
    private EntityManager em;

    @EJB
    private RegionScope regionScope;

    @Inject
    private CoverageExport export;

    private final Clock clock = Clock.systemUTC();

    /**
     * Computes the coverage of an election, cercle by cercle with a total per région. The press
     * officer reaches it too, for the totals that a communiqué prints.
     */
    @RolesAllowed({Role.Names.ADMINISTRATOR, Role.Names.SECRETARIAT, Role.Names.MISSION_CHIEF,
        Role.Names.TECHNICAL_COORDINATOR, Role.Names.REGIONAL_COORDINATOR, Role.Names.PRESS_OFFICER})
    public CoverageView coverage(long electionId) {
        Election election = em.find(Election.class, electionId);
        if (election == null) {
            throw new UserInputException("election.error.notFound", Long.toString(electionId));
        }
        Optional<String> scope = regionScope.ofCaller();
        Map<String, Long> observersByArea = observersByArea(electionId);

        List<CoverageFigures> lines = new ArrayList<>();
        CoverageFigures total = CoverageFigures.zero(COUNTRY_CODE, null);
        CoverageFigures region = null;
        for (CoverageFigures cercle : cercles(electionId, election.getMapVersionId())) {
            if (!RegionScope.covers(scope, cercle.cercleCode())) {
                continue;
            }
            if (region != null && !region.regionCode().equals(cercle.regionCode())) {
                lines.add(region);
                total = total.plus(region, COUNTRY_CODE, null);
                region = null;
            }
            if (region == null) {
                region = CoverageFigures.zero(cercle.regionCode(), cercle.regionName())
                        .withObservers(observersByArea.getOrDefault(cercle.regionCode(), 0L));
            }
            CoverageFigures line = cercle.withObservers(observersByArea.getOrDefault(cercle.cercleCode(), 0L));
            lines.add(line);
            region = region.plus(line, region.regionCode(), region.regionName());
        }
        if (region != null) {
            lines.add(region);
            total = total.plus(region, COUNTRY_CODE, null);
        }
        return new CoverageView(electionId, election.getName(), Instant.now(clock), lines, total);
    }

    /** Returns the coverage as an .xlsx workbook with the same lines as the screen. */
    public byte[] xlsx(long electionId, Locale locale) {
        return export.xlsx(coverage(electionId), locale);
    }

    /** Returns the coverage as CSV (UTF-8, comma-separated) with the same lines as the screen. */
    public byte[] csv(long electionId, Locale locale) {
        return export.csv(coverage(electionId), locale);
    }

    /** Returns one line per cercle of the map, without observers, in région then cercle order. */
    private List<CoverageFigures> cercles(long electionId, long mapVersionId) {
        List<?> rows = em.createNativeQuery("SELECT r.code, r.name, c.code, c.name, COUNT(s.id),"
                        + " COALESCE(SUM(s.security_status = 'INACCESSIBLE'), 0),"
                        + " COALESCE(SUM(dep.id IS NOT NULL), 0),"
                        + " COALESCE(SUM(dep.id IS NULL AND s.security_status <> 'INACCESSIBLE'), 0),"
                        + " COALESCE(SUM(ss.id IS NOT NULL), 0),"
                        + " COALESCE(SUM(ss.id IS NOT NULL AND dep.id IS NOT NULL), 0),"
                        + " COALESCE(SUM(ss.id IS NOT NULL AND dep.id IS NULL AND s.security_status <> 'INACCESSIBLE'), 0),"
                        + " COALESCE(SUM(ss.id IS NOT NULL AND s.security_status = 'INACCESSIBLE'), 0)"
                        + " FROM admin_unit c JOIN admin_unit r ON r.id = c.parent_id"
                        + " LEFT JOIN admin_unit m ON m.parent_id = c.id"
                        + " LEFT JOIN polling_station s ON s.commune_id = m.id AND s.retired = FALSE"
                        + " LEFT JOIN (SELECT DISTINCT polling_station_id AS id FROM deployment WHERE election_id = ?1"
                        + " AND ended_at IS NULL AND place_kind = 'POLLING_STATION') dep ON dep.id = s.id"
                        + " LEFT JOIN pvt_sample p ON p.election_id = ?1"
                        + " LEFT JOIN pvt_sample_station ss ON ss.sample_id = p.id AND ss.station_id = s.id"
                        + " AND ss.state IN ('SAMPLED', 'PROMOTED')"
                        + " WHERE c.map_version_id = ?2 AND c.admin_level = 2"
                        + " GROUP BY r.code, r.name, c.code, c.name ORDER BY r.code, c.code")
                .setParameter(1, electionId)
                .setParameter(2, mapVersionId)
                .getResultList();
        List<CoverageFigures> cercles = new ArrayList<>(rows.size());
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            cercles.add(new CoverageFigures((String) columns[0], (String) columns[1], (String) columns[2],
                    (String) columns[3], number(columns[4]), number(columns[5]), 0, number(columns[6]),
                    number(columns[7]), number(columns[8]), number(columns[9]), number(columns[10]),
                    number(columns[11])));
        }
        return cercles;
    }

    /**
     * Counts active deployments by the P-code of the area they fall in: the cercle (6 characters)
     * of a station, a centre, a cercle or a commune, and the région (4 characters) for a
     * coordinator deployed to a région. The reserve pool is in no area.
     */
    private Map<String, Long> observersByArea(long electionId) {
        List<?> rows = em.createNativeQuery("SELECT LEFT(COALESCE(sm.code, cm.code, d.place_code), 6), COUNT(*)"
                        + " FROM deployment d"
                        + " LEFT JOIN polling_station s ON s.id = d.polling_station_id"
                        + " LEFT JOIN admin_unit sm ON sm.id = s.commune_id"
                        + " LEFT JOIN polling_centre pc ON pc.id = d.polling_centre_id"
                        + " LEFT JOIN admin_unit cm ON cm.id = pc.commune_id"
                        + " WHERE d.election_id = ?1 AND d.ended_at IS NULL AND d.place_kind <> 'RESERVE'"
                        + " GROUP BY 1")
                .setParameter(1, electionId)
                .getResultList();
        Map<String, Long> counts = new HashMap<>();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            counts.merge((String) columns[0], number(columns[1]), Long::sum);
        }
        return counts;
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
