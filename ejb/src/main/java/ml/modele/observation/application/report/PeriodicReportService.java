package ml.modele.observation.application.report;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
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

import ml.modele.observation.application.AuditTrail;
import ml.modele.observation.application.FormSetService;
import ml.modele.observation.application.RegionScope;
import ml.modele.observation.application.UserInputException;
import ml.modele.observation.domain.audit.AuditAction;
import ml.modele.observation.domain.deployment.Deployment;
import ml.modele.observation.domain.election.Election;
import ml.modele.observation.domain.form.Question;
import ml.modele.observation.domain.observer.Observer;
import ml.modele.observation.domain.observer.ObserverCategory;
import ml.modele.observation.domain.report.InvalidReportContentException;
import ml.modele.observation.domain.report.PeriodicReport;
import ml.modele.observation.domain.report.PeriodicReportForm;
import ml.modele.observation.domain.report.PeriodicReportText;
import ml.modele.observation.domain.report.ReportPeriod;
import ml.modele.observation.domain.security.Role;
import ml.modele.observation.domain.submission.AttachmentType;
import ml.modele.observation.domain.submission.Channel;
import ml.modele.observation.domain.submission.Submission;
import ml.modele.observation.domain.submission.SubmissionAttachment;
import ml.modele.observation.domain.submission.SubmissionVersion;

/**
 * Long-term observers' periodic reports (rapports périodiques des OLT). An OLT or a regional
 * coordinator of the observer registry has no platform account. So a data manager, a regional
 * coordinator (for observers of their région only) or the technical coordinator files the report
 * on the observer's behalf and names the observer and the period. The texts are a submission of the
 * election's PERIODIC_REPORT form, so a revision adds a version and nothing is overwritten.
 * Attachments are PDF, JPEG or PNG files recognised by their bytes, at most {@value #MAX_BYTES}
 * bytes each, stored with their SHA-256.
 */
@Stateless
@RolesAllowed({Role.Names.EVA_DATA_MANAGER, Role.Names.REGIONAL_COORDINATOR, Role.Names.TECHNICAL_COORDINATOR,
    Role.Names.ADMINISTRATOR, Role.Names.MISSION_CHIEF, Role.Names.ANALYST})
public class PeriodicReportService {

    /** Largest attachment: 10 MiB, a scanned report of about twenty pages. */
    public static final int MAX_BYTES = 10 * 1024 * 1024;

    /** Most attachments on one report. */
    public static final int MAX_ATTACHMENTS = 10;

    private static final Logger LOG = Logger.getLogger(PeriodicReportService.class.getName());

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

    private final Clock clock = Clock.systemUTC();

    /**
     * Files the periodic report of a long-term observer or regional coordinator for a period and
     * returns its id. Nothing is stored when any text, date or file is rejected.
     *
     * @param sections question code of a theme to its text
     */
    @RolesAllowed({Role.Names.EVA_DATA_MANAGER, Role.Names.REGIONAL_COORDINATOR, Role.Names.TECHNICAL_COORDINATOR,
        Role.Names.ADMINISTRATOR})
    public long file(long electionId, String observerCode, LocalDate periodStart, LocalDate periodEnd,
                     Map<String, String> sections, List<ReportFile> files, Channel channel) {
        ReportInputs.election(em, electionId);
        PeriodicReportForm form = form(electionId);
        Observer observer = reportingObserver(electionId, observerCode);
        ReportPeriod period = ReportInputs.period(periodStart, periodEnd);
        Map<String, String> texts = texts(form, sections);
        List<CheckedFile> checked = checkFiles(files, 0);
        Optional<PeriodicReport> same = em.createNamedQuery(PeriodicReport.SAME_PERIOD, PeriodicReport.class)
                .setParameter("election", electionId).setParameter("observer", observer.getId())
                .setParameter("start", period.start()).setParameter("end", period.end())
                .getResultStream().findFirst();
        if (same.isPresent()) {
            throw new UserInputException("periodicReport.error.duplicate", observer.getCode(), period.start(),
                    period.end(), Long.toString(same.get().getId()));
        }

        String user = session.getCallerPrincipal().getName();
        Instant now = Instant.now(clock);
        Submission submission = new Submission(electionId, form.definition(), observer.getId(), observer.getCode(),
                null, now);
        SubmissionVersion version = submission.addVersion(channel, user, null, texts, "",
                "filed on behalf of observer " + observer.getCode(), now);
        em.persist(submission);
        PeriodicReport report = new PeriodicReport(submission, period, regionOf(electionId, observer), user, now);
        em.persist(report);
        storeTexts(version, texts);
        storeFiles(submission, checked, user, now);
        em.flush();

        audit.record(user, AuditAction.PERIODIC_REPORT_FILED, "PeriodicReport", Long.toString(report.getId()),
                "observer " + observer.getCode() + ", period " + period.start() + " to " + period.end()
                        + ", themes " + String.join(" ", texts.keySet()) + ", files " + checked.size());
        LOG.info(() -> "Periodic report " + report.getId() + " of observer " + observer.getCode() + " for "
                + period.start() + " to " + period.end() + " filed by " + user + " (" + texts.size() + " themes, "
                + checked.size() + " files)");
        return report.getId();
    }

    /**
     * Stores a new version of a report with the given texts and adds the files. Themes whose
     * text is unchanged keep their version; a theme left out or blank is cleared.
     *
     * @param sections question code of a theme to its text, or null to keep every text and only
     *                 add the files
     * @param reason   why the report changes, recorded with the version
     */
    @RolesAllowed({Role.Names.EVA_DATA_MANAGER, Role.Names.REGIONAL_COORDINATOR, Role.Names.TECHNICAL_COORDINATOR,
        Role.Names.ADMINISTRATOR})
    public int revise(long reportId, Map<String, String> sections, List<ReportFile> files, String reason,
                      Channel channel) {
        PeriodicReport report = visibleReport(reportId);
        PeriodicReportForm form = form(report.getElectionId());
        Submission submission = report.getSubmission();
        Map<String, String> texts = sections == null ? submission.values() : texts(form, sections);
        int present = attachments(submission.getId()).size();
        List<CheckedFile> checked = checkFiles(files, present);
        Map<String, String> current = submission.values();
        Map<String, String> changed = new LinkedHashMap<>();
        for (Question theme : form.themes()) {
            String text = texts.getOrDefault(theme.code(), "");
            if (!text.equals(current.getOrDefault(theme.code(), ""))) {
                changed.put(theme.code(), text);
            }
        }
        if (changed.isEmpty() && checked.isEmpty()) {
            throw new UserInputException("periodicReport.error.unchanged", Long.toString(reportId));
        }

        String user = session.getCallerPrincipal().getName();
        Instant now = Instant.now(clock);
        String versionReason = reason == null || reason.isBlank() ? "revised" : reason.strip();
        SubmissionVersion version = submission.addVersion(channel, user, null, changed, "", versionReason, now);
        storeTexts(version, changed);
        storeFiles(submission, checked, user, now);
        em.flush();

        audit.record(user, AuditAction.PERIODIC_REPORT_REVISED, "PeriodicReport", Long.toString(reportId),
                "version " + version.getNumber() + ", themes " + String.join(" ", changed.keySet()) + ", files "
                        + checked.size());
        LOG.info(() -> "Periodic report " + reportId + " revised to version " + version.getNumber() + " by " + user);
        return version.getNumber();
    }

    /** Lists the reports of an election that the caller may read, latest period first. */
    public List<PeriodicReportSummary> list(long electionId, PeriodicReportFilter filter) {
        Election election = ReportInputs.election(em, electionId);
        Optional<String> scope = regionScope.ofCaller();
        Map<String, String> regionNames = ReportInputs.regionNames(em, election);
        List<PeriodicReportSummary> lines = new ArrayList<>();
        for (PeriodicReport report : em.createNamedQuery(PeriodicReport.OF_ELECTION, PeriodicReport.class)
                .setParameter("election", electionId).getResultList()) {
            if (!RegionScope.covers(scope, report.getRegionCode()) || !matches(report, filter)) {
                continue;
            }
            lines.add(summary(report, regionNames));
        }
        return lines;
    }

    /** Returns a report with its texts, versions and attachments. */
    public PeriodicReportView read(long reportId) {
        PeriodicReport report = visibleReport(reportId);
        PeriodicReportForm form = form(report.getElectionId());
        Submission submission = report.getSubmission();
        Map<String, String> current = submission.values();

        List<PeriodicReportView.Section> sections = new ArrayList<>();
        for (Question theme : form.themes()) {
            sections.add(new PeriodicReportView.Section(theme.code(), theme.labelFr(), theme.labelEn(),
                    current.getOrDefault(theme.code(), "")));
        }
        List<PeriodicReportView.Version> versions = new ArrayList<>();
        for (SubmissionVersion version : submission.getVersions()) {
            Map<String, String> texts = new LinkedHashMap<>();
            for (PeriodicReportText text : textsOf(submission.getId())) {
                if (text.getVersion().getNumber() == version.getNumber()) {
                    texts.put(text.getQuestionCode(), text.getText());
                }
            }
            versions.add(new PeriodicReportView.Version(version.getNumber(), version.getCreatedAt(),
                    version.getAuthor(), version.getReason() == null ? "" : version.getReason(), texts));
        }
        List<PeriodicReportView.Attachment> files = new ArrayList<>();
        for (SubmissionAttachment attachment : attachments(submission.getId())) {
            files.add(new PeriodicReportView.Attachment(attachment.getId(), attachment.getFileName(),
                    attachment.getMediaType(), attachment.getSizeBytes(), attachment.getSha256()));
        }
        Election election = ReportInputs.election(em, report.getElectionId());
        return new PeriodicReportView(summary(report, ReportInputs.regionNames(em, election)), sections, versions, files);
    }

    /** Returns an attachment of a report the caller may read. */
    public SubmissionAttachment attachment(long reportId, long attachmentId) {
        PeriodicReport report = visibleReport(reportId);
        SubmissionAttachment attachment = em.find(SubmissionAttachment.class, attachmentId);
        if (attachment == null || !attachment.getSubmission().getId().equals(report.getSubmission().getId())) {
            throw new UserInputException("periodicReport.error.attachmentNotFound",
                    Long.toString(attachmentId), Long.toString(reportId));
        }
        return attachment;
    }

    /** Returns the themes of the election's periodic report form, in form order. */
    public List<Question> themes(long electionId) {
        return form(electionId).themes();
    }

    private PeriodicReportForm form(long electionId) {
        return PeriodicReportForm.of(formSets.of(electionId).formSet())
                .orElseThrow(() -> new UserInputException("periodicReport.error.noForm", Long.toString(electionId)));
    }

    private Observer reportingObserver(long electionId, String observerCode) {
        String code = observerCode == null ? "" : observerCode.strip();
        Observer observer = em.createNamedQuery(Observer.BY_CODE, Observer.class).setParameter("code", code)
                .getResultStream().findFirst()
                .orElseThrow(() -> new UserInputException("periodicReport.error.observerNotFound", code));
        if (observer.getCategory() != ObserverCategory.LONG_TERM
                && observer.getCategory() != ObserverCategory.REGIONAL_COORDINATOR) {
            throw new UserInputException("periodicReport.error.category", code, observer.getCategory().ordinal());
        }
        Optional<String> scope = regionScope.ofCaller();
        if (scope.isPresent() && !regionScope.coversObserver(scope, observer, electionId)) {
            throw new UserInputException("periodicReport.error.otherRegion", code, scope.get());
        }
        return observer;
    }

    private static Map<String, String> texts(PeriodicReportForm form, Map<String, String> sections) {
        try {
            return form.check(sections == null ? Map.of() : sections);
        } catch (InvalidReportContentException e) {
            String label = form.theme(e.questionCode()).map(Question::labelFr).orElse(e.questionCode());
            throw new UserInputException("periodicReport.error.text." + e.reason().name(), label,
                    PeriodicReportForm.MAX_SECTION_CHARS);
        }
    }

    /** Checks every file before any is stored, so one bad file rejects the whole request. */
    private static List<CheckedFile> checkFiles(List<ReportFile> files, int present) {
        List<CheckedFile> checked = new ArrayList<>();
        if (files == null) {
            return checked;
        }
        if (present + files.size() > MAX_ATTACHMENTS) {
            throw new UserInputException("periodicReport.error.tooManyFiles", files.size(), present, MAX_ATTACHMENTS);
        }
        for (ReportFile file : files) {
            String name = file.fileName() == null || file.fileName().isBlank() ? "document" : file.fileName().strip();
            byte[] content = file.content();
            if (content == null || content.length == 0) {
                throw new UserInputException("periodicReport.error.fileEmpty", name);
            }
            if (content.length > MAX_BYTES) {
                throw new UserInputException("periodicReport.error.fileTooLarge", name, content.length / 1024,
                        MAX_BYTES / 1024);
            }
            AttachmentType type = AttachmentType.of(content)
                    .orElseThrow(() -> new UserInputException("periodicReport.error.fileType", name));
            checked.add(new CheckedFile(name, type, content, sha256(content)));
        }
        return checked;
    }

    private void storeTexts(SubmissionVersion version, Map<String, String> texts) {
        for (Map.Entry<String, String> text : texts.entrySet()) {
            em.persist(new PeriodicReportText(version, text.getKey(), text.getValue()));
        }
    }

    private void storeFiles(Submission submission, List<CheckedFile> files, String user, Instant now) {
        for (CheckedFile file : files) {
            em.persist(new SubmissionAttachment(submission, file.name(), file.type(), file.content(), file.sha256(),
                    user, now));
            LOG.info(() -> "Attachment " + file.name() + " (" + file.type() + ", " + file.content().length
                    + " bytes, sha256 " + file.sha256() + ") added to submission " + submission.getId());
        }
    }

    /** Returns the région of the observer's active deployment, else of their home commune. */
    private String regionOf(long electionId, Observer observer) {
        return em.createNamedQuery(Deployment.ACTIVE_OF_OBSERVER, Deployment.class)
                .setParameter("election", electionId).setParameter("observer", observer.getId())
                .getResultStream().findFirst()
                .map(Deployment::getRegionCode)
                .filter(code -> code != null && !code.isEmpty())
                .orElse(observer.getRegionCode());
    }

    private PeriodicReport visibleReport(long reportId) {
        PeriodicReport report = em.find(PeriodicReport.class, reportId);
        if (report == null || !RegionScope.covers(regionScope.ofCaller(), report.getRegionCode())) {
            throw new UserInputException("periodicReport.error.notFound", Long.toString(reportId));
        }
        return report;
    }

    private static boolean matches(PeriodicReport report, PeriodicReportFilter filter) {
        if (filter == null) {
            return true;
        }
        if (filter.from() != null && report.getPeriodEnd().isBefore(filter.from())) {
            return false;
        }
        if (filter.to() != null && report.getPeriodStart().isAfter(filter.to())) {
            return false;
        }
        if (filter.region() != null && !filter.region().isBlank() && !filter.region().equals(report.getRegionCode())) {
            return false;
        }
        return filter.theme() == null || filter.theme().isBlank()
                || !report.getSubmission().values().getOrDefault(filter.theme(), "").isEmpty();
    }

    private PeriodicReportSummary summary(PeriodicReport report, Map<String, String> regionNames) {
        Submission submission = report.getSubmission();
        Observer observer = em.find(Observer.class, report.getObserverId());
        List<String> themes = new ArrayList<>();
        submission.values().forEach((code, text) -> {
            if (!text.isEmpty()) {
                themes.add(code);
            }
        });
        return new PeriodicReportSummary(report.getId(), report.getElectionId(), observer.getCode(),
                observer.getFirstName() + " " + observer.getLastName(), report.getRegionCode(),
                regionNames.getOrDefault(report.getRegionCode(), report.getRegionCode()), report.getPeriodStart(),
                report.getPeriodEnd(), themes, submission.getCurrentVersion(), submission.getUpdatedAt(),
                report.getFiledBy(), attachments(submission.getId()).size());
    }

    private List<PeriodicReportText> textsOf(long submissionId) {
        return em.createNamedQuery(PeriodicReportText.OF_SUBMISSION, PeriodicReportText.class)
                .setParameter("submission", submissionId).getResultList();
    }

    private List<SubmissionAttachment> attachments(long submissionId) {
        return em.createNamedQuery(SubmissionAttachment.OF_SUBMISSION, SubmissionAttachment.class)
                .setParameter("submission", submissionId).getResultList();
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from the JDK", e);
        }
    }

    private record CheckedFile(String name, AttachmentType type, byte[] content, String sha256) {
    }
}
