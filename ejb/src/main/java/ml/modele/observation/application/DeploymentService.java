package ml.modele.observation.application;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import ml.modele.observation.domain.audit.AuditAction;
import ml.modele.observation.domain.deployment.Deployment;
import ml.modele.observation.domain.deployment.DeploymentPlace;
import ml.modele.observation.domain.deployment.EndReason;
import ml.modele.observation.domain.deployment.HomeAreaMatcher;
import ml.modele.observation.domain.deployment.PlaceKind;
import ml.modele.observation.domain.deployment.PlacementException;
import ml.modele.observation.domain.deployment.PlacementRules;
import ml.modele.observation.domain.election.Election;
import ml.modele.observation.domain.geography.SecurityStatus;
import ml.modele.observation.domain.map.AdminUnitEntity;
import ml.modele.observation.domain.map.PollingStationEntity;
import ml.modele.observation.domain.observer.Observer;
import ml.modele.observation.domain.security.Role;

/**
 * Deployment of observers for an election: assign an observer to a place or to the reserve pool,
 * replace an observer who drops out, withdraw one, and read who covers what. Every change ends
 * the observer's active deployment and starts a new one, so the history stays. Only the
 * secretariat and the administrator make changes, and each change is audited.
 */
@Stateless
@RolesAllowed({Role.Names.ADMINISTRATOR, Role.Names.SECRETARIAT, Role.Names.MISSION_CHIEF,
        Role.Names.TECHNICAL_COORDINATOR, Role.Names.REGIONAL_COORDINATOR})
public class DeploymentService {

    private static final Logger LOG = Logger.getLogger(DeploymentService.class.getName());
    private static final String TARGET = "Deployment";

    @PersistenceContext(unitName = "observation")
    private EntityManager em;

    @EJB
    private AuditTrail audit;

    @EJB
    private RegionScope regionScope;

    @Resource
    private SessionContext session;

    private final Clock clock = Clock.systemUTC();

    /**
     * Deploys an observer to a place, or to the reserve pool when the kind is RESERVE. An active
     * deployment elsewhere ends as REASSIGNED, and the same place again changes nothing.
     *
     * @param placeCode P-code, centre code or station code, ignored for the reserve pool
     */
    @RolesAllowed({Role.Names.ADMINISTRATOR, Role.Names.SECRETARIAT})
    public Deployment assign(long electionId, String observerCode, PlaceKind kind, String placeCode) {
        Election election = election(electionId);
        Observer observer = observer(observerCode, electionId);
        DeploymentPlace place = place(election, kind, placeCode);
        check(observer, place);

        Optional<Deployment> current = active(electionId, observer);
        if (current.isPresent() && current.get().samePlace(place)) {
            return current.get();
        }

        String actor = actor();
        Instant now = Instant.now(clock);
        current.ifPresent(previous -> previous.end(EndReason.REASSIGNED, null, null, now, actor));
        em.flush();
        Deployment deployment = new Deployment(electionId, observer, place, now, actor);
        em.persist(deployment);

        audit.record(actor, AuditAction.OBSERVER_DEPLOYED, TARGET, observer.getCode(),
                "election " + electionId + ", " + describe(place));
        LOG.info(() -> "Observer " + observer.getCode() + " deployed to " + describe(place) + " for election "
                + electionId + " by " + actor);
        return deployment;
    }

    /**
     * Replaces an observer who drops out: their deployment ends as REPLACED, naming the
     * replacement, and the replacement takes the same place. The replacement must be in the
     * reserve pool or not deployed at all, and the placement rules must accept them there.
     */
    @RolesAllowed({Role.Names.ADMINISTRATOR, Role.Names.SECRETARIAT})
    public Deployment replace(long electionId, String leavingCode, String replacementCode, String note) {
        Election election = election(electionId);
        Observer leaving = observer(leavingCode, electionId);
        Observer replacement = observer(replacementCode, electionId);
        if (leaving.getId().equals(replacement.getId())) {
            throw new UserInputException("deployment.error.replaceSelf", leavingCode);
        }
        Deployment leavingDeployment = active(electionId, leaving)
                .filter(deployment -> deployment.getPlaceKind() != PlaceKind.RESERVE)
                .orElseThrow(() -> new UserInputException("deployment.error.notDeployed", leavingCode));
        Optional<Deployment> replacementCurrent = active(electionId, replacement);
        if (replacementCurrent.isPresent() && replacementCurrent.get().getPlaceKind() != PlaceKind.RESERVE) {
            throw new UserInputException("deployment.error.replacementBusy", replacementCode,
                    replacementCurrent.get().getPlaceCode());
        }
        DeploymentPlace place = place(election, leavingDeployment.getPlaceKind(), leavingDeployment.getPlaceCode());
        check(replacement, place);

        String actor = actor();
        Instant now = Instant.now(clock);
        leavingDeployment.end(EndReason.REPLACED, replacement, note, now, actor);
        replacementCurrent.ifPresent(reserve -> reserve.end(EndReason.LEFT_RESERVE, null, null, now, actor));
        em.flush();
        Deployment deployment = new Deployment(electionId, replacement, place, now, actor);
        em.persist(deployment);

        audit.record(actor, AuditAction.OBSERVER_REPLACED, TARGET, leavingCode, "election " + electionId + ", "
                + describe(place) + ", replaced by " + replacementCode);
        LOG.info(() -> "Observer " + leavingCode + " replaced by " + replacementCode + " at " + describe(place)
                + " for election " + electionId + " by " + actor);
        return deployment;
    }

    /** Ends an observer's active deployment without a replacement, for example when they withdraw. */
    @RolesAllowed({Role.Names.ADMINISTRATOR, Role.Names.SECRETARIAT})
    public void withdraw(long electionId, String observerCode, String note) {
        election(electionId);
        Observer observer = observer(observerCode, electionId);
        Deployment deployment = active(electionId, observer)
                .orElseThrow(() -> new UserInputException("deployment.error.notDeployed", observerCode));

        String actor = actor();
        deployment.end(EndReason.WITHDRAWN, null, note, Instant.now(clock), actor);

        audit.record(actor, AuditAction.DEPLOYMENT_ENDED, TARGET, observerCode, "election " + electionId + ", "
                + deployment.getPlaceKind() + " " + deployment.getPlaceCode() + " withdrawn");
        LOG.info(() -> "Observer " + observerCode + " withdrawn from " + deployment.getPlaceKind() + " "
                + deployment.getPlaceCode() + " for election " + electionId + " by " + actor);
    }

    /**
     * Deploys one unassigned OCT to each sampled station of the election's sealed PVT sample that
     * has no observer yet, so that the sample is covered first. OCT are matched by home area (same
     * commune, then cercle, then région, see {@link HomeAreaMatcher}); an OCT counts as
     * unassigned when they have no active deployment, so the reserve pool stays whole. Stations
     * that the map marks inaccessible or retired get nobody and are reported with those that no
     * OCT of their région could take. All deployments are stored in one transaction.
     *
     * @throws UserInputException when the election has no sealed sample
     */
    @RolesAllowed({Role.Names.ADMINISTRATOR, Role.Names.SECRETARIAT})
    public SampleFillOutcome deploySampleFirst(long electionId) {
        Election election = election(electionId);
        long sampleId = sealedSample(election);
        String actor = actor();
        Instant now = Instant.now(clock);

        List<HomeAreaMatcher.Station> open = new ArrayList<>();
        List<SampleFillOutcome.Unfilled> unfilled = new ArrayList<>();
        Map<String, Object[]> stationRows = new HashMap<>();
        int covered = 0;
        List<?> rows = em.createNativeQuery("SELECT s.id, s.code, u.code, s.security_status, s.retired,"
                        + " EXISTS (SELECT 1 FROM deployment d WHERE d.election_id = ?1 AND d.ended_at IS NULL"
                        + " AND d.place_kind = 'POLLING_STATION' AND d.polling_station_id = s.id)"
                        + " FROM pvt_sample_station ss JOIN polling_station s ON s.id = ss.station_id"
                        + " JOIN admin_unit u ON u.id = s.commune_id"
                        + " WHERE ss.sample_id = ?2 AND ss.state IN ('SAMPLED', 'PROMOTED') ORDER BY u.code, s.code")
                .setParameter(1, electionId)
                .setParameter(2, sampleId)
                .getResultList();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            String code = (String) columns[1];
            String communeCode = (String) columns[2];
            if (truthy(columns[5])) {
                covered++;
            } else if (SecurityStatus.INACCESSIBLE.name().equals(columns[3]) || truthy(columns[4])) {
                unfilled.add(new SampleFillOutcome.Unfilled(code, communeCode,
                        SampleFillOutcome.Reason.INACCESSIBLE));
            } else {
                open.add(new HomeAreaMatcher.Station(code, communeCode));
                stationRows.put(code, columns);
            }
        }

        HomeAreaMatcher.Result result = HomeAreaMatcher.match(open, unassignedShortTerm(electionId));
        List<SampleFillOutcome.Deployed> deployed = new ArrayList<>();
        for (HomeAreaMatcher.Match match : result.matches()) {
            Object[] columns = stationRows.get(match.station().stationCode());
            DeploymentPlace place = DeploymentPlace.station(((Number) columns[0]).longValue(),
                    match.station().stationCode(), match.station().communeCode(), SecurityStatus.ACCESSIBLE, false);
            Observer observer = em.createNamedQuery(Observer.BY_CODE, Observer.class)
                    .setParameter("code", match.candidate().observerCode())
                    .getSingleResult();
            em.persist(new Deployment(electionId, observer, place, now, actor));
            audit.record(actor, AuditAction.OBSERVER_DEPLOYED, TARGET, observer.getCode(), "election " + electionId
                    + ", " + describe(place) + ", sampled station, home " + match.proximity().name().toLowerCase(
                    Locale.ROOT));
            deployed.add(new SampleFillOutcome.Deployed(place.code(), observer.getCode(), match.proximity().name()));
        }
        result.unmatched().forEach(station -> unfilled.add(new SampleFillOutcome.Unfilled(station.stationCode(),
                station.communeCode(), SampleFillOutcome.Reason.NO_OBSERVER_IN_REGION)));

        int alreadyCovered = covered;
        LOG.info(() -> "Sampled stations of election " + electionId + " staffed by " + actor + ": " + rows.size()
                + " sampled, " + alreadyCovered + " already covered, " + deployed.size() + " deployed now, "
                + unfilled.size() + " left without an observer");
        return new SampleFillOutcome(rows.size(), alreadyCovered, deployed, unfilled);
    }

    /**
     * Returns the supervision chain above an observer: their supervisor, that supervisor's
     * supervisor and so on up to a national supervisor. Empty when the observer has none or is
     * not visible to the caller.
     */
    public List<SupervisorLink> supervisorChain(long electionId, String observerCode) {
        List<SupervisorLink> chain = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        Observer next = visibleObserver(observerCode == null ? "" : observerCode.strip(), electionId)
                .map(Observer::getSupervisor)
                .orElse(null);
        // The seen set stops the walk at the first repeat, should the data ever contain a cycle.
        while (next != null && seen.add(next.getId())) {
            chain.add(new SupervisorLink(next.getCode(), next.getFirstName() + " " + next.getLastName(),
                    next.getCategory()));
            next = next.getSupervisor();
        }
        return chain;
    }

    /** Tells whether an observer with this code exists and the caller may see them in the election. */
    public boolean isVisible(long electionId, String observerCode) {
        return visibleObserver(observerCode == null ? "" : observerCode.strip(), electionId).isPresent();
    }

    /** Returns the active deployment of an observer, if the caller may see the observer. */
    public Optional<Deployment> current(long electionId, String observerCode) {
        return visibleObserver(observerCode, electionId).flatMap(observer -> active(electionId, observer));
    }

    /** Returns every deployment of an observer in an election, newest first. */
    public List<Deployment> history(long electionId, String observerCode) {
        return visibleObserver(observerCode, electionId).map(observer -> em.createNamedQuery(
                        Deployment.HISTORY_OF_OBSERVER,
                        Deployment.class)
                .setParameter("election", electionId)
                .setParameter("observer", observer.getId())
                .getResultList()).orElse(List.of());
    }

    /**
     * Returns the active deployments of one kind, by place code. A regional coordinator gets those
     * to a place in their région and those of observers who live there.
     */
    public List<Deployment> active(long electionId, PlaceKind kind) {
        Optional<String> scope = regionScope.ofCaller();
        return em.createNamedQuery(Deployment.ACTIVE_BY_KIND, Deployment.class)
                .setParameter("election", electionId)
                .setParameter("kind", kind)
                .getResultList()
                .stream()
                .filter(deployment -> RegionScope.covers(scope, deployment.getObserver().getCommuneCode())
                        || RegionScope.covers(scope, deployment.getRegionCode()))
                .toList();
    }

    /**
     * Returns the code of the polling station where an observer is deployed for an election, for
     * the SMS intake. Empty when the observer is unknown, in the reserve pool, with a roving team
     * or deployed elsewhere than a station.
     */
    @PermitAll
    public Optional<String> stationOf(String observerCode, long electionId) {
        return em.createNamedQuery(Deployment.STATION_OF_OBSERVER, Deployment.class)
                .setParameter("election", electionId)
                .setParameter("code", observerCode)
                .getResultStream()
                .findFirst()
                .map(Deployment::getPlaceCode);
    }

    private long sealedSample(Election election) {
        List<?> ids = em.createNativeQuery("SELECT id FROM pvt_sample WHERE election_id = ?1 AND status = 'SEALED'")
                .setParameter(1, election.getId())
                .getResultList();
        if (ids.isEmpty()) {
            throw new UserInputException("deployment.error.sampleNotSealed", election.getName());
        }
        return ((Number) ids.get(0)).longValue();
    }

    /** Returns the OCT not retired and without an active deployment in the election, by code. */
    private List<HomeAreaMatcher.Candidate> unassignedShortTerm(long electionId) {
        List<?> rows = em.createNativeQuery("SELECT o.code, o.commune_code FROM observer o"
                        + " WHERE o.category = 'SHORT_TERM' AND o.status <> 'RETIRED' AND NOT EXISTS (SELECT 1"
                        + " FROM deployment d WHERE d.election_id = ?1 AND d.observer_id = o.id AND d.ended_at IS NULL)"
                        + " ORDER BY o.code")
                .setParameter(1, electionId)
                .getResultList();
        List<HomeAreaMatcher.Candidate> candidates = new ArrayList<>(rows.size());
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            candidates.add(new HomeAreaMatcher.Candidate((String) columns[0], (String) columns[1]));
        }
        return candidates;
    }

    private static boolean truthy(Object value) {
        return value instanceof Boolean flag ? flag : value != null && ((Number) value).intValue() != 0;
    }

    private void check(Observer observer, DeploymentPlace place) {
        try {
            PlacementRules.check(observer.getCode(), observer.getCategory(), place);
        } catch (PlacementException e) {
            LOG.info(() -> "Deployment of observer " + observer.getCode() + " to " + describe(place)
                    + " rejected: " + e.messageKey());
            throw new UserInputException(e.messageKey(), e.arguments());
        }
    }

    private Optional<Deployment> active(long electionId, Observer observer) {
        return em.createNamedQuery(Deployment.ACTIVE_OF_OBSERVER, Deployment.class)
                .setParameter("election", electionId)
                .setParameter("observer", observer.getId())
                .getResultStream()
                .findFirst();
    }

    /** Looks a place up in the election's map version. */
    private DeploymentPlace place(Election election, PlaceKind kind, String rawCode) {
        if (kind == PlaceKind.RESERVE) {
            return DeploymentPlace.reserve();
        }
        String code = rawCode == null ? "" : rawCode.strip();
        if (code.isEmpty()) {
            throw new UserInputException("deployment.error.placeMissing");
        }
        long version = election.getMapVersionId();
        return switch (kind) {
            case ADMIN_UNIT -> adminUnit(version, code.toUpperCase(Locale.ROOT));
            case POLLING_CENTRE -> centre(version, code);
            case POLLING_STATION -> station(version, code);
            case RESERVE -> DeploymentPlace.reserve();
        };
    }

    private DeploymentPlace adminUnit(long version, String code) {
        AdminUnitEntity unit = em.createNamedQuery(AdminUnitEntity.BY_CODE, AdminUnitEntity.class)
                .setParameter("version", version)
                .setParameter("code", code)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new UserInputException("deployment.error.unitNotFound", code));
        return DeploymentPlace.adminUnit(unit.getId(), unit.getCode(), unit.getLevel());
    }

    private DeploymentPlace centre(long version, String code) {
        List<Object[]> rows = em.createQuery("SELECT c.id, c.code, u.code FROM PollingCentreEntity c, AdminUnitEntity u"
                        + " WHERE c.mapVersionId = :version AND c.code = :code AND u.id = c.communeId", Object[].class)
                .setParameter("version", version)
                .setParameter("code", code)
                .getResultList();
        if (rows.isEmpty()) {
            throw new UserInputException("deployment.error.centreNotFound", code);
        }
        Object[] row = rows.get(0);
        long accessible = em.createQuery("SELECT COUNT(s) FROM PollingStationEntity s WHERE s.centre.id = :centre"
                        + " AND s.retired = FALSE AND s.securityStatus <> :inaccessible", Long.class)
                .setParameter("centre", row[0])
                .setParameter("inaccessible", SecurityStatus.INACCESSIBLE)
                .getSingleResult();
        return DeploymentPlace.centre((Long) row[0], (String) row[1], (String) row[2], (int) accessible);
    }

    private DeploymentPlace station(long version, String code) {
        PollingStationEntity station = em.createNamedQuery(PollingStationEntity.BY_CODE, PollingStationEntity.class)
                .setParameter("version", version)
                .setParameter("code", code)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new UserInputException("deployment.error.stationNotFound", code));
        String communeCode = em.find(AdminUnitEntity.class, station.getCommuneId()).getCode();
        return DeploymentPlace.station(station.getId(), station.getCode(), communeCode, station.getSecurityStatus(),
                station.isRetired());
    }

    private Election election(long electionId) {
        Election election = em.find(Election.class, electionId);
        if (election == null) {
            throw new UserInputException("election.error.notFound", Long.toString(electionId));
        }
        return election;
    }

    /** Returns an observer of the caller's région by code, or rejects the request. */
    private Observer observer(String rawCode, long electionId) {
        String code = rawCode == null ? "" : rawCode.strip();
        return visibleObserver(code, electionId).orElseThrow(() -> new UserInputException("observer.notFound", code));
    }

    private Optional<Observer> visibleObserver(String code, long electionId) {
        Optional<String> scope = regionScope.ofCaller();
        return em.createNamedQuery(Observer.BY_CODE, Observer.class)
                .setParameter("code", code)
                .getResultStream()
                .findFirst()
                .filter(observer -> regionScope.coversObserver(scope, observer, electionId));
    }

    private static String describe(DeploymentPlace place) {
        return place.kind() == PlaceKind.RESERVE ? "reserve pool" : place.kind() + " " + place.code();
    }

    private String actor() {
        return session.getCallerPrincipal().getName();
    }
}
