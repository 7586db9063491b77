package ml.modele.observation.application;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
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

import ml.modele.observation.domain.audit.AuditAction;
import ml.modele.observation.domain.geography.SearchKeys;
import ml.modele.observation.domain.observer.Observer;
import ml.modele.observation.domain.observer.ObserverCategory;
import ml.modele.observation.domain.observer.ObserverChange;
import ml.modele.observation.domain.observer.ObserverDetails;
import ml.modele.observation.domain.observer.ObserverPhone;
import ml.modele.observation.domain.observer.PartnerOrganisation;
import ml.modele.observation.domain.observer.PhoneNumbers;
import ml.modele.observation.domain.observer.Sex;
import ml.modele.observation.domain.security.Role;
import ml.modele.observation.infrastructure.imports.ObserverFileWriter;

/**
 * Reads the observer registry for the screens and the REST API: a filtered list page by page
 * with its count in SQL, counts by category, organisation, région and sex, an observer's detail
 * and history, and exports. A regional coordinator sees only the observers whose home commune
 * is in their région. The national ID number leaves this bean only for administrators and the
 * secretariat.
 */
@Stateless
@RolesAllowed({Role.Names.ADMINISTRATOR, Role.Names.SECRETARIAT, Role.Names.TECHNICAL_COORDINATOR,
        Role.Names.MISSION_CHIEF, Role.Names.EVA_DATA_MANAGER, Role.Names.REGIONAL_COORDINATOR})
public class ObserverRegistry {

    private static final Logger LOG = Logger.getLogger(ObserverRegistry.class.getName());

    /** Export formats. */
    public enum Format {
        CSV,
        XLSX
    }

    @PersistenceContext(unitName = "observation")
    private EntityManager em;

    @EJB
    private RegionScope regionScope;

    @EJB
    private AuditTrail audit;

    @Resource
    private SessionContext session;

    private final Clock clock = Clock.systemUTC();

    /** Returns one page of the filtered list, sorted by last name, first name and code. */
    public List<Observer> page(ObserverFilter filter, int first, int max) {
        Query query = where(filter);
        TypedQuery<Observer> typed = em.createQuery("SELECT o FROM Observer o" + query.where()
                + " ORDER BY o.lastName, o.firstName, o.code", Observer.class);
        query.bind(typed);
        return typed.setFirstResult(first).setMaxResults(max).getResultList();
    }

    /** Counts the observers of the filtered list. */
    public long count(ObserverFilter filter) {
        Query query = where(filter);
        TypedQuery<Long> typed = em.createQuery("SELECT COUNT(o) FROM Observer o" + query.where(), Long.class);
        query.bind(typed);
        return typed.getSingleResult();
    }

    /** Counts the observers of the filtered list by category, organisation, région and sex. */
    public ObserverCounts counts(ObserverFilter filter) {
        Query query = where(filter);
        Map<ObserverCategory, Long> byCategory = new EnumMap<>(ObserverCategory.class);
        grouped(query, "o.category").forEach((key, count) -> byCategory.put((ObserverCategory) key, count));
        Map<String, Long> byOrganisation = new LinkedHashMap<>();
        grouped(query, "o.organisation.code").forEach((key, count) -> byOrganisation.put((String) key, count));
        Map<String, Long> byRegion = new LinkedHashMap<>();
        grouped(query, "o.regionCode").forEach((key, count) -> byRegion.put((String) key, count));
        Map<Sex, Long> bySex = new EnumMap<>(Sex.class);
        grouped(query, "o.sex").forEach((key, count) -> bySex.put((Sex) key, count));
        long total = bySex.values().stream().mapToLong(Long::longValue).sum();
        return new ObserverCounts(total, byCategory, byOrganisation, byRegion, bySex);
    }

    /** Returns an observer the caller may see, by code. */
    public Optional<Observer> find(String code) {
        return em.createNamedQuery(Observer.BY_CODE, Observer.class)
                .setParameter("code", code)
                .getResultStream()
                .findFirst()
                .filter(observer -> RegionScope.covers(regionScope.ofCaller(), observer.getCommuneCode()));
    }

    /** Returns the history of an observer, newest first. */
    public List<ObserverChange> history(String code) {
        return find(code).map(observer -> em.createNamedQuery(ObserverChange.OF_OBSERVER, ObserverChange.class)
                .setParameter("observer", observer.getId())
                .getResultList()).orElse(List.of());
    }

    /** Tells whether the caller may see national ID numbers. */
    public boolean callerSeesNationalIds() {
        return session.isCallerInRole(Role.Names.ADMINISTRATOR) || session.isCallerInRole(Role.Names.SECRETARIAT);
    }

    /** Returns the national ID of an observer, for administrators and the secretariat. */
    @RolesAllowed({Role.Names.ADMINISTRATOR, Role.Names.SECRETARIAT})
    public Optional<String> nationalIdOf(String code) {
        return find(code).map(Observer::getNationalId);
    }

    /** Returns the partner organisations, by code. */
    public List<PartnerOrganisation> organisations() {
        return em.createNamedQuery(PartnerOrganisation.ALL, PartnerOrganisation.class).getResultList();
    }

    /**
     * Writes the whole filtered list in the observer file layout, so that the secretariat can
     * correct it and import it again. The national ID column is left out unless the caller may see it.
     */
    public byte[] export(ObserverFilter filter, Format format) {
        Query query = where(filter);
        TypedQuery<Observer> typed = em.createQuery("SELECT DISTINCT o FROM Observer o LEFT JOIN FETCH o.phones"
                + " LEFT JOIN FETCH o.supervisor" + query.where() + " ORDER BY o.lastName, o.firstName, o.code",
                Observer.class);
        query.bind(typed);
        List<ObserverDetails> rows = typed.getResultList().stream().map(Observer::details).toList();
        boolean withNationalId = callerSeesNationalIds();
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        try {
            if (format == Format.XLSX) {
                ObserverFileWriter.writeXlsx(rows, withNationalId, output);
            } else {
                ObserverFileWriter.writeCsv(rows, withNationalId, output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the observer export", e);
        }
        LOG.info(() -> "Observer export (" + format + ", " + rows.size() + " rows, national IDs "
                + (withNationalId ? "included" : "left out") + ") by " + session.getCallerPrincipal().getName());
        return output.toByteArray();
    }

    /** Marks a phone number of an observer as confirmed by its owner, or not, and records the change. */
    @RolesAllowed({Role.Names.ADMINISTRATOR, Role.Names.SECRETARIAT})
    public void markPhoneVerified(String code, String number, boolean verified) {
        Observer observer = find(code).orElseThrow(() -> new UserInputException("observer.notFound", code));
        ObserverPhone phone = observer.getPhones().stream().filter(p -> p.getNumber().equals(number)).findFirst()
                .orElseThrow(() -> new UserInputException("observer.phone.notFound", number, code));
        if (phone.isVerified() == verified) {
            return;
        }
        phone.markVerified(verified);
        String actor = session.getCallerPrincipal().getName();
        String details = "phone " + number + " verified " + !verified + " -> " + verified;
        em.persist(new ObserverChange(observer.getId(), Instant.now(clock), actor, "screen", details));
        audit.record(actor, AuditAction.OBSERVER_CHANGED, "Observer", code,
                "phone " + PhoneNumbers.masked(number) + " verified " + verified);
        LOG.info(() -> "Observer " + code + ": phone " + PhoneNumbers.masked(number) + " verified " + verified
                + " by " + actor);
    }

    private Map<Object, Long> grouped(Query query, String expression) {
        TypedQuery<Object[]> typed = em.createQuery("SELECT " + expression + ", COUNT(o) FROM Observer o"
                + query.where() + " GROUP BY " + expression + " ORDER BY " + expression, Object[].class);
        query.bind(typed);
        Map<Object, Long> counts = new LinkedHashMap<>();
        for (Object[] row : typed.getResultList()) {
            counts.put(row[0], ((Number) row[1]).longValue());
        }
        return counts;
    }

    /** Builds the WHERE clause of a filter and of the caller's région scope, with its parameters. */
    private Query where(ObserverFilter filter) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> parameters = new LinkedHashMap<>();
        Optional<String> scope = regionScope.ofCaller();
        if (scope.isPresent()) {
            conditions.add("o.regionCode = :scope");
            parameters.put("scope", scope.get());
        }
        if (!blank(filter.name())) {
            conditions.add("o.searchKey LIKE :name");
            parameters.put("name", "%" + escape(SearchKeys.fold(filter.name())) + "%");
        }
        if (!blank(filter.code())) {
            conditions.add("o.code LIKE :code");
            parameters.put("code", escape(filter.code().trim()) + "%");
        }
        String digits = filter.phone() == null ? "" : filter.phone().replaceAll("[^0-9]", "");
        if (!digits.isEmpty()) {
            conditions.add("EXISTS (SELECT p FROM ObserverPhone p WHERE p.observer = o AND p.number LIKE :phone)");
            parameters.put("phone", "%" + digits + "%");
        }
        if (filter.category() != null) {
            conditions.add("o.category = :category");
            parameters.put("category", filter.category());
        }
        if (!blank(filter.organisation())) {
            conditions.add("o.organisation.code = :organisation");
            parameters.put("organisation", filter.organisation().trim().toUpperCase(Locale.ROOT));
        }
        if (!blank(filter.region())) {
            conditions.add("o.regionCode = :region");
            parameters.put("region", filter.region().trim().toUpperCase(Locale.ROOT));
        }
        if (filter.status() != null) {
            conditions.add("o.status = :status");
            parameters.put("status", filter.status());
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

    /** JPQL WHERE clause with its named parameters. */
    private record Query(String where, Map<String, Object> parameters) {

        void bind(TypedQuery<?> query) {
            parameters.forEach(query::setParameter);
        }
    }
}
