package ml.modele.observation.application.tabulation;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import ml.modele.observation.application.AuditTrail;
import ml.modele.observation.application.FormSetService;
import ml.modele.observation.application.RegionScope;
import ml.modele.observation.application.UserInputException;
import ml.modele.observation.application.tabulation.TabulationData.StoredSubmission;
import ml.modele.observation.domain.audit.AuditAction;
import ml.modele.observation.domain.form.FormSet;
import ml.modele.observation.domain.pvt.StratumDesign;
import ml.modele.observation.domain.security.Role;

/**
 * Tabulation of an election (dépouillement parallèle): PVT estimates from the counted result
 * sheets of the sampled stations, process statistics of the checklists, reporting coverage, and
 * the official results that the EVA enters with their verdict. A regional coordinator sees the
 * figures of their région only.
 */
@Stateless
@RolesAllowed({Role.Names.ADMINISTRATOR, Role.Names.MISSION_CHIEF, Role.Names.TECHNICAL_COORDINATOR,
    Role.Names.ANALYST, Role.Names.EVA_DATA_MANAGER, Role.Names.PRESS_OFFICER, Role.Names.REGIONAL_COORDINATOR})
public class TabulationService {

    private static final Logger LOG = Logger.getLogger(TabulationService.class.getName());
    private static final String TARGET = "official_result";

    @PersistenceContext(unitName = "observation")
    private EntityManager em;

    @EJB
    private FormSetService formSets;

    @EJB
    private RegionScope regionScope;

    @EJB
    private AuditTrail audit;

    @Resource
    private SessionContext session;

    /**
     * Returns the status of the election's PVT sample ({@code DRAFT} or {@code SEALED}), empty when
     * none is drawn. The dashboard shows the next step from it.
     */
    public Optional<String> sampleStatus(long electionId) {
        List<?> statuses = em.createNativeQuery("SELECT status FROM pvt_sample WHERE election_id = ?1")
                .setParameter(1, electionId).getResultList();
        return statuses.isEmpty() ? Optional.empty() : Optional.of(statuses.get(0).toString());
    }

    /** Computes every figure of the dashboard for the caller's scope. */
    public TabulationView tabulate(long electionId) {
        FormSet formSet = formSets.of(electionId).formSet();
        String scope = regionScope.ofCaller().orElse(Tabulator.NATIONAL);
        Connection connection = em.unwrap(Connection.class);
        try {
            String version = TabulationData.dataVersion(connection, electionId);
            List<StratumDesign> design = TabulationData.design(connection, electionId);
            Map<String, Integer> registeredVoters = TabulationData.registeredVotersOfSample(connection, electionId);
            List<StoredSubmission> results = TabulationData.submissions(connection, electionId, "RESULTS");
            List<StoredSubmission> checklists = TabulationData.submissions(connection, electionId, "CHECKLIST");
            List<StoredSubmission> incidents = TabulationData.submissions(connection, electionId, "INCIDENT");
            Map<String, String> regionOf = TabulationData.regionOfStations(connection, electionId);
            return new Tabulator(formSet).compute(electionId, scope, version, design, registeredVoters, results,
                    checklists, incidents, regionOf, TabulationData.regionNames(connection, electionId),
                    TabulationData.officialResults(connection, electionId));
        } catch (SQLException e) {
            throw new EJBException("Failed to read the tabulation data of election " + electionId, e);
        }
    }

    /** Returns a text that changes whenever the data behind {@link #tabulate} changes; cheap to poll. */
    public String dataVersion(long electionId) {
        try {
            return TabulationData.dataVersion(em.unwrap(Connection.class), electionId);
        } catch (SQLException e) {
            throw new EJBException("Failed to read the data version of election " + electionId, e);
        }
    }

    /**
     * Stores the results proclaimed by the authority for one scope, replacing an earlier entry of it.
     *
     * @param scope       NATIONAL or a région P-code
     * @param optionVotes votes per ballot option, in results-form order
     * @throws UserInputException when the scope is unknown or the figures are inconsistent
     */
    @RolesAllowed({Role.Names.EVA_DATA_MANAGER, Role.Names.ADMINISTRATOR})
    public void enterOfficialResult(long electionId, String scope, long registered, long voters, long nullVotes,
                                    long validVotes, List<Long> optionVotes) {
        String actor = session.getCallerPrincipal().getName();
        String cleanScope = scope == null || scope.isBlank() ? Tabulator.NATIONAL : scope.strip().toUpperCase();
        Connection connection = em.unwrap(Connection.class);
        try {
            Map<String, String> regions = TabulationData.regionNames(connection, electionId);
            if (!Tabulator.NATIONAL.equals(cleanScope) && !regions.containsKey(cleanScope)) {
                throw new UserInputException("official.error.scope", cleanScope);
            }
            int options = new Tabulator(formSets.of(electionId).formSet()).optionCount();
            OfficialResultCheck.check(registered, voters, nullVotes, validVotes, optionVotes, options);
            store(connection, electionId, cleanScope, registered, voters, nullVotes, validVotes, optionVotes, actor);
        } catch (SQLException e) {
            throw new EJBException("Failed to store the official result of election " + electionId, e);
        }
        String details = cleanScope + ": registered=" + registered + " voters=" + voters + " null=" + nullVotes
                + " valid=" + validVotes + " options=" + optionVotes;
        audit.record(actor, AuditAction.OFFICIAL_RESULT_ENTERED, TARGET, Long.toString(electionId), details);
        LOG.info(() -> "Official result of election " + electionId + " entered by " + actor + ": " + details);
    }

    private static void store(Connection connection, long electionId, String scope, long registered, long voters,
                              long nullVotes, long validVotes, List<Long> optionVotes, String actor)
            throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement(
                "DELETE FROM official_result WHERE election_id = ? AND scope = ?")) {
            delete.setLong(1, electionId);
            delete.setString(2, scope);
            delete.executeUpdate();
        }
        long id;
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO official_result (election_id,"
                + " scope, registered, voters, null_votes, valid_votes, entered_at, entered_by)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            insert.setLong(1, electionId);
            insert.setString(2, scope);
            insert.setLong(3, registered);
            insert.setLong(4, voters);
            insert.setLong(5, nullVotes);
            insert.setLong(6, validVotes);
            insert.setTimestamp(7, Timestamp.from(Instant.now()));
            insert.setString(8, actor);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO official_result_option (official_result_id, position, votes) VALUES (?, ?, ?)")) {
            for (int k = 0; k < optionVotes.size(); k++) {
                insert.setLong(1, id);
                insert.setInt(2, k);
                insert.setLong(3, optionVotes.get(k));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /** Returns the P-code that limits the caller, if any; for screens that filter by région. */
    public Optional<String> callerRegion() {
        return regionScope.ofCaller();
    }
}
