package ml.modele.observation.application;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import ml.modele.observation.domain.election.Election;
import ml.modele.observation.domain.geography.AdminLevel;
import ml.modele.observation.domain.map.AdminUnitEntity;
import ml.modele.observation.domain.security.Role;
import ml.modele.observation.infrastructure.reports.DeploymentListReport;

/**
 * Deployment lists per cercle (listes de déploiement par cercle) for the coordinators: the
 * observers with an active deployment to a polling station, a polling centre, a cercle or a
 * commune, grouped by région and cercle of the place. Phone numbers are printed only for the
 * roles that see the restricted columns of the observer export, the secretariat and the
 * administrator. Every other reader gets the list without them. A regional coordinator gets
 * their région only.
 */
@Stateless
@RolesAllowed({Role.Names.ADMINISTRATOR, Role.Names.SECRETARIAT, Role.Names.MISSION_CHIEF,
    Role.Names.TECHNICAL_COORDINATOR, Role.Names.REGIONAL_COORDINATOR})
public class DeploymentListService {

    private static final Logger LOG = Logger.getLogger(DeploymentListService.class.getName());

    @PersistenceContext(unitName = "observation")
    private EntityManager em;

    @EJB
    private RegionScope regionScope;

    @EJB
    private ObserverRegistry registry;

    @EJB
    private MapDirectory map;

    @Inject
    private DeploymentListReport report;

    @Resource
    private SessionContext session;

    private final Clock clock = Clock.systemUTC();

    /**
     * Finds the région and the cercle that a user typed, each as a P-code or a name whatever the
     * case or accents ("ML04", "segou"). Blank inputs widen the list: no région gives every région
     * the caller sees, no cercle the whole région. A cercle alone brings its région.
     *
     * @throws UserInputException when no région or cercle matches, when the cercle is not in the
     *                            région, or when a regional coordinator asks for another région
     */
    public DeploymentListScope scope(long electionId, String regionInput, String cercleInput) {
        long mapVersion = election(electionId).getMapVersionId();
        AdminUnitEntity region = blank(regionInput) ? null
                : map.unitByCodeOrName(mapVersion, AdminLevel.REGION, regionInput);
        AdminUnitEntity cercle = blank(cercleInput) ? null
                : map.unitByCodeOrName(mapVersion, AdminLevel.CERCLE, cercleInput);
        if (cercle != null) {
            AdminUnitEntity parent = em.find(AdminUnitEntity.class, cercle.getParentId());
            if (region != null && !region.getCode().equals(parent.getCode())) {
                throw new UserInputException("deploymentList.error.cercleOutsideRegion", cercle.getName(),
                        cercle.getCode(), region.getName(), region.getCode());
            }
            region = parent;
        }
        Optional<String> callerRegion = regionScope.ofCaller();
        if (region != null && !RegionScope.covers(callerRegion, region.getCode())) {
            throw new UserInputException("deploymentList.error.otherRegion", callerRegion.orElseThrow(),
                    region.getName(), region.getCode());
        }
        if (region == null) {
            return DeploymentListScope.ALL;
        }
        return new DeploymentListScope(region.getCode(), region.getName(), cercle == null ? null : cercle.getCode(),
                cercle == null ? null : cercle.getName());
    }

    /** Returns the lines of the list, by région, cercle, place and name. */
    public List<DeploymentListLine> lines(long electionId, DeploymentListScope listScope) {
        Election election = election(electionId);
        Optional<String> scope = regionScope.ofCaller();
        boolean withPhones = callerSeesPhones();
        Map<String, Long> stations = stationsPerCercle(election.getMapVersionId());

        // NOTE: coordinators and supervisors deployed to a whole région have no cercle, so the inner
        // join on the cercle leaves them out of the list.
        List<?> rows = em.createNativeQuery("SELECT r.code, r.name, c.code, c.name, d.place_kind,"
                        + " COALESCE(st.code, pc.code, au.code), COALESCE(pc.name, au.name), o.code, o.last_name,"
                        + " o.first_name, o.category, po.name,"
                        + " (SELECT p.number FROM observer_phone p WHERE p.observer_id = o.id"
                        + " ORDER BY p.verified DESC, p.position LIMIT 1)"
                        + " FROM deployment d JOIN observer o ON o.id = d.observer_id"
                        + " JOIN partner_organisation po ON po.id = o.organisation_id"
                        + " LEFT JOIN polling_station st ON st.id = d.polling_station_id"
                        + " LEFT JOIN polling_centre pc ON pc.id = COALESCE(d.polling_centre_id, st.centre_id)"
                        + " LEFT JOIN admin_unit au ON au.id = d.admin_unit_id"
                        + " LEFT JOIN admin_unit m ON m.id = COALESCE(st.commune_id, pc.commune_id,"
                        + " CASE WHEN au.admin_level = 3 THEN au.id END)"
                        + " JOIN admin_unit c ON c.id = COALESCE(m.parent_id, CASE WHEN au.admin_level = 2 THEN au.id END)"
                        + " JOIN admin_unit r ON r.id = c.parent_id"
                        + " WHERE d.election_id = ?1 AND d.ended_at IS NULL AND d.place_kind <> 'RESERVE'"
                        + " ORDER BY r.code, c.code, COALESCE(st.code, pc.code, au.code), o.last_name, o.first_name,"
                        + " o.code")
                .setParameter(1, electionId)
                .getResultList();
        List<DeploymentListLine> lines = new ArrayList<>(rows.size());
        for (Object row : rows) {
            Object[] c = (Object[]) row;
            String region = (String) c[0];
            if (!RegionScope.covers(scope, region) || !listScope.covers(region, (String) c[2])) {
                continue;
            }
            lines.add(new DeploymentListLine(region, (String) c[1], (String) c[2], (String) c[3],
                    stations.getOrDefault((String) c[2], 0L), (String) c[4], (String) c[5], (String) c[6],
                    (String) c[7], (String) c[8], (String) c[9], (String) c[10], (String) c[11],
                    withPhones ? (String) c[12] : null));
        }
        return lines;
    }

    /**
     * Renders the list as a PDF with a heading per région and per cercle. A région or cercle with
     * nobody deployed gives a PDF that says so.
     *
     * @param regionInput région P-code or name, or null or blank for every région the caller sees
     * @param cercleInput cercle P-code or name, or null or blank for the whole région
     * @throws UserInputException as {@link #scope} does, before anything is rendered
     */
    public byte[] renderDeploymentList(long electionId, String regionInput, String cercleInput, Locale locale) {
        Election election = election(electionId);
        DeploymentListScope listScope = scope(electionId, regionInput, cercleInput);
        List<DeploymentListLine> lines = lines(electionId, listScope);
        boolean withPhones = callerSeesPhones();
        byte[] pdf = report.pdf(election.getName(), listScope, lines, withPhones, locale, Instant.now(clock));
        LOG.info(() -> "Deployment list of election " + electionId + " rendered for "
                + session.getCallerPrincipal().getName() + ": région " + listScope.regionCode() + ", cercle "
                + listScope.cercleCode() + ", " + lines.size() + " observers, phones "
                + (withPhones ? "included" : "left out") + ", " + pdf.length + " bytes");
        return pdf;
    }

    /** Tells whether the caller sees phone numbers: the rule of the restricted columns of the observer export. */
    public boolean callerSeesPhones() {
        return registry.callerSeesNationalIds();
    }

    private Map<String, Long> stationsPerCercle(long mapVersionId) {
        Map<String, Long> counts = new HashMap<>();
        for (Object row : em.createNativeQuery("SELECT c.code, COUNT(*) FROM polling_station s"
                        + " JOIN admin_unit m ON m.id = s.commune_id JOIN admin_unit c ON c.id = m.parent_id"
                        + " WHERE s.map_version_id = ?1 AND s.retired = FALSE GROUP BY c.code")
                .setParameter(1, mapVersionId).getResultList()) {
            Object[] columns = (Object[]) row;
            counts.put((String) columns[0], ((Number) columns[1]).longValue());
        }
        return counts;
    }

    private static boolean blank(String input) {
        return input == null || input.isBlank();
    }

    private Election election(long electionId) {
        Election election = em.find(Election.class, electionId);
        if (election == null) {
            throw new UserInputException("election.error.notFound", Long.toString(electionId));
        }
        return election;
    }
}
