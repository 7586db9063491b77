package ml.modele.observation.application;

import java.io.InputStreamReader;
import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
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
import ml.modele.observation.domain.election.Election;
import ml.modele.observation.domain.form.DefaultFormSets;
import ml.modele.observation.domain.form.FormSet;
import ml.modele.observation.domain.form.FormSetImportException;
import ml.modele.observation.domain.form.FormSetJson;
import ml.modele.observation.domain.form.StoredFormSet;
import ml.modele.observation.domain.security.Role;

/**
 * Form set of each election: the default referendum set stored when the election is created,
 * export as a JSON file, and import of such a file to replace it, so that a mission copies its
 * forms to the next election.
 */
@Stateless
@RolesAllowed({Role.Names.ADMINISTRATOR, Role.Names.TECHNICAL_COORDINATOR})
public class FormSetService {

    /** User name recorded for changes made by the platform itself. */
    static final String SYSTEM = "system";

    private static final Logger LOG = Logger.getLogger(FormSetService.class.getName());
    private static final String TARGET = "FormSet";

    @PersistenceContext(unitName = "observation")
    private EntityManager em;

    @EJB
    private AuditTrail audit;

    @Resource
    private SessionContext session;

    private final Clock clock = Clock.systemUTC();

    /**
     * Returns the stored form set of an election. An election created before form sets were
     * stored gets the default referendum set now, as at creation.
     */
    @PermitAll
    public StoredFormSet of(long electionId) {
        Optional<StoredFormSet> stored = find(electionId);
        if (stored.isPresent()) {
            return stored.get();
        }
        return storeDefault(election(electionId), SYSTEM);
    }

    /** Stores the default referendum set for a new election, in the caller's transaction. */
    @PermitAll
    public StoredFormSet storeDefault(Election election, String user) {
        StoredFormSet stored = new StoredFormSet(election.getId(), DefaultFormSets.referendum(), user,
                Instant.now(clock));
        em.persist(stored);
        em.flush();
        LOG.info(() -> "Default form set stored for election " + election.getId() + " by " + user);
        return stored;
    }

    /** Returns the form set of an election as the JSON file of the export, in UTF-8. */
    @RolesAllowed({Role.Names.ADMINISTRATOR, Role.Names.TECHNICAL_COORDINATOR, Role.Names.EVA_DATA_MANAGER})
    public byte[] export(long electionId) {
        StringWriter json = new StringWriter();
        FormSetJson.write(of(electionId).formSet(), json);
        return json.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Replaces the form set of an election with the one in a JSON file. The whole file is checked
     * first: a file that the designer would reject changes nothing.
     *
     * @throws FormSetImportException with every problem of the file
     */
    public FormSet importFile(long electionId, byte[] content) throws FormSetImportException {
        Election election = election(electionId);
        if (election.isClosed()) {
            throw new UserInputException("election.error.closed", election.getName());
        }
        FormSet set = FormSetJson.read(new InputStreamReader(new ByteArrayInputStream(content),
                StandardCharsets.UTF_8));

        String actor = session.getCallerPrincipal().getName();
        Instant now = Instant.now(clock);
        Optional<StoredFormSet> stored = find(electionId);
        if (stored.isPresent()) {
            stored.get().replace(set, actor, now);
        } else {
            em.persist(new StoredFormSet(electionId, set, actor, now));
        }

        audit.record(actor, AuditAction.FORM_SET_IMPORTED, TARGET, Long.toString(electionId),
                set.name() + ", " + set.forms().size() + " forms");
        LOG.info(() -> "Form set \"" + set.name() + "\" imported for election " + electionId + " by " + actor);
        return set;
    }

    private Optional<StoredFormSet> find(long electionId) {
        return em.createNamedQuery(StoredFormSet.OF_ELECTION, StoredFormSet.class)
                .setParameter("election", electionId)
                .getResultStream()
                .findFirst();
    }

    private Election election(long electionId) {
        Election election = em.find(Election.class, electionId);
        if (election == null) {
            throw new UserInputException("election.error.notFound", Long.toString(electionId));
        }
        return election;
    }
}
