package ml.modele.observation.application;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
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
import ml.modele.observation.domain.election.BallotOption;
import ml.modele.observation.domain.election.Election;
import ml.modele.observation.domain.election.ElectionPhase;
import ml.modele.observation.domain.election.ElectionStatus;
import ml.modele.observation.domain.map.MapVersion;
import ml.modele.observation.domain.security.Role;

/** Set-up of the elections the mission observes: create, edit, plan and close. */
@Stateless
@RolesAllowed({Role.Names.ADMINISTRATOR, Role.Names.MISSION_CHIEF, Role.Names.TECHNICAL_COORDINATOR})
public class ElectionService {

    private static final Logger LOG = Logger.getLogger(ElectionService.class.getName());
    private static final String TARGET = "Election";

    @PersistenceContext(unitName = "observation")
    private EntityManager em;

    @EJB
    private AuditTrail audit;

    @EJB
    private FormSetService formSets;

    @Resource
    private SessionContext session;

    private final Clock clock = Clock.systemUTC();

    /** Returns every election, latest date first. */
    @PermitAll
    public List<Election> list() {
        return em.createNamedQuery(Election.ALL, Election.class).getResultList();
    }

    /** Returns an election. */
    @PermitAll
    public Election find(long id) {
        Election election = em.find(Election.class, id);
        if (election == null) {
            throw new UserInputException("election.error.notFound", Long.toString(id));
        }
        return election;
    }

    /** Creates an election from a checked draft. */
    public Election create(ElectionDraft draft) {
        String actor = actor();
        check(draft, null);
        Instant now = Instant.now(clock);
        Election election = new Election(draft.name().trim(), draft.type(), draft.date(), draft.mapVersionId(), now);
        election.plan(options(draft), phases(draft), now);
        if (draft.status() != null && draft.status() != ElectionStatus.PREPARATION) {
            election.changeStatus(draft.status(), now);
        }
        em.persist(election);
        em.flush();
        audit.record(actor, AuditAction.ELECTION_CREATED, TARGET, Long.toString(election.getId()),
                summary(election));
        formSets.storeDefault(election, actor);
        LOG.info("Election " + election.getId() + " created by " + actor + ": " + election.getName());
        return election;
    }

    /**
     * Saves the form of an existing election. {@code expectedVersion} is the version the user
     * loaded; a save over someone else's change is refused. When the ballot options change, the
     * results form follows them (see {@link FormSetService#updateOptions}), or nothing is saved.
     */
    public Election update(long id, ElectionDraft draft, long expectedVersion) {
        Election election = find(id);
        if (election.isClosed()) {
            throw new UserInputException("election.error.closed", election.getName());
        }
        if (election.getVersion() != expectedVersion) {
            throw new UserInputException("election.error.changed", election.getName());
        }
        check(draft, id);
        List<BallotOption> newOptions = options(draft);
        if (!sameOptions(election.getOptions(), newOptions)) {
            formSets.updateOptions(id, election.getOptions(), newOptions, actor());
        }
        Instant now = Instant.now(clock);
        election.describe(draft.name().trim(), draft.type(), draft.date(), draft.mapVersionId(), now);
        election.plan(newOptions, phases(draft), now);
        ElectionStatus before = election.getStatus();
        if (draft.status() != null && draft.status() != before) {
            election.changeStatus(draft.status(), now);
        }
        audit.record(actor(), AuditAction.ELECTION_CHANGED, TARGET, Long.toString(id),
                summary(election) + (before != election.getStatus() ? ", status " + before + " -> "
                        + election.getStatus() : ""));
        LOG.info("Election " + id + " saved by " + actor() + ", status " + election.getStatus());
        return election;
    }

    private void check(ElectionDraft draft, Long id) {
        ElectionDraftCheck.checkName(draft.name());
        String name = draft.name().trim();
        boolean taken = em.createNamedQuery(Election.BY_NAME, Election.class).setParameter("name", name)
                .getResultList().stream().anyMatch(other -> !other.getId().equals(id));
        if (taken) {
            throw new UserInputException("election.error.nameTaken", name);
        }
        if (draft.type() == null) {
            throw new UserInputException("election.error.typeMissing");
        }
        ElectionDraftCheck.checkDate(draft.date());
        if (draft.mapVersionId() == null || em.find(MapVersion.class, draft.mapVersionId()) == null) {
            throw new UserInputException("election.error.mapVersionUnknown",
                    String.valueOf(draft.mapVersionId()));
        }
        ElectionDraftCheck.checkOptions(draft.options());
        ElectionDraftCheck.checkPhases(draft.phases());
    }

    private static List<BallotOption> options(ElectionDraft draft) {
        List<BallotOption> result = new ArrayList<>();
        draft.options().forEach(line -> result.add(
                new BallotOption(ElectionDraftCheck.optionCode(line.code()), line.label().trim())));
        return result;
    }

    private static boolean sameOptions(List<BallotOption> before, List<BallotOption> after) {
        if (before.size() != after.size()) {
            return false;
        }
        for (int k = 0; k < before.size(); k++) {
            if (!before.get(k).getCode().equals(after.get(k).getCode())
                    || !before.get(k).getLabel().equals(after.get(k).getLabel())) {
                return false;
            }
        }
        return true;
    }

    private static List<ElectionPhase> phases(ElectionDraft draft) {
        List<ElectionPhase> result = new ArrayList<>();
        draft.phases().forEach(line -> result.add(new ElectionPhase(line.name().trim(), line.start(), line.end())));
        return result;
    }

    private static String summary(Election election) {
        return election.getName() + ", " + election.getType() + ", " + election.getElectionDate() + ", map version "
                + election.getMapVersionId() + ", " + election.getOptions().size() + " options, "
                + election.getPhases().size() + " phases";
    }

    private String actor() {
        return session.getCallerPrincipal().getName();
    }
}
