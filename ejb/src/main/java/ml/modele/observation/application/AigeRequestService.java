package ml.modele.observation.application;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import ml.modele.observation.domain.election.Election;
import ml.modele.observation.domain.security.Role;
import ml.modele.observation.infrastructure.reports.AigeRequestReport;

/**
 * The accreditation request to the AIGE: every observer whose file is at the step "demande
 * transmise à l'AIGE" (REQUESTED), grouped by région and cercle of their home commune, as a
 * JasperReports PDF and as .xlsx. The list carries national ID numbers, so only the secretariat
 * and the administrator produce it.
 */
@Stateless
@RolesAllowed({Role.Names.ADMINISTRATOR, Role.Names.SECRETARIAT})
public class AigeRequestService {

    private static final Logger LOG = Logger.getLogger(AigeRequestService.class.getName());

    @PersistenceContext(unitName = "observation")
    private EntityManager em;

    @Inject
    private AigeRequestReport report;

    private final Clock clock = Clock.systemUTC();

    /** Returns the observers of the request, by région, cercle and name. */
    public List<AigeRequestLine> lines(long electionId) {
        election(electionId);
        List<?> rows = em.createNativeQuery("SELECT r.code, r.name, c.code, c.name, o.code, o.last_name,"
                        + " o.first_name, o.sex, o.birth_year, po.name, o.category, m.name, o.national_id,"
                        + " (SELECT p.number FROM observer_phone p WHERE p.observer_id = o.id"
                        + " ORDER BY p.verified DESC, p.position LIMIT 1),"
                        + " (SELECT d.place_code FROM deployment d WHERE d.election_id = ?1 AND d.observer_id = o.id"
                        + " AND d.ended_at IS NULL),"
                        + " a.requested_at"
                        + " FROM accreditation a JOIN observer o ON o.id = a.observer_id"
                        + " JOIN partner_organisation po ON po.id = o.organisation_id"
                        + " JOIN admin_unit m ON m.id = o.commune_id JOIN admin_unit c ON c.id = m.parent_id"
                        + " JOIN admin_unit r ON r.id = c.parent_id"
                        + " WHERE a.election_id = ?1 AND a.step = 'REQUESTED'"
                        + " ORDER BY r.code, c.code, o.last_name, o.first_name, o.code")
                .setParameter(1, electionId)
                .getResultList();
        List<AigeRequestLine> lines = new ArrayList<>(rows.size());
        for (Object row : rows) {
            Object[] c = (Object[]) row;
            lines.add(new AigeRequestLine((String) c[0], (String) c[1], (String) c[2], (String) c[3], (String) c[4],
                    (String) c[5], (String) c[6], String.valueOf(c[7]), ((Number) c[8]).intValue(), (String) c[9],
                    (String) c[10], (String) c[11], (String) c[12], (String) c[13], (String) c[14],
                    instant(c[15])));
        }
        return lines;
    }

    /** Renders the request as a PDF list with a heading per région and per cercle. */
    public byte[] pdf(long electionId, Locale locale) {
        Election election = election(electionId);
        List<AigeRequestLine> lines = lines(electionId);
        byte[] pdf = report.pdf(election.getName(), lines, locale, Instant.now(clock));
        LOG.info(() -> "AIGE accreditation request of election " + electionId + " rendered: " + lines.size()
                + " observers, " + pdf.length + " bytes");
        return pdf;
    }

    /** Returns the request as an .xlsx workbook with the same observers and columns. */
    public byte[] xlsx(long electionId, Locale locale) {
        Election election = election(electionId);
        return report.xlsx(election.getName(), lines(electionId), locale, Instant.now(clock));
    }

    private Election election(long electionId) {
        Election election = em.find(Election.class, electionId);
        if (election == null) {
            throw new UserInputException("election.error.notFound", Long.toString(electionId));
        }
        return election;
    }

    private static Instant instant(Object value) {
        if (value instanceof java.sql.Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof java.time.LocalDateTime local) {
            return local.toInstant(java.time.ZoneOffset.UTC);
        }
        return (Instant) value;
    }
}
