package ml.modele.observation.application.incident;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
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
import ml.modele.observation.application.MapDirectory;
import ml.modele.observation.application.RegionScope;
import ml.modele.observation.application.UserInputException;
import ml.modele.observation.domain.audit.AuditAction;
import ml.modele.observation.domain.election.Election;
import ml.modele.observation.domain.form.Question;
import ml.modele.observation.domain.geography.AdminLevel;
import ml.modele.observation.domain.security.Role;

/**
 * Incidents of the situation room (salle de situation): the list by time, région and category,
 * and the review status that the EVA and the analysts change. A regional coordinator sees the
 * incidents of their région only.
 */
@Stateless
@RolesAllowed({Role.Names.ADMINISTRATOR, Role.Names.MISSION_CHIEF, Role.Names.TECHNICAL_COORDINATOR,
    Role.Names.ANALYST, Role.Names.EVA_DATA_MANAGER, Role.Names.PRESS_OFFICER, Role.Names.REGIONAL_COORDINATOR})
public class IncidentService {

    private static final Logger LOG = Logger.getLogger(IncidentService.class.getName());

    @PersistenceContext(unitName = "observation")
    private EntityManager em;

    @EJB
    private FormSetService formSets;

    @EJB
    private RegionScope regionScope;

    @EJB
    private MapDirectory map;

    @EJB
    private AuditTrail audit;

    @Resource
    private SessionContext session;

    /**
     * Returns the P-code of the région that a user typed as its P-code or its name, whatever the
     * case or accents ("ML04", "segou" and "Ségou" give ML04), or null for a blank input.
     *
     * @throws UserInputException when no région of the election's map has this code or name
     */
    public String regionCode(long electionId, String input) {
        if (input == null || input.isBlank()) {
            return null;
        }
        Election election = em.find(Election.class, electionId);
        if (election == null) {
            throw new UserInputException("election.error.notFound", Long.toString(electionId));
        }
        return map.unitByCodeOrName(election.getMapVersionId(), AdminLevel.REGION, input).getCode();
    }

    /**
     * Lists the active incidents of an election, newest first.
     *
     * @param regionInput région P-code or name to keep (see {@link #regionCode}), or null for all; a
     *                    regional coordinator gets theirs anyway
     * @param category    category code to keep, or null for all
     * @throws UserInputException when no région has the code or name {@code regionInput}
     */
    public List<IncidentRow> list(long electionId, String regionInput, String category) {
        String region = regionCode(electionId, regionInput);
        Optional<String> scope = regionScope.ofCaller();
        String questionCode = IncidentCategories.categoryQuestion(formSets.of(electionId).formSet())
                .map(Question::code).orElse("");
        List<IncidentRow> rows = new ArrayList<>();
        try (PreparedStatement query = em.unwrap(Connection.class).prepareStatement("SELECT s.id, s.created_at,"
                + " s.station_code, s.observer_code, s.comment, COALESCE(r.status, 'NEW'), o.region_code, u.code,"
                + " (SELECT COUNT(*) FROM incident_alert a WHERE a.submission_id = s.id), f.value"
                + " FROM submission s JOIN observer o ON o.id = s.observer_id JOIN election e ON e.id = s.election_id"
                + " LEFT JOIN polling_station p ON p.code = s.station_code AND p.map_version_id = e.map_version_id"
                + " LEFT JOIN admin_unit u ON u.id = p.commune_id"
                + " LEFT JOIN incident_review r ON r.submission_id = s.id"
                + " LEFT JOIN submission_field f ON f.submission_id = s.id AND f.question_code = ?"
                + " WHERE s.election_id = ? AND s.form_kind = 'INCIDENT' AND s.status = 'ACTIVE'"
                + " ORDER BY s.created_at DESC, s.id DESC")) {
            query.setString(1, questionCode);
            query.setLong(2, electionId);
            try (ResultSet result = query.executeQuery()) {
                while (result.next()) {
                    String regionCode = result.getString(8) != null ? result.getString(8).substring(0, 4)
                            : result.getString(7);
                    List<String> categories = IncidentCategories.codes(result.getString(10));
                    if (!RegionScope.covers(scope, regionCode) || (region != null && !region.equals(regionCode))
                            || (category != null && !category.isBlank() && !categories.contains(category))) {
                        continue;
                    }
                    rows.add(new IncidentRow(result.getLong(1), result.getTimestamp(2).toInstant(),
                            result.getString(3), regionCode, result.getString(4), categories,
                            IncidentCategories.critical(categories),
                            result.getString(5) == null ? "" : result.getString(5),
                            IncidentStatus.valueOf(result.getString(6)), result.getInt(9)));
                }
            }
        } catch (SQLException e) {
            throw new EJBException("Failed to list the incidents of election " + electionId, e);
        }
        return rows;
    }

    /**
     * Sets the review status of an incident and records the change in the audit trail.
     *
     * @throws UserInputException when no incident has this id
     */
    @RolesAllowed({Role.Names.EVA_DATA_MANAGER, Role.Names.ANALYST, Role.Names.ADMINISTRATOR})
    public void changeStatus(long submissionId, IncidentStatus status) {
        String actor = session.getCallerPrincipal().getName();
        Connection connection = em.unwrap(Connection.class);
        try {
            String previous = currentStatus(connection, submissionId)
                    .orElseThrow(() -> new UserInputException("incident.error.notFound", submissionId));
            try (PreparedStatement upsert = connection.prepareStatement("INSERT INTO incident_review"
                    + " (submission_id, status, changed_at, changed_by) VALUES (?, ?, ?, ?)"
                    + " ON DUPLICATE KEY UPDATE status = VALUES(status), changed_at = VALUES(changed_at),"
                    + " changed_by = VALUES(changed_by)")) {
                upsert.setLong(1, submissionId);
                upsert.setString(2, status.name());
                upsert.setTimestamp(3, Timestamp.from(Instant.now()));
                upsert.setString(4, actor);
                upsert.executeUpdate();
            }
            audit.record(actor, AuditAction.INCIDENT_STATUS_CHANGED, "incident", Long.toString(submissionId),
                    previous + " -> " + status.name());
            LOG.info(() -> "Incident " + submissionId + " set " + status + " by " + actor);
        } catch (SQLException e) {
            throw new EJBException("Failed to change the status of incident " + submissionId, e);
        }
    }

    private static Optional<String> currentStatus(Connection connection, long submissionId) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT COALESCE(r.status, 'NEW')"
                + " FROM submission s LEFT JOIN incident_review r ON r.submission_id = s.id"
                + " WHERE s.id = ? AND s.form_kind = 'INCIDENT'")) {
            query.setLong(1, submissionId);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? Optional.of(row.getString(1)) : Optional.empty();
            }
        }
    }
}
