package ml.modele.observation.application;

import java.io.InputStreamReader;
import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
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
import ml.modele.observation.domain.election.BallotOption;
import ml.modele.observation.domain.election.Election;
import ml.modele.observation.domain.form.DefaultFormSets;
import ml.modele.observation.domain.form.FormProblem;
import ml.modele.observation.domain.form.FormSet;
import ml.modele.observation.domain.form.FormSetChangeRules;
import ml.modele.observation.domain.form.FormSetChanges;
import ml.modele.observation.domain.form.FormSetImportException;
import ml.modele.observation.domain.form.FormSetJson;
import ml.modele.observation.domain.form.FormSetValidator;
import ml.modele.observation.domain.form.ResultsFormOptions;
import ml.modele.observation.domain.form.StoredAnswers;
import ml.modele.observation.domain.form.StoredFormSet;
import ml.modele.observation.domain.security.Role;

/**
 * Form set of each election: the default set stored when the election is created, and its
 * results form kept in step with the election's ballot options. A mission exports the set as a
 * JSON file and imports such a file to copy its forms to the next election. The designer edits
 * the set. An import, an edit or an option change that would leave stored submissions unreadable
 * is rejected (see {@link FormSetChangeRules}).
 */
@Stateless
@RolesAllowed({Role.Names.ADMINISTRATOR, Role.Names.TECHNICAL_COORDINATOR})
public class FormSetService {

    /** User name recorded for changes made by the platform itself. */
    static final String SYSTEM = "system";

    private static final Logger LOG = Logger.getLogger(FormSetService.class.getName());
    private static final String TARGET = "FormSet";
    private static final int AUDIT_DETAILS_LENGTH = 2000;

    @PersistenceContext(unitName = "observation")
    private EntityManager em;

    @EJB
    private AuditTrail audit;

    @Resource
    private SessionContext session;

    private final Clock clock = Clock.systemUTC();

    /**
     * Returns the stored form set of an election. An election created before form sets were
     * stored gets its default set now, as at creation.
     */
    @PermitAll
    public StoredFormSet of(long electionId) {
        Optional<StoredFormSet> stored = find(electionId);
        if (stored.isPresent()) {
            return stored.get();
        }
        return storeDefault(election(electionId), SYSTEM);
    }

    /**
     * Stores the default set of a new election, built from its type and ballot options (see
     * {@link DefaultFormSets#forElection}), in the caller's transaction.
     */
    @PermitAll
    public StoredFormSet storeDefault(Election election, String user) {
        StoredFormSet stored = new StoredFormSet(election.getId(),
                DefaultFormSets.forElection(election.getType(), election.getOptions()), user, Instant.now(clock));
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
     * first: a file that the designer would reject, or that drops forms, questions or choices with
     * stored submissions, changes nothing.
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
        Optional<StoredFormSet> current = find(electionId);
        if (current.isPresent()) {
            List<FormProblem> problems = FormSetChangeRules.check(current.get().formSet(), set,
                    storedAnswers(electionId));
            if (!problems.isEmpty()) {
                throw new FormSetImportException(problems);
            }
        }

        String actor = session.getCallerPrincipal().getName();
        Instant now = Instant.now(clock);
        if (current.isPresent()) {
            current.get().replace(set, actor, now);
        } else {
            em.persist(new StoredFormSet(electionId, set, actor, now));
        }

        audit.record(actor, AuditAction.FORM_SET_IMPORTED, TARGET, Long.toString(electionId),
                set.name() + ", " + set.forms().size() + " forms");
        LOG.info(() -> "Form set \"" + set.name() + "\" imported for election " + electionId + " by " + actor);
        return set;
    }

    /**
     * Replaces the form set of an election with the designer's edited copy. The copy must pass
     * {@link FormSetValidator} and {@link FormSetChangeRules} against the submissions stored so
     * far, and must start from the stored version, so that two designers do not overwrite each
     * other. One audit entry lists every change.
     *
     * @param expectedVersion row version of the stored set that the designer started from
     * @return the stored set after the change, unchanged when the copy equals it
     * @throws FormSetImportException with every problem of the edited copy
     */
    public StoredFormSet save(long electionId, FormSet edited, long expectedVersion) throws FormSetImportException {
        Election election = election(electionId);
        if (election.isClosed()) {
            throw new UserInputException("election.error.closed", election.getName());
        }
        StoredFormSet stored = of(electionId);
        if (stored.getVersion() != expectedVersion) {
            throw new UserInputException("forms.designer.stale", stored.getUpdatedBy());
        }

        FormSet current = stored.formSet();
        // NOTE: the counts are read without a lock, so an SMS stored in the same second under the
        // old set can still answer a question that this save removes. Its raw text stays in the inbox.
        List<FormProblem> problems = new ArrayList<>(FormSetValidator.validate(edited));
        problems.addAll(FormSetChangeRules.check(current, edited, storedAnswers(electionId)));
        if (!problems.isEmpty()) {
            throw new FormSetImportException(problems);
        }
        List<String> changes = FormSetChanges.between(current, edited);
        if (changes.isEmpty()) {
            return stored;
        }

        String actor = session.getCallerPrincipal().getName();
        stored.replace(edited, actor, Instant.now(clock));
        em.flush();

        audit.record(actor, AuditAction.FORM_SET_EDITED, TARGET, Long.toString(electionId),
                abbreviate(String.join("; ", changes)));
        LOG.info(() -> "Form set of election " + electionId + " edited by " + actor + ": " + changes.size()
                + " changes");
        return stored;
    }

    /**
     * Makes the results form of an election follow a change of its ballot options, in the
     * caller's transaction (see {@link ResultsFormOptions#update}). The question of a relabelled
     * option takes the new label, a new option gets a question with a free code, and a removed
     * option loses its question. One audit entry lists the changes.
     *
     * @param before the options before the change, which the results form was made for
     * @param after  the options after the change
     * @throws UserInputException when an option whose question has stored answers is removed or
     *     changes code, or when stored submissions leave no free code for a new option
     */
    @RolesAllowed({Role.Names.ADMINISTRATOR, Role.Names.MISSION_CHIEF, Role.Names.TECHNICAL_COORDINATOR})
    public void updateOptions(long electionId, List<BallotOption> before, List<BallotOption> after, String actor) {
        StoredFormSet stored = of(electionId);
        FormSet current = stored.formSet();
        ResultsFormOptions.Update update = ResultsFormOptions.update(current, before, after,
                storedAnswers(electionId));
        if (!update.problems().isEmpty()) {
            ResultsFormOptions.Problem problem = update.problems().get(0);
            LOG.info(() -> "Ballot options of election " + electionId + " rejected: " + update.problems());
            throw switch (problem.type()) {
                case OPTION_IN_USE -> new UserInputException("election.error.optionInUse", problem.option(),
                        problem.formCode(), problem.questionCode(), problem.answers());
                case NO_FREE_CODE -> new UserInputException("election.error.optionNoCode", problem.option(),
                        problem.formCode());
            };
        }
        List<String> changes = FormSetChanges.between(current, update.set());
        if (changes.isEmpty()) {
            return;
        }
        List<FormProblem> invalid = FormSetValidator.validate(update.set());
        if (!invalid.isEmpty()) {
            throw new IllegalStateException("Results form of election " + electionId + " would be invalid after"
                    + " the option change: " + invalid);
        }

        stored.replace(update.set(), actor, Instant.now(clock));
        em.flush();
        audit.record(actor, AuditAction.RESULTS_FORM_OPTIONS_UPDATED, TARGET, Long.toString(electionId),
                abbreviate(String.join("; ", changes)));
        LOG.info(() -> "Results form of election " + electionId + " updated for its ballot options by " + actor
                + ": " + changes);
    }

    /** Returns the counts of submissions and answers stored for an election, by form and question code. */
    public StoredAnswers storedAnswers(long electionId) {
        StoredAnswers.Builder counts = StoredAnswers.builder();
        List<?> forms = em.createNativeQuery("SELECT form_code, COUNT(*) FROM submission WHERE election_id = ?"
                + " GROUP BY form_code")
                .setParameter(1, electionId)
                .getResultList();
        for (Object row : forms) {
            Object[] columns = (Object[]) row;
            counts.submissions((String) columns[0], ((Number) columns[1]).longValue());
        }

        List<?> questions = em.createNativeQuery("SELECT s.form_code, f.question_code, COUNT(*) FROM submission s"
                + " JOIN submission_field f ON f.submission_id = s.id WHERE s.election_id = ?"
                + " GROUP BY s.form_code, f.question_code")
                .setParameter(1, electionId)
                .getResultList();
        for (Object row : questions) {
            Object[] columns = (Object[]) row;
            counts.answers((String) columns[0], (String) columns[1], ((Number) columns[2]).longValue());
        }
        return counts.build();
    }

    /** Cuts audit details to the 2,000 characters of the audit_entry.details column. */
    private static String abbreviate(String details) {
        return details.length() <= AUDIT_DETAILS_LENGTH ? details
                : details.substring(0, AUDIT_DETAILS_LENGTH - 1) + "…";
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
