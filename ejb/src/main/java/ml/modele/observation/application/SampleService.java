package ml.modele.observation.application;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import ml.modele.observation.domain.audit.AuditAction;
import ml.modele.observation.domain.election.Election;
import ml.modele.observation.domain.pvt.SampleSizePlan;
import ml.modele.observation.domain.sample.DrawnSample;
import ml.modele.observation.domain.sample.SampleParameters;
import ml.modele.observation.domain.sample.SampleReplacement;
import ml.modele.observation.domain.sample.SampleSizeMode;
import ml.modele.observation.domain.security.Role;

/**
 * The PVT sample of an election: draw it (again while it is a draft), seal it before deployment,
 * and replace a sampled station by the next reserve station of its stratum. Draw, seal and
 * replacement go to the audit trail. The secretariat may draw, but only the roles of the class
 * annotation seal and replace.
 */
@Stateless
@RolesAllowed({Role.Names.ADMINISTRATOR, Role.Names.MISSION_CHIEF, Role.Names.TECHNICAL_COORDINATOR,
    Role.Names.ANALYST})
public class SampleService {

    private static final Logger LOG = Logger.getLogger(SampleService.class.getName());
    private static final String TARGET = "PvtSample";

    @PersistenceContext(unitName = "observation")
    private EntityManager em;

    @EJB
    private ElectionService elections;

    @EJB
    private SampleFrame frame;

    @EJB
    private SampleViews views;

    @EJB
    private AuditTrail audit;

    @Resource
    private SessionContext session;

    private final Clock clock = Clock.systemUTC();

    /** Computes the size plan of the election's frame for the parameters, without drawing. */
    @RolesAllowed({Role.Names.ADMINISTRATOR, Role.Names.MISSION_CHIEF, Role.Names.TECHNICAL_COORDINATOR,
        Role.Names.ANALYST, Role.Names.SECRETARIAT, Role.Names.EVA_DATA_MANAGER})
    public SampleSizePlan plan(long electionId, SampleParameters parameters) {
        Election election = elections.find(electionId);
        long[] totals = frame.totals(election.getMapVersionId());
        return SampleDrawing.plan(parameters, totals[0], totals[1]);
    }

    /**
     * Draws the election's sample, replacing a draft drawn before. A blank seed draws a new one.
     *
     * @throws UserInputException if the sample is sealed, the election closed or a parameter invalid
     */
    @RolesAllowed({Role.Names.ADMINISTRATOR, Role.Names.MISSION_CHIEF, Role.Names.TECHNICAL_COORDINATOR,
        Role.Names.ANALYST, Role.Names.SECRETARIAT})
    public SampleView draw(long electionId, SampleParameters parameters, String seedText) {
        String actor = actor();
        Election election = elections.find(electionId);
        if (election.isClosed()) {
            throw new UserInputException("sample.error.electionClosed", election.getName());
        }
        Optional<DrawnSample> previous = lockedSample(electionId);
        if (previous.isPresent() && previous.get().isSealed()) {
            throw new UserInputException("sample.error.sealed", election.getName());
        }
        SampleDrawing.check(parameters);
        long seed = SampleDrawing.seed(seedText);

        List<FrameStation> stations = frame.stations(election.getMapVersionId());
        long voters = stations.stream().mapToLong(FrameStation::registeredVoters).sum();
        int size = SampleDrawing.sampleSize(parameters, stations.size(), voters);
        DrawnSample drawn = SampleDrawing.draw(electionId, election.getMapVersionId(), parameters, size, seed,
                stations, actor, Instant.now(clock));

        if (previous.isPresent()) {
            em.remove(previous.get());
            em.flush();
        }
        em.persist(drawn);
        em.flush();
        audit.record(actor, AuditAction.PVT_SAMPLE_DRAWN, TARGET, Long.toString(electionId),
                summary(drawn) + ", seal " + drawn.getSeal());
        LOG.info("PVT sample of election " + electionId + " drawn by " + actor + ": " + summary(drawn));
        return views.of(drawn, election);
    }

    /**
     * Seals the election's sample. {@code seal} is the seal the user saw, so that a sample
     * drawn again meanwhile is not sealed unseen.
     */
    public SampleView seal(long electionId, String seal) {
        String actor = actor();
        Election election = elections.find(electionId);
        DrawnSample sample = lockedSample(electionId)
                .orElseThrow(() -> new UserInputException("sample.error.none", election.getName()));
        if (sample.isSealed()) {
            throw new UserInputException("sample.error.alreadySealed", election.getName(), sample.getSeal());
        }
        if (seal != null && !seal.isBlank() && !seal.trim().equals(sample.getSeal())) {
            throw new UserInputException("sample.error.changed", election.getName());
        }
        sample.seal(actor, Instant.now(clock));
        audit.record(actor, AuditAction.PVT_SAMPLE_SEALED, TARGET, Long.toString(electionId),
                "seal " + sample.getSeal() + ", seed " + sample.getSeed() + ", " + sample.getSampleSize() + " stations");
        LOG.info("PVT sample of election " + electionId + " sealed by " + actor + ": " + sample.getSeal());
        return views.of(sample, election);
    }

    /**
     * Replaces a sampled station by the first unused reserve station of its stratum in drawn
     * order, skipping reserve stations that the map marks inaccessible.
     */
    public SampleView replace(long electionId, String stationCode, String reason) {
        String actor = actor();
        Election election = elections.find(electionId);
        DrawnSample sample = lockedSample(electionId)
                .orElseThrow(() -> new UserInputException("sample.error.none", election.getName()));
        String code = stationCode == null ? "" : stationCode.trim();
        String trimmedReason = reason == null ? "" : reason.trim();
        if (trimmedReason.isEmpty()) {
            throw new UserInputException("sample.error.reasonMissing", code);
        }
        if (trimmedReason.length() > SampleReplacement.REASON_MAX_LENGTH) {
            throw new UserInputException("sample.error.reasonTooLong", trimmedReason.length(),
                    SampleReplacement.REASON_MAX_LENGTH);
        }
        if (sample.sampledStation(code).isEmpty()) {
            throw new UserInputException("sample.error.stationNotSampled", code, election.getName());
        }

        Set<Long> inaccessible = inaccessibleStations(sample.getId());
        SampleReplacement replacement = sample.replace(code, trimmedReason,
                        reserve -> !inaccessible.contains(reserve.getStationId()), actor, Instant.now(clock))
                .orElseThrow(() -> new UserInputException("sample.error.reserveExhausted", code,
                        sample.sampledStation(code).orElseThrow().getStratum().getRegionName()));
        audit.record(actor, AuditAction.PVT_SAMPLE_STATION_REPLACED, TARGET, Long.toString(electionId),
                replacement.getReplacedCode() + " -> " + replacement.getReplacementCode() + " (" + trimmedReason + "), seal "
                        + replacement.getSealBefore() + " -> " + replacement.getSealAfter());
        LOG.info("PVT sample of election " + electionId + ": station " + replacement.getReplacedCode()
                + " replaced by " + replacement.getReplacementCode() + " by " + actor);
        return views.of(sample, election);
    }

    private Optional<DrawnSample> lockedSample(long electionId) {
        return em.createNamedQuery(DrawnSample.BY_ELECTION, DrawnSample.class)
                .setParameter("election", electionId)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                .findFirst();
    }

    /** Returns the ids of the sample's drawn stations that the map marks inaccessible. */
    private Set<Long> inaccessibleStations(long sampleId) {
        List<?> ids = em.createNativeQuery("SELECT s.id FROM pvt_sample_station ss"
                + " JOIN polling_station s ON s.id = ss.station_id"
                + " WHERE ss.sample_id = ?1 AND s.security_status = 'INACCESSIBLE'")
                .setParameter(1, sampleId)
                .getResultList();
        Set<Long> result = new HashSet<>();
        ids.forEach(id -> result.add(((Number) id).longValue()));
        return result;
    }

    private static String summary(DrawnSample sample) {
        String size = sample.getSizeMode() == SampleSizeMode.COMPUTED
                ? sample.getSampleSize() + " stations (computed)" : sample.getSampleSize() + " stations";
        return size + ", " + sample.getStrata().size() + " strata, " + sample.getScheme() + ", "
                + sample.getAllocation() + ", reserve " + sample.getReservePerStratum() + " per stratum, seed "
                + sample.getSeed();
    }

    private String actor() {
        return session.getCallerPrincipal().getName();
    }
}
