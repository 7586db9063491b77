package ml.modele.observation.application.report;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.EntityManager;

import ml.modele.observation.application.UserInputException;
import ml.modele.observation.domain.election.Election;
import ml.modele.observation.domain.report.InvalidPeriodException;
import ml.modele.observation.domain.report.ReportPeriod;

/** Checks and look-ups shared by the services of periodic and weekly reports. */
public final class ReportInputs {

    private ReportInputs() {
    }

    /** Returns the period, or rejects its dates with a message that names them. */
    public static ReportPeriod period(LocalDate start, LocalDate end) {
        try {
            return new ReportPeriod(start, end);
        } catch (InvalidPeriodException e) {
            throw new UserInputException("periodicReport.error.period." + e.reason().name(),
                    e.start() == null ? "" : e.start().toString(), e.end() == null ? "" : e.end().toString(),
                    ReportPeriod.MAX_DAYS);
        }
    }

    /** Returns the election, or rejects its id. */
    static Election election(EntityManager em, long electionId) {
        Election election = em.find(Election.class, electionId);
        if (election == null) {
            throw new UserInputException("election.error.notFound", Long.toString(electionId));
        }
        return election;
    }

    /** Returns the names of the régions of the election's map by P-code. */
    static Map<String, String> regionNames(EntityManager em, Election election) {
        Map<String, String> names = new LinkedHashMap<>();
        for (Object row : em.createNativeQuery("SELECT code, name FROM admin_unit WHERE map_version_id = ?1"
                + " AND admin_level = 1 ORDER BY code").setParameter(1, election.getMapVersionId()).getResultList()) {
            Object[] columns = (Object[]) row;
            names.put((String) columns[0], (String) columns[1]);
        }
        return names;
    }
}
