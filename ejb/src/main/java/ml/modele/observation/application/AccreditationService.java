package ml.modele.observation.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
import jakarta.persistence.TypedQuery;

import ml.modele.observation.domain.accreditation.Accreditation;
import ml.modele.observation.domain.accreditation.AccreditationEvent;
import ml.modele.observation.domain.accreditation.AccreditationStep;
import ml.modele.observation.domain.accreditation.StepRejectedException;
import ml.modele.observation.domain.accreditation.TrainingLevel;
import ml.modele.observation.domain.accreditation.TrainingSession;
import ml.modele.observation.domain.accreditation.VerificationCodes;
import ml.modele.observation.domain.audit.AuditAction;
import ml.modele.observation.domain.election.Election;
import ml.modele.observation.domain.geography.SearchKeys;
import ml.modele.observation.domain.observer.Observer;
import ml.modele.observation.domain.observer.ObserverStatus;
import ml.modele.observation.domain.security.Role;

/**
 * Accreditation of observers for an election: training sessions, then one step at a time per
 * observer (see {@link AccreditationStep}), alone or on a selection. Each step is dated, kept in
 * the file's history with who took it, and audited. The secretariat and the administrator take
 * steps; the mission chief, the technical coordinator and regional coordinators (their région
 * only) read.
 */
@Stateless
@RolesAllowed({Role.Names.ADMINISTRATOR, Role.Names.SECRETARIAT, Role.Names.MISSION_CHIEF,
        Role.Names.TECHNICAL_COORDINATOR, Role.Names.REGIONAL_COORDINATOR})
public class AccreditationService {

    private static final Logger LOG = Logger.getLogger(AccreditationService.class.getName());
    private static final String TARGET = "Accreditation";
    private static final int MAX_TEXT = 200;

    @PersistenceContext(unitName = "observation")
    private EntityManager em;

    @EJB
    private AuditTrail audit;

    @EJB
    private RegionScope regionScope;

    @Resource
    private SessionContext session;

    private final Clock clock = Clock.systemUTC();

    /** Returns the training sessions of an election, by date. */
    public List<TrainingSession> sessions(long electionId) {
        return em.createNamedQuery(TrainingSession.OF_ELECTION, TrainingSession.class)
                .setParameter("election", electionId)
                .getResultList();
    }

    /** Creates a training session of the cascade. */
    @RolesAllowed({Role.Names.ADMINISTRATOR, Role.Names.SECRETARIAT})
    public TrainingSession createSession(long electionId, TrainingLevel level, LocalDate date, String place,
                                        String trainer, String regionCode) {
        election(electionId);
        if (level == null || date == null || blank(place) || blank(trainer) || place.strip().length() > MAX_TEXT
                || trainer.strip().length() > MAX_TEXT) {
            throw new AccreditationException("accreditation.error.sessionInvalid");
        }
        String actor = actor();
        TrainingSession created = new TrainingSession(electionId, level, date, place.strip(), trainer.strip(),
                blank(regionCode) ? null : regionCode.strip().toUpperCase(Locale.ROOT), Instant.now(clock), actor);
        em.persist(created);
        em.flush();

        audit.record(actor, AuditAction.TRAINING_SESSION_CREATED, "TrainingSession", created.getId().toString(),
                "election " + electionId + ", " + level + ", " + created.summary());
        LOG.info(() -> "Training session " + created.getId() + " created for election " + electionId + " by "
                + actor);
        return created;
    }

    /**
     * Takes a step in one observer's file.
     *
     * @throws AccreditationException when the step is skipped, already taken or lacks what it needs
     */
    @RolesAllowed({Role.Names.ADMINISTRATOR, Role.Names.SECRETARIAT})
    public Accreditation take(long electionId, String observerCode, AccreditationRequest request) {
        election(electionId);
        TrainingSession trainingSession = trainingSession(electionId, request);
        Observer observer = observer(observerCode, electionId);
        String actor = actor();

        Accreditation file = apply(electionId, observer, request, trainingSession, request.badgeNumber(), actor);

        LOG.info(() -> "Observer " + observer.getCode() + " moved to " + request.step() + " for election "
                + electionId + " by " + actor);
        return file;
    }

    /**
     * Takes the same step in the files of a selection, in one transaction. Observers who cannot
     * take it are left as they are and listed with the reason; the others move.
     */
    @RolesAllowed({Role.Names.ADMINISTRATOR, Role.Names.SECRETARIAT})
    public BulkStepOutcome takeAll(long electionId, List<String> observerCodes, AccreditationRequest request) {
        if (request.step() == AccreditationStep.ACCREDITED) {
            throw new IllegalArgumentException("Accredit a selection with accreditAll, one badge per observer");
        }
        election(electionId);
        TrainingSession trainingSession = trainingSession(electionId, request);
        Map<String, String> noBadges = new LinkedHashMap<>();
        observerCodes.forEach(code -> noBadges.put(code, null));
        return bulk(electionId, noBadges, request, trainingSession);
    }

    /** Accredits a selection, each observer with the badge number the AIGE issued to them. */
    @RolesAllowed({Role.Names.ADMINISTRATOR, Role.Names.SECRETARIAT})
    public BulkStepOutcome accreditAll(long electionId, Map<String, String> badgeByObserverCode) {
        election(electionId);
        return bulk(electionId, badgeByObserverCode, AccreditationRequest.of(AccreditationStep.ACCREDITED), null);
    }

    /** Returns one page of the filtered list, by name. */
    public List<AccreditationRow> page(long electionId, AccreditationFilter filter, int first, int max) {
        Query query = where(electionId, filter);
        TypedQuery<Object[]> typed = em.createQuery("SELECT o, a FROM Observer o LEFT JOIN Accreditation a"
                + " ON a.observer = o AND a.electionId = :election" + query.where()
                + " ORDER BY o.lastName, o.firstName, o.code", Object[].class);
        query.bind(typed);
        List<AccreditationRow> rows = new ArrayList<>();
        for (Object[] row : typed.setFirstResult(first).setMaxResults(max).getResultList()) {
            rows.add(new AccreditationRow((Observer) row[0], (Accreditation) row[1]));
        }
        return rows;
    }

    /** Counts the filtered list. */
    public long count(long electionId, AccreditationFilter filter) {
        Query query = where(electionId, filter);
        TypedQuery<Long> typed = em.createQuery("SELECT COUNT(o) FROM Observer o LEFT JOIN Accreditation a"
                + " ON a.observer = o AND a.electionId = :election" + query.where(), Long.class);
        query.bind(typed);
        return typed.getSingleResult();
    }

    /** Returns the codes of every observer of the filtered list, for a bulk step. */
    public List<String> codes(long electionId, AccreditationFilter filter) {
        Query query = where(electionId, filter);
        TypedQuery<String> typed = em.createQuery("SELECT o.code FROM Observer o LEFT JOIN Accreditation a"
                + " ON a.observer = o AND a.electionId = :election" + query.where()
                + " ORDER BY o.lastName, o.firstName, o.code", String.class);
        query.bind(typed);
        return typed.getResultList();
    }

    /** Returns the file of an observer the caller may see, if it was opened. */
    public Optional<Accreditation> file(long electionId, String observerCode) {
        return visibleObserver(observerCode, electionId).flatMap(observer -> fileOf(electionId, observer));
    }

    /** Returns the steps taken in an observer's file, oldest first. */
    public List<AccreditationEvent> history(long electionId, String observerCode) {
        return file(electionId, observerCode).map(file -> em.createNamedQuery(AccreditationEvent.OF_ACCREDITATION,
                        AccreditationEvent.class)
                .setParameter("accreditation", file.getId())
                .getResultList()).orElse(List.of());
    }

    private BulkStepOutcome bulk(long electionId, Map<String, String> badgeByObserverCode,
                                 AccreditationRequest request, TrainingSession trainingSession) {
        if (badgeByObserverCode.isEmpty()) {
            throw new AccreditationException("accreditation.error.noObservers");
        }
        String actor = actor();
        List<String> moved = new ArrayList<>();
        List<BulkStepOutcome.Rejection> rejected = new ArrayList<>();
        for (Map.Entry<String, String> entry : badgeByObserverCode.entrySet()) {
            try {
                Observer observer = observer(entry.getKey(), electionId);
                apply(electionId, observer, request, trainingSession, entry.getValue(), actor);
                moved.add(observer.getCode());
            } catch (AccreditationException e) {
                rejected.add(new BulkStepOutcome.Rejection(entry.getKey(), e.messageKey(), e.arguments()));
            }
        }
        LOG.info(() -> "Bulk step " + request.step() + " for election " + electionId + " by " + actor + ": "
                + moved.size() + " moved, " + rejected.size() + " rejected");
        return new BulkStepOutcome(moved, rejected);
    }

    /** Checks and takes a step in one file, storing its history entry and audit record. */
    private Accreditation apply(long electionId, Observer observer, AccreditationRequest request,
                                TrainingSession trainingSession, String badgeNumber, String actor) {
        String code = observer.getCode();
        String name = observer.getFirstName() + " " + observer.getLastName();
        if (observer.getStatus() == ObserverStatus.RETIRED) {
            throw new AccreditationException("accreditation.error.retired", code, name);
        }
        Optional<Accreditation> existing = fileOf(electionId, observer);
        Instant now = Instant.now(clock);
        Accreditation file = existing.orElseGet(() -> new Accreditation(electionId, observer, now, actor));
        String badge = badgeNumber == null ? "" : badgeNumber.strip();
        String reason = request.reason() == null ? "" : request.reason().strip();
        try {
            file.require(request.step());
        } catch (StepRejectedException e) {
            throw new AccreditationException(e.messageKey(), e.arguments());
        }
        checkNeeds(electionId, request.step(), code, name, trainingSession, badge, reason);
        if (existing.isEmpty()) {
            em.persist(file);
        }

        String details = switch (request.step()) {
            case TRAINED -> {
                file.markTrained(trainingSession, now, actor);
                yield "session " + trainingSession.getId() + " (" + trainingSession.summary() + ")";
            }
            case CODE_SIGNED -> {
                file.signCodeOfConduct(now, actor);
                yield "code of conduct signed";
            }
            case REQUESTED -> {
                file.request(now, actor);
                yield "request sent to the AIGE";
            }
            case ACCREDITED -> {
                file.accredit(badge, VerificationCodes.next(), now, actor);
                yield "badge " + badge;
            }
            case REFUSED -> {
                file.refuse(reason, now, actor);
                yield "refused: " + reason;
            }
            case CANDIDATE -> throw new IllegalArgumentException("CANDIDATE is the first step, not one to take");
        };
        em.flush();
        em.persist(new AccreditationEvent(file.getId(), request.step(), now, actor, details));
        audit.record(actor, AuditAction.ACCREDITATION_STEP, TARGET, code,
                "election " + electionId + ", " + request.step() + ", " + details);
        return file;
    }

    private void checkNeeds(long electionId, AccreditationStep step, String code, String name,
                            TrainingSession trainingSession, String badge, String reason) {
        switch (step) {
            case TRAINED -> {
                if (trainingSession == null) {
                    throw new AccreditationException("accreditation.error.sessionMissing", code, name);
                }
            }
            case ACCREDITED -> checkBadge(electionId, code, name, badge);
            case REFUSED -> {
                if (reason.isEmpty()) {
                    throw new AccreditationException("accreditation.error.reasonMissing", code, name);
                }
            }
            default -> {
                // The other steps need nothing more than the step before them.
            }
        }
    }

    private void checkBadge(long electionId, String code, String name, String badge) {
        if (badge.isEmpty()) {
            throw new AccreditationException("accreditation.error.badgeMissing", code, name);
        }
        if (badge.length() > 40) {
            throw new AccreditationException("accreditation.error.badgeTooLong", code, name, badge);
        }
        Optional<Accreditation> holder = em.createNamedQuery(Accreditation.BY_BADGE, Accreditation.class)
                .setParameter("election", electionId)
                .setParameter("badge", badge)
                .getResultStream()
                .findFirst();
        if (holder.isPresent()) {
            throw new AccreditationException("accreditation.error.badgeTaken", code, name, badge,
                    holder.get().getObserver().getCode());
        }
    }

    private TrainingSession trainingSession(long electionId, AccreditationRequest request) {
        if (request.step() != AccreditationStep.TRAINED || request.trainingSessionId() == null) {
            return null;
        }
        TrainingSession found = em.find(TrainingSession.class, request.trainingSessionId());
        if (found == null || found.getElectionId() != electionId) {
            throw new AccreditationException("accreditation.error.sessionNotFound", request.trainingSessionId());
        }
        return found;
    }

    private Optional<Accreditation> fileOf(long electionId, Observer observer) {
        return em.createNamedQuery(Accreditation.OF_OBSERVER, Accreditation.class)
                .setParameter("election", electionId)
                .setParameter("observer", observer.getId())
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

    private Observer observer(String rawCode, long electionId) {
        String code = rawCode == null ? "" : rawCode.strip();
        return visibleObserver(code, electionId)
                .orElseThrow(() -> new AccreditationException("accreditation.error.observerNotFound", code));
    }

    private Optional<Observer> visibleObserver(String code, long electionId) {
        Optional<String> scope = regionScope.ofCaller();
        return em.createNamedQuery(Observer.BY_CODE, Observer.class)
                .setParameter("code", code)
                .getResultStream()
                .findFirst()
                .filter(observer -> regionScope.coversObserver(scope, observer, electionId));
    }

    /** Builds the WHERE clause of a filter and of the caller's région scope; binds :election too. */
    private Query where(long electionId, AccreditationFilter filter) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("election", electionId);
        Optional<String> scope = regionScope.ofCaller();
        if (scope.isPresent()) {
            // A regional coordinator also sees the observers deployed to their région from elsewhere.
            conditions.add("(o.regionCode = :scope OR EXISTS (SELECT d FROM Deployment d WHERE d.observer = o"
                    + " AND d.electionId = :election AND d.endedAt IS NULL AND d.regionCode = :scope))");
            parameters.put("scope", scope.get());
        }
        if (!blank(filter.name())) {
            conditions.add("o.searchKey LIKE :name");
            parameters.put("name", "%" + escape(SearchKeys.fold(filter.name())) + "%");
        }
        if (filter.category() != null) {
            conditions.add("o.category = :category");
            parameters.put("category", filter.category());
        }
        if (!blank(filter.region())) {
            conditions.add("o.regionCode = :region");
            parameters.put("region", filter.region().strip().toUpperCase(Locale.ROOT));
        }
        if (!blank(filter.organisation())) {
            conditions.add("o.organisation.code = :organisation");
            parameters.put("organisation", filter.organisation().strip().toUpperCase(Locale.ROOT));
        }
        if (filter.step() == AccreditationStep.CANDIDATE) {
            conditions.add("(a IS NULL OR a.step = :step)");
            parameters.put("step", filter.step());
        } else if (filter.step() != null) {
            conditions.add("a.step = :step");
            parameters.put("step", filter.step());
        }
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        return new Query(where, parameters);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    /** Escapes the LIKE wildcards of user input; JPQL's default escape character is the backslash in MariaDB. */
    private static String escape(String value) {
        return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private String actor() {
        return session.getCallerPrincipal().getName();
    }

    /** JPQL WHERE clause with its named parameters. */
    private record Query(String where, Map<String, Object> parameters) {

        void bind(TypedQuery<?> query) {
            parameters.forEach(query::setParameter);
        }
    }
}
