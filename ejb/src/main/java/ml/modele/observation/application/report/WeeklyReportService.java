package ml.modele.observation.application.report;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
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
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import ml.modele.observation.application.AuditTrail;
import ml.modele.observation.application.FormSetService;
import ml.modele.observation.application.UserInputException;
import ml.modele.observation.application.incident.IncidentCategories;
import ml.modele.observation.application.incident.IncidentRow;
import ml.modele.observation.application.incident.IncidentService;
import ml.modele.observation.domain.audit.AuditAction;
import ml.modele.observation.domain.election.Election;
import ml.modele.observation.domain.form.Choice;
import ml.modele.observation.domain.form.FormSet;
import ml.modele.observation.domain.form.Question;
import ml.modele.observation.domain.observer.Observer;
import ml.modele.observation.domain.report.PeriodicReport;
import ml.modele.observation.domain.report.PeriodicReportForm;
import ml.modele.observation.domain.report.ReportPeriod;
import ml.modele.observation.domain.report.WeeklyNote;
import ml.modele.observation.domain.security.Role;
import ml.modele.observation.infrastructure.reports.ReportRenderer;
import ml.modele.observation.infrastructure.reports.WeeklyReport;

/**
 * Weekly report of the citizen watch cell (rapport hebdomadaire de la cellule de veille
 * citoyenne) as a PDF in French or English. It prints the analysts' notes of the period, the
 * long-term observers' reports of the period grouped by theme, and the incidents of the period.
 * Analysts and the mission chief write the notes; the roles of the situation room, except the
 * regional coordinators whose view stops at their région, read the report.
 */
@Stateless
@RolesAllowed({Role.Names.ADMINISTRATOR, Role.Names.MISSION_CHIEF, Role.Names.TECHNICAL_COORDINATOR,
    Role.Names.ANALYST, Role.Names.EVA_DATA_MANAGER, Role.Names.PRESS_OFFICER})
public class WeeklyReportService {

    private static final Logger LOG = Logger.getLogger(WeeklyReportService.class.getName());

    @PersistenceContext(unitName = "observation")
    private EntityManager em;

    @EJB
    private FormSetService formSets;

    @EJB
    private IncidentService incidents;

    @EJB
    private AuditTrail audit;

    @Inject
    private WeeklyReport report;

    @Resource
    private SessionContext session;

    private final Clock clock = Clock.systemUTC();

    /** Returns the analysts' notes of a period, empty when none were written. */
    public String note(long electionId, LocalDate periodStart, LocalDate periodEnd) {
        ReportPeriod period = ReportInputs.period(periodStart, periodEnd);
        return findNote(electionId, period).map(WeeklyNote::getText).orElse("");
    }

    /** Stores the analysts' notes of a period, replacing the earlier text. */
    @RolesAllowed({Role.Names.ANALYST, Role.Names.MISSION_CHIEF, Role.Names.ADMINISTRATOR})
    public void saveNote(long electionId, LocalDate periodStart, LocalDate periodEnd, String text) {
        ReportInputs.election(em, electionId);
        ReportPeriod period = ReportInputs.period(periodStart, periodEnd);
        String stripped = text == null ? "" : text.strip();
        if (stripped.length() > WeeklyNote.MAX_CHARS) {
            throw new UserInputException("weeklyReport.error.noteTooLong", stripped.length(), WeeklyNote.MAX_CHARS);
        }

        String user = session.getCallerPrincipal().getName();
        Instant now = Instant.now(clock);
        Optional<WeeklyNote> existing = findNote(electionId, period);
        if (existing.isPresent()) {
            existing.get().replace(stripped, user, now);
        } else {
            em.persist(new WeeklyNote(electionId, period, stripped, user, now));
        }
        em.flush();

        audit.record(user, AuditAction.WEEKLY_NOTE_SAVED, "WeeklyNote", electionId + ":" + period.start(),
                "period " + period.start() + " to " + period.end() + ", " + stripped.length() + " characters");
        LOG.info(() -> "Weekly note of election " + electionId + " for " + period.start() + " to " + period.end()
                + " saved by " + user + " (" + stripped.length() + " characters)");
    }

    /**
     * Renders the weekly report of a period as a PDF.
     *
     * @param locale French unless English is asked for
     */
    public byte[] renderWeeklyReport(long electionId, LocalDate periodStart, LocalDate periodEnd, Locale locale) {
        WeeklyReportData data = data(electionId, periodStart, periodEnd, locale);
        byte[] pdf = report.pdf(data, locale, Instant.now(clock));
        LOG.info(() -> "Weekly report of election " + electionId + " for " + data.period().start() + " to "
                + data.period().end() + " rendered: " + data.reportCount() + " periodic reports, "
                + data.incidents().size() + " incidents, " + pdf.length + " bytes");
        return pdf;
    }

    /** Collects the content of the weekly report of a period, with labels in the locale. */
    public WeeklyReportData data(long electionId, LocalDate periodStart, LocalDate periodEnd, Locale locale) {
        Election election = ReportInputs.election(em, electionId);
        ReportPeriod period = ReportInputs.period(periodStart, periodEnd);
        boolean english = "en".equals(locale.getLanguage());
        FormSet formSet = formSets.of(electionId).formSet();
        Map<String, String> regionNames = ReportInputs.regionNames(em, election);
        List<Instant> times = new ArrayList<>();

        Optional<WeeklyNote> note = findNote(electionId, period);
        note.ifPresent(found -> times.add(found.getUpdatedAt()));
        List<WeeklyReportData.ThemeExcerpt> excerpts = excerpts(electionId, formSet, period, english, regionNames,
                times);
        List<WeeklyReportData.IncidentLine> incidentLines = incidentLines(electionId, formSet, period, english,
                regionNames, times);

        Instant dataAt = times.stream().max(Comparator.naturalOrder()).orElse(Instant.now(clock));
        return new WeeklyReportData(election.getName(), period, note.map(WeeklyNote::getText).orElse(""), excerpts,
                incidentLines, dataAt);
    }

    private List<WeeklyReportData.ThemeExcerpt> excerpts(long electionId, FormSet formSet, ReportPeriod period,
                                                         boolean english, Map<String, String> regionNames,
                                                         List<Instant> times) {
        List<Question> themes = PeriodicReportForm.of(formSet).map(PeriodicReportForm::themes).orElse(List.of());
        List<PeriodicReport> reports = em.createNamedQuery(PeriodicReport.OF_ELECTION, PeriodicReport.class)
                .setParameter("election", electionId).getResultList().stream()
                .filter(found -> found.period().overlaps(period))
                .toList();
        List<WeeklyReportData.ThemeExcerpt> excerpts = new ArrayList<>();
        for (Question theme : themes) {
            for (PeriodicReport found : reports) {
                String text = found.getSubmission().values().getOrDefault(theme.code(), "");
                if (text.isEmpty()) {
                    continue;
                }
                Observer observer = em.find(Observer.class, found.getObserverId());
                excerpts.add(new WeeklyReportData.ThemeExcerpt(theme.code(),
                        english ? theme.labelEn() : theme.labelFr(), found.getId(), observer.getCode(),
                        observer.getFirstName() + " " + observer.getLastName(),
                        regionNames.getOrDefault(found.getRegionCode(), found.getRegionCode()), found.period(), text));
                times.add(found.getSubmission().getUpdatedAt());
            }
        }
        return excerpts;
    }

    private List<WeeklyReportData.IncidentLine> incidentLines(long electionId, FormSet formSet, ReportPeriod period,
                                                              boolean english, Map<String, String> regionNames,
                                                              List<Instant> times) {
        Map<String, String> categoryLabels = new LinkedHashMap<>();
        IncidentCategories.categoryQuestion(formSet).ifPresent(question -> {
            for (Choice choice : question.choices()) {
                categoryLabels.put(choice.code(), english ? choice.labelEn() : choice.labelFr());
            }
        });
        List<WeeklyReportData.IncidentLine> lines = new ArrayList<>();
        for (IncidentRow row : incidents.list(electionId, null, null)) {
            LocalDate day = row.reportedAt().atZone(ReportRenderer.MALI.toZoneId()).toLocalDate();
            if (!period.contains(day)) {
                continue;
            }
            List<String> labels = row.categories().stream().map(code -> categoryLabels.getOrDefault(code, code))
                    .toList();
            lines.add(new WeeklyReportData.IncidentLine(row.reportedAt(),
                    regionNames.getOrDefault(row.regionCode(), row.regionCode() == null ? "" : row.regionCode()),
                    row.stationCode() == null ? "" : row.stationCode(), row.observerCode(), String.join(", ", labels),
                    row.critical(), row.status().name(), row.comment()));
            times.add(row.reportedAt());
        }
        lines.sort(Comparator.comparing(WeeklyReportData.IncidentLine::reportedAt));
        return lines;
    }

    private Optional<WeeklyNote> findNote(long electionId, ReportPeriod period) {
        return em.createNamedQuery(WeeklyNote.OF_PERIOD, WeeklyNote.class)
                .setParameter("election", electionId).setParameter("start", period.start())
                .setParameter("end", period.end())
                .getResultStream().findFirst();
    }

}
