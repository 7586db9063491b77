package ml.modele.observation.application;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import ml.modele.observation.domain.audit.AuditAction;
import ml.modele.observation.domain.observer.Observer;
import ml.modele.observation.domain.observer.ObserverChange;
import ml.modele.observation.domain.observer.ObserverCode;
import ml.modele.observation.domain.observer.ObserverDetails;
import ml.modele.observation.domain.observer.PartnerOrganisation;
import ml.modele.observation.infrastructure.imports.ObserverFile;
import ml.modele.observation.infrastructure.imports.ObserverFileReader;
import ml.modele.observation.infrastructure.imports.ObserverImportPlan;
import ml.modele.observation.infrastructure.imports.ObserverImportPlan.Action;
import ml.modele.observation.infrastructure.imports.ObserverImportPlan.PlannedRow;
import ml.modele.observation.infrastructure.imports.ObserverMatcher;

/**
 * Imports an observer file in the caller's transaction: reads and checks it, matches its rows
 * with the stored observers, writes the accepted rows, records each observer's history and one
 * audit entry. Callers check roles: {@link ObserverImportService} for users, {@link DefaultDataSetup}
 * at first start. Imports run one at a time, because each locks the code sequence row first.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class ObserverWriter {

    private static final Logger LOG = Logger.getLogger(ObserverWriter.class.getName());
    private static final String FILE_TARGET = "ObserverFile";
    private static final ZoneId MALI = ZoneId.of("Africa/Bamako");

    @PersistenceContext(unitName = "observation")
    private EntityManager em;

    @EJB
    private AuditTrail audit;

    @EJB
    private MapDirectory directory;

    private final Clock clock = Clock.systemUTC();

    /** Imports a CSV or .xlsx file; rejected rows are reported, the others stored. */
    public ObserverImportOutcome importFile(byte[] content, String fileName, String actor) {
        int nextSequence = lockSequence();
        Instant now = Instant.now(clock);

        Map<String, Long> communes = communeIds();
        Map<String, PartnerOrganisation> organisations = organisations();
        Map<String, String> organisationNames = new LinkedHashMap<>();
        organisations.values().forEach(o -> organisationNames.put(o.getCode(), o.getName()));
        ObserverFile file = read(new ObserverFileReader(communes.keySet(), organisationNames,
                now.atZone(MALI).getYear()), content);
        if (file.unreadable()) {
            LOG.info(() -> "Observer file " + fileName + " rejected whole: " + file.problems().get(0).messageKey());
            return new ObserverImportOutcome(file.problems().stream()
                    .map(problem -> problem.withFileName(fileName)).toList(), 0, 0, 0, 0, 0);
        }

        Map<String, Observer> stored = storedObservers();
        ObserverImportPlan plan = new ObserverMatcher(stored.values().stream().map(Observer::details).toList())
                .plan(file);
        List<PlannedRow> rows = assignCodes(plan.rows(), stored.keySet(), nextSequence);

        write(rows, stored, communes, organisations, now);
        recordHistory(rows, stored, fileName, actor, now);
        ObserverImportOutcome outcome = new ObserverImportOutcome(plan.problems(), plan.rowCount(),
                (int) plan.count(Action.ADD), (int) plan.count(Action.UPDATE), (int) plan.count(Action.UNCHANGED),
                (int) plan.rejectedRows());
        audit.record(actor, AuditAction.OBSERVERS_IMPORTED, FILE_TARGET, fileName, auditDetails(outcome, rows));
        LOG.info(() -> "Observer file " + fileName + " imported by " + actor + ": " + outcome.rowCount() + " rows, "
                + outcome.added() + " added, " + outcome.updated() + " updated, " + outcome.unchanged()
                + " unchanged, " + outcome.rejected() + " rejected");
        return outcome;
    }

    /** Locks the sequence row for the rest of the transaction and returns its next value. */
    private int lockSequence() {
        Number next = (Number) em.createNativeQuery(
                "SELECT next_value FROM observer_code_sequence WHERE id = 1 FOR UPDATE").getSingleResult();
        return next.intValue();
    }

    private Map<String, Long> communeIds() {
        Long version = directory.latestVersionId();
        Map<String, Long> ids = new HashMap<>();
        if (version == null) {
            return ids;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                "SELECT code, id FROM admin_unit WHERE map_version_id = ?1 AND admin_level = 3")
                .setParameter(1, version).getResultList();
        for (Object[] row : rows) {
            ids.put((String) row[0], ((Number) row[1]).longValue());
        }
        return ids;
    }

    private Map<String, PartnerOrganisation> organisations() {
        Map<String, PartnerOrganisation> byCode = new LinkedHashMap<>();
        em.createNamedQuery(PartnerOrganisation.ALL, PartnerOrganisation.class).getResultList()
                .forEach(o -> byCode.put(o.getCode(), o));
        return byCode;
    }

    private Map<String, Observer> storedObservers() {
        Map<String, Observer> byCode = new HashMap<>();
        em.createNamedQuery(Observer.ALL_WITH_PHONES, Observer.class).getResultList()
                .forEach(o -> byCode.put(o.getCode(), o));
        return byCode;
    }

    private static ObserverFile read(ObserverFileReader reader, byte[] content) {
        try {
            return reader.read(new ByteArrayInputStream(content));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the uploaded observer file", e);
        }
    }

    /**
     * Gives each new observer without a code the next free sequence number, skipping codes that
     * are stored or given in the file, and moves the sequence past them.
     */
    private List<PlannedRow> assignCodes(List<PlannedRow> rows, Set<String> storedCodes, int nextSequence) {
        Set<String> taken = new HashSet<>(storedCodes);
        rows.stream().map(row -> row.details().code()).filter(code -> code != null).forEach(taken::add);
        int sequence = nextSequence;
        List<PlannedRow> assigned = new ArrayList<>(rows.size());
        for (PlannedRow row : rows) {
            if (row.details().code() != null) {
                assigned.add(row);
                continue;
            }
            String code = ObserverCode.fromSequence(sequence++).digits();
            while (taken.contains(code)) {
                code = ObserverCode.fromSequence(sequence++).digits();
            }
            taken.add(code);
            assigned.add(new PlannedRow(row.rowNumber(), row.action(), row.details().withCode(code), row.changes()));
        }
        if (sequence != nextSequence) {
            em.createNativeQuery("UPDATE observer_code_sequence SET next_value = ?1 WHERE id = 1")
                    .setParameter(1, sequence).executeUpdate();
        }
        return assigned;
    }

    /**
     * Creates and updates the observers. Supervisors rank above the observers they supervise, so
     * writing the rows by category, top of the chain first, inserts every supervisor before the
     * rows that refer to it.
     */
    private void write(List<PlannedRow> rows, Map<String, Observer> stored, Map<String, Long> communes,
                       Map<String, PartnerOrganisation> organisations, Instant now) {
        List<PlannedRow> changing = rows.stream().filter(row -> row.action() != Action.UNCHANGED)
                .sorted(Comparator.comparing(row -> row.details().category())).toList();
        for (PlannedRow row : changing) {
            ObserverDetails details = row.details();
            Observer observer = stored.get(details.code());
            if (observer == null) {
                observer = new Observer(details.code(), now);
                stored.put(details.code(), observer);
                em.persist(observer);
            }
            Observer supervisor = details.supervisorCode() == null ? null : stored.get(details.supervisorCode());
            observer.apply(details, organisations.get(details.organisationCode()),
                    communes.get(details.communeCode()), supervisor, now);
        }
        em.flush();
    }

    private void recordHistory(List<PlannedRow> rows, Map<String, Observer> stored, String fileName, String actor,
                               Instant now) {
        for (PlannedRow row : rows) {
            if (row.action() == Action.UNCHANGED) {
                continue;
            }
            Observer observer = stored.get(row.details().code());
            String details = row.action() == Action.ADD
                    ? "created, row " + row.rowNumber()
                    : "row " + row.rowNumber() + ": " + String.join("; ", row.changes());
            em.persist(new ObserverChange(observer.getId(), now, actor, fileName, details));
        }
    }

    private static String auditDetails(ObserverImportOutcome outcome, List<PlannedRow> rows) {
        StringBuilder details = new StringBuilder()
                .append(outcome.rowCount()).append(" rows: ")
                .append(outcome.added()).append(" added, ")
                .append(outcome.updated()).append(" updated, ")
                .append(outcome.unchanged()).append(" unchanged, ")
                .append(outcome.rejected()).append(" rejected");
        List<String> updated = rows.stream().filter(row -> row.action() == Action.UPDATE)
                .map(row -> row.details().code()).toList();
        if (!updated.isEmpty()) {
            details.append("; updated: ").append(String.join(" ", updated));
        }
        return details.toString();
    }
}
