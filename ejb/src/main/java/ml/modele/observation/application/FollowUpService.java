package ml.modele.observation.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
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
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import ml.modele.observation.domain.audit.AuditAction;
import ml.modele.observation.domain.deployment.Deployment;
import ml.modele.observation.domain.election.Election;
import ml.modele.observation.domain.followup.CallOutcome;
import ml.modele.observation.domain.followup.FollowUpCall;
import ml.modele.observation.domain.followup.ReportDeadline;
import ml.modele.observation.domain.observer.Observer;
import ml.modele.observation.domain.security.Role;

/**
 * Follow-up of missing reports. Each form of an election can have a deadline (arrival by 07:30,
 * results by 22:00). Once it has passed, the observers deployed to a station who have sent
 * nothing on the form make the call list, and the EVA records its calls to them.
 */
@Stateless
@RolesAllowed({Role.Names.EVA_DATA_MANAGER, Role.Names.TECHNICAL_COORDINATOR, Role.Names.ADMINISTRATOR})
public class FollowUpService {

    /** Mali's time zone: deadlines are typed as times of the election day there. */
    static final ZoneId MALI = ZoneId.of("Africa/Bamako");

    private static final Logger LOG = Logger.getLogger(FollowUpService.class.getName());

    @PersistenceContext(unitName = "observation")
    private EntityManager em;

    @EJB
    private FormSetService formSets;

    @EJB
    private AuditTrail audit;

    @Resource
    private SessionContext session;

    private final Clock clock = Clock.systemUTC();

    /** Returns the deadlines of an election, earliest first. */
    public List<ReportDeadline> deadlines(long electionId) {
        return em.createNamedQuery(ReportDeadline.OF_ELECTION, ReportDeadline.class)
                .setParameter("election", electionId)
                .getResultList();
    }

    /**
     * Sets the deadline of a form to a time of the election day in Mali.
     *
     * @param time hours and minutes, "07:30" or "7h30"
     */
    public ReportDeadline setDeadline(long electionId, String formCode, String time) {
        Election election = election(electionId);
        String form = formCode == null ? "" : formCode.strip().toUpperCase(Locale.ROOT);
        if (formSets.of(electionId).formSet().form(form).isEmpty()) {
            throw new UserInputException("followUp.error.formUnknown", form);
        }
        Instant due = election.getElectionDate().atTime(parseTime(time)).atZone(MALI).toInstant();

        String actor = actor();
        Instant now = Instant.now(clock);
        Optional<ReportDeadline> existing = deadlines(electionId).stream()
                .filter(deadline -> deadline.getFormCode().equals(form))
                .findFirst();
        ReportDeadline deadline;
        if (existing.isPresent()) {
            deadline = existing.get();
            deadline.move(due, actor, now);
        } else {
            deadline = new ReportDeadline(electionId, form, due, actor, now);
            em.persist(deadline);
        }

        audit.record(actor, AuditAction.REPORT_DEADLINE_SET, "ReportDeadline", electionId + ":" + form,
                "form " + form + " due " + due);
        LOG.info(() -> "Deadline of form " + form + " in election " + electionId + " set to " + due + " by " + actor);
        return deadline;
    }

    /**
     * Returns the observers deployed to a station who have sent nothing on a form, by station.
     * The list is empty before the form's deadline and when the form has no deadline.
     */
    public List<CallListLine> callList(long electionId, String formCode) {
        Optional<ReportDeadline> deadline = deadlines(electionId).stream()
                .filter(candidate -> candidate.getFormCode().equals(formCode))
                .findFirst();
        if (deadline.isEmpty() || !deadline.get().passed(Instant.now(clock))) {
            return List.of();
        }
        List<Deployment> silent = em.createQuery("SELECT d FROM Deployment d JOIN FETCH d.observer o"
                        + " WHERE d.electionId = :election AND d.endedAt IS NULL"
                        + " AND d.placeKind = ml.modele.observation.domain.deployment.PlaceKind.POLLING_STATION"
                        + " AND NOT EXISTS (SELECT s FROM Submission s WHERE s.electionId = :election"
                        + " AND s.observerId = o.id AND s.formCode = :form"
                        + " AND s.status = ml.modele.observation.domain.submission.SubmissionStatus.ACTIVE)"
                        + " ORDER BY d.placeCode, o.code", Deployment.class)
                .setParameter("election", electionId)
                .setParameter("form", formCode)
                .getResultList();
        Map<Long, List<FollowUpCall>> calls = callsByObserver(electionId, formCode);

        List<CallListLine> lines = new ArrayList<>();
        for (Deployment deployment : silent) {
            lines.add(line(deployment, calls.getOrDefault(deployment.getObserver().getId(), List.of())));
        }
        return lines;
    }

    /** Records a call to an observer about a missing form. */
    public void recordCall(long electionId, String observerCode, String formCode, CallOutcome outcome, String note,
                           boolean escalate) {
        election(electionId);
        if (outcome == null) {
            throw new UserInputException("followUp.error.outcomeMissing");
        }
        String code = observerCode == null ? "" : observerCode.strip();
        Observer observer = em.createNamedQuery(Observer.BY_CODE, Observer.class)
                .setParameter("code", code)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new UserInputException("observer.notFound", code));

        String actor = actor();
        em.persist(new FollowUpCall(electionId, observer.getId(), formCode, outcome, note, escalate, actor,
                Instant.now(clock)));
        LOG.info(() -> "Call to observer " + code + " about form " + formCode + " recorded by " + actor + ": "
                + outcome + (escalate ? ", escalated to the supervisor" : ""));
    }

    private static CallListLine line(Deployment deployment, List<FollowUpCall> calls) {
        Observer observer = deployment.getObserver();
        Observer supervisor = observer.getSupervisor();
        FollowUpCall last = calls.isEmpty() ? null : calls.get(0);
        boolean escalated = calls.stream().anyMatch(FollowUpCall::isEscalated);
        return new CallListLine(observer.getCode(), observer.getLastName() + " " + observer.getFirstName(),
                List.copyOf(observer.getPhoneNumbers()),
                supervisor == null ? "" : supervisor.getLastName() + " " + supervisor.getFirstName(),
                supervisor == null ? List.of() : List.copyOf(supervisor.getPhoneNumbers()),
                deployment.getPlaceCode(), last == null ? null : last.getOutcome(),
                last == null ? null : last.getCalledAt(), escalated);
    }

    private Map<Long, List<FollowUpCall>> callsByObserver(long electionId, String formCode) {
        Map<Long, List<FollowUpCall>> calls = new HashMap<>();
        for (FollowUpCall call : em.createNamedQuery(FollowUpCall.OF_FORM, FollowUpCall.class)
                .setParameter("election", electionId)
                .setParameter("form", formCode)
                .getResultList()) {
            calls.computeIfAbsent(call.getObserverId(), id -> new ArrayList<>()).add(call);
        }
        return calls;
    }

    private static LocalTime parseTime(String time) {
        String cleaned = time == null ? "" : time.strip().toLowerCase(Locale.ROOT).replace('h', ':');
        if (cleaned.endsWith(":")) {
            cleaned = cleaned + "00";
        }
        if (cleaned.matches("[0-9]:[0-9]{2}")) {
            cleaned = "0" + cleaned;
        }
        try {
            return LocalTime.parse(cleaned);
        } catch (DateTimeParseException e) {
            throw new UserInputException("followUp.error.time", time == null ? "" : time.strip());
        }
    }

    private Election election(long electionId) {
        Election election = em.find(Election.class, electionId);
        if (election == null) {
            throw new UserInputException("election.error.notFound", Long.toString(electionId));
        }
        return election;
    }

    private String actor() {
        return session.getCallerPrincipal().getName();
    }
}
