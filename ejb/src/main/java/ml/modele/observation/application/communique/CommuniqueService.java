package ml.modele.observation.application.communique;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import ml.modele.observation.application.AuditTrail;
import ml.modele.observation.application.UserInputException;
import ml.modele.observation.application.report.ReportInputs;
import ml.modele.observation.application.report.WeeklyReportData;
import ml.modele.observation.application.report.WeeklyReportService;
import ml.modele.observation.domain.audit.AuditAction;
import ml.modele.observation.domain.communique.Communique;
import ml.modele.observation.domain.communique.CommuniqueKind;
import ml.modele.observation.domain.communique.CommuniqueRuleException;
import ml.modele.observation.domain.communique.CommuniqueStatus;
import ml.modele.observation.domain.election.Election;
import ml.modele.observation.domain.report.ReportPeriod;
import ml.modele.observation.domain.security.Role;
import ml.modele.observation.infrastructure.persistence.CommuniqueTables;
import ml.modele.observation.infrastructure.persistence.CommuniqueTables.Publication;
import ml.modele.observation.infrastructure.reports.CommuniqueDocument;
import ml.modele.observation.infrastructure.reports.CommuniqueFrame;
import ml.modele.observation.infrastructure.reports.CommuniqueReport;
import ml.modele.observation.infrastructure.reports.ReportRenderer.RenderedPdf;

/**
 * The mission's communiqués (déclarations). A press officer drafts one with the figures of the
 * moment frozen, analysts and the author write its narrative, and a second person approves it.
 * Publishing renders its French and English PDFs, which are stored unchanged for good. A
 * correction is a new version naming the one it replaces. The public list shows a published
 * version once its embargo time has passed; mission users see it at once. Every step is audited.
 * A weekly report of the citizen watch cell freezes the week's content instead of the figures and
 * prints with the weekly report's template under the same header and footer. It has no narrative
 * of its own.
 */
@Stateless
@RolesAllowed({Role.Names.PRESS_OFFICER, Role.Names.ANALYST, Role.Names.MISSION_CHIEF,
    Role.Names.TECHNICAL_COORDINATOR, Role.Names.ADMINISTRATOR})
public class CommuniqueService {

    private static final Logger LOG = Logger.getLogger(CommuniqueService.class.getName());
    private static final String TARGET = "communique";
    /** Languages every communiqué is published in, French first. */
    private static final List<Locale> LANGUAGES = List.of(Locale.FRENCH, Locale.ENGLISH);

    @PersistenceContext(unitName = "observation")
    private EntityManager em;

    @EJB
    private CommuniqueFigures figures;

    @EJB
    private WeeklyReportService weeklyReports;

    @EJB
    private AuditTrail audit;

    @Inject
    private CommuniqueReport report;

    @Resource
    private SessionContext session;

    private final Clock clock = Clock.systemUTC();

    /** Drafts the next version of a kind of statement for an election, with the figures of now frozen. */
    @RolesAllowed({Role.Names.PRESS_OFFICER, Role.Names.ADMINISTRATOR})
    public CommuniqueSummary draft(long electionId, CommuniqueKind kind) {
        if (kind == null) {
            throw new UserInputException("communique.error.kindMissing");
        }
        if (kind.needsPeriod()) {
            throw new UserInputException("communique.error.periodMissing", kind.name());
        }
        return create(electionId, kind, null, null);
    }

    /**
     * Drafts the next version of the weekly report of the citizen watch cell for a week, with the
     * week's note, periodic reports and incidents of now frozen.
     */
    @RolesAllowed({Role.Names.PRESS_OFFICER, Role.Names.ADMINISTRATOR})
    public CommuniqueSummary draftWeeklyReport(long electionId, LocalDate periodStart, LocalDate periodEnd) {
        ReportPeriod period = ReportInputs.period(periodStart, periodEnd);
        return create(electionId, CommuniqueKind.WEEKLY_REPORT, null, period);
    }

    /** Drafts a correction of a published version: the next version, naming it, with its narrative. */
    @RolesAllowed({Role.Names.PRESS_OFFICER, Role.Names.ADMINISTRATOR})
    public CommuniqueSummary correct(long publishedId) {
        Communique replaced = require(publishedId);
        ReportPeriod period = replaced.kind().needsPeriod()
                ? WeeklySnapshot.fromJson(replaced.snapshotJson()).period() : null;
        return create(replaced.electionId(), replaced.kind(), replaced, period);
    }

    /**
     * Replaces the narrative sections with their sanitised HTML. Analysts and the administrator
     * write on any draft, a press officer on their own.
     */
    @RolesAllowed({Role.Names.ANALYST, Role.Names.PRESS_OFFICER, Role.Names.ADMINISTRATOR})
    public CommuniqueSummary editNarrative(long id, String findingsHtml, String recommendationsHtml) {
        String actor = caller();
        Communique communique = requireForUpdate(id);
        if (communique.kind() == CommuniqueKind.WEEKLY_REPORT) {
            throw new UserInputException("communique.error.weeklyNarrative", communique.version());
        }
        if (!session.isCallerInRole(Role.Names.ANALYST) && !session.isCallerInRole(Role.Names.ADMINISTRATOR)
                && !communique.createdBy().equals(actor)) {
            throw new UserInputException("communique.error.notAuthor", communique.createdBy());
        }
        CommuniqueStatus before = communique.status();
        apply(() -> communique.editNarrative(findingsHtml, recommendationsHtml, actor, Instant.now(clock)));
        store(communique, before);
        record(actor, AuditAction.COMMUNIQUE_NARRATIVE_EDITED, communique,
                before == communique.status() ? "" : "approval withdrawn");
        return summary(communique);
    }

    /** Approves a draft. The author cannot approve their own. */
    @RolesAllowed({Role.Names.MISSION_CHIEF, Role.Names.ADMINISTRATOR})
    public CommuniqueSummary approve(long id) {
        String actor = caller();
        Communique communique = requireForUpdate(id);
        CommuniqueStatus before = communique.status();
        apply(() -> communique.approve(actor, Instant.now(clock)));
        store(communique, before);
        record(actor, AuditAction.COMMUNIQUE_APPROVED, communique, "author " + communique.createdBy());
        return summary(communique);
    }

    /** Sets or, with null, removes the embargo of a version not yet published. */
    @RolesAllowed({Role.Names.PRESS_OFFICER, Role.Names.ADMINISTRATOR})
    public CommuniqueSummary embargo(long id, Instant until) {
        String actor = caller();
        Communique communique = requireForUpdate(id);
        CommuniqueStatus before = communique.status();
        apply(() -> communique.embargo(until));
        store(communique, before);
        record(actor, AuditAction.COMMUNIQUE_EMBARGO_SET, communique, until == null ? "none" : until.toString());
        return summary(communique);
    }

    /** Publishes an approved version: renders its PDFs in French and English and stores them unchanged. */
    @RolesAllowed({Role.Names.PRESS_OFFICER, Role.Names.ADMINISTRATOR})
    public CommuniqueSummary publish(long id) {
        String actor = caller();
        Instant now = Instant.now(clock);
        Communique communique = requireForUpdate(id);
        CommuniqueStatus before = communique.status();
        apply(() -> communique.publish(actor, now));

        String contentHash = communique.contentHash();
        try {
            Connection connection = em.unwrap(Connection.class);
            CommuniqueTables.update(connection, communique, before);
            for (Locale language : LANGUAGES) {
                RenderedPdf pdf = render(communique, language);
                CommuniqueTables.insertPublication(connection, new Publication(id, language.getLanguage(), pdf.pdf(),
                        Communique.sha256(pdf.pdf()), contentHash, pdf.pages(), now));
            }
        } catch (SQLException e) {
            throw new EJBException("Failed to publish communique " + id, e);
        }
        record(actor, AuditAction.COMMUNIQUE_PUBLISHED, communique, "content "
                + contentHash.substring(0, CommuniqueFrame.SHORT_HASH_LENGTH)
                + (communique.embargoUntil() == null ? "" : ", embargo until " + communique.embargoUntil()));
        return summary(communique);
    }

    /** Lists the communiqués of an election (every election when null), newest first. */
    public List<CommuniqueSummary> list(Long electionId) {
        try {
            List<CommuniqueSummary> list = new ArrayList<>();
            for (Communique communique : CommuniqueTables.list(em.unwrap(Connection.class), electionId)) {
                list.add(summary(communique));
            }
            return list;
        } catch (SQLException e) {
            throw new EJBException("Failed to list the communiques", e);
        }
    }

    /** Returns one communiqué. */
    public CommuniqueSummary find(long id) {
        return summary(require(id));
    }

    /** Returns the narrative sections of a communiqué: findings, then recommendations. */
    public List<String> narrative(long id) {
        Communique communique = require(id);
        return List.of(communique.findingsHtml(), communique.recommendationsHtml());
    }

    /**
     * Returns the PDF of a version: the stored bytes once published, else a preview rendered now
     * and marked as a draft.
     */
    public byte[] pdf(long id, Locale locale) {
        Communique communique = require(id);
        if (communique.status() == CommuniqueStatus.PUBLISHED) {
            return storedPdf(id, locale).orElseThrow(() -> new EJBException("Communique " + id
                    + " is published but has no stored PDF in " + locale.getLanguage()));
        }
        return render(communique, locale).pdf();
    }

    /** Lists the published versions the public may see now (past any embargo), newest first. */
    @PermitAll
    public List<CommuniqueSummary> publicList() {
        Instant now = Instant.now(clock);
        try {
            List<CommuniqueSummary> list = new ArrayList<>();
            for (Communique communique : CommuniqueTables.list(em.unwrap(Connection.class), null)) {
                if (communique.isPublicAt(now)) {
                    list.add(summary(communique));
                }
            }
            return list;
        } catch (SQLException e) {
            throw new EJBException("Failed to list the public communiques", e);
        }
    }

    /** Returns the stored PDF of a published version, empty while it is embargoed or unpublished. */
    @PermitAll
    public Optional<byte[]> publicPdf(long id, Locale locale) {
        try {
            Optional<Communique> communique = CommuniqueTables.find(em.unwrap(Connection.class), id);
            if (communique.isEmpty() || !communique.get().isPublicAt(Instant.now(clock))) {
                return Optional.empty();
            }
            return storedPdf(id, locale);
        } catch (SQLException e) {
            throw new EJBException("Failed to read communique " + id, e);
        }
    }

    /** Drafts a version; {@code period} is the week of a weekly report and null for the other kinds. */
    private CommuniqueSummary create(long electionId, CommuniqueKind kind, Communique replaces, ReportPeriod period) {
        String actor = caller();
        Instant now = Instant.now(clock);
        String snapshotJson;
        String dataLine;
        if (kind.needsPeriod()) {
            WeeklySnapshot snapshot = WeeklySnapshot.of(
                    weeklyReports.data(electionId, period.start(), period.end(), Locale.FRENCH),
                    weeklyReports.data(electionId, period.start(), period.end(), Locale.ENGLISH));
            snapshotJson = snapshot.toJson();
            dataLine = "week " + period.start() + " to " + period.end() + ", data of " + snapshot.french().dataAt();
        } else {
            CommuniqueSnapshot snapshot = figures.snapshot(electionId, now);
            snapshotJson = snapshot.toJson();
            dataLine = "data " + snapshot.dataVersion();
        }

        try {
            Connection connection = em.unwrap(Connection.class);
            int version = CommuniqueTables.nextVersion(connection, electionId, kind);
            Communique draft = apply(() -> Communique.draft(electionId, kind, version, replaces, snapshotJson,
                    now, actor, now));
            Communique stored = CommuniqueTables.insert(connection, draft);
            record(actor, AuditAction.COMMUNIQUE_DRAFTED, stored,
                    replaces == null ? dataLine : "corrects version " + replaces.version() + ", " + dataLine);
            return summary(stored);
        } catch (SQLException e) {
            throw new EJBException("Failed to store a communique draft of election " + electionId, e);
        }
    }

    /** Renders a version from its frozen snapshot. */
    private RenderedPdf render(Communique communique, Locale locale) {
        if (communique.kind() == CommuniqueKind.WEEKLY_REPORT) {
            WeeklyReportData data = WeeklySnapshot.fromJson(communique.snapshotJson()).data(locale);
            CommuniqueFrame frame = new CommuniqueFrame(communique.kind(), communique.version(),
                    replacesVersion(communique), communique.status() == CommuniqueStatus.PUBLISHED,
                    data.electionName(), communique.snapshotAt(), communique.contentHash());
            return report.renderWeekly(data, frame, locale);
        }
        return report.render(document(communique), locale);
    }

    private CommuniqueDocument document(Communique communique) {
        return new CommuniqueDocument(communique.kind(), communique.version(), replacesVersion(communique),
                communique.status() == CommuniqueStatus.PUBLISHED,
                CommuniqueSnapshot.fromJson(communique.snapshotJson()), communique.findingsHtml(),
                communique.recommendationsHtml(), communique.contentHash());
    }

    private Integer replacesVersion(Communique communique) {
        return communique.replacesId() == null ? null : require(communique.replacesId()).version();
    }

    private Optional<byte[]> storedPdf(long id, Locale locale) throws EJBException {
        String language = "en".equals(locale.getLanguage()) ? "en" : "fr";
        try {
            return CommuniqueTables.publications(em.unwrap(Connection.class), id, true).stream()
                    .filter(publication -> publication.language().equals(language))
                    .map(Publication::pdf)
                    .findFirst();
        } catch (SQLException e) {
            throw new EJBException("Failed to read the PDF of communique " + id, e);
        }
    }

    private CommuniqueSummary summary(Communique communique) {
        try {
            Connection connection = em.unwrap(Connection.class);
            List<CommuniqueSummary.PublishedPdf> pdfs = CommuniqueTables.publications(connection, communique.id(), false)
                    .stream().map(p -> new CommuniqueSummary.PublishedPdf(p.language(), p.sha256(), p.pages()))
                    .toList();
            Integer replacesVersion = communique.replacesId() == null ? null
                    : CommuniqueTables.find(connection, communique.replacesId()).map(Communique::version).orElse(null);
            Election election = em.find(Election.class, communique.electionId());
            ReportPeriod period = communique.kind().needsPeriod()
                    ? WeeklySnapshot.fromJson(communique.snapshotJson()).period() : null;
            return new CommuniqueSummary(communique.id(), communique.electionId(),
                    election == null ? "" : election.getName(), communique.kind(), period, communique.version(),
                    replacesVersion, communique.status(), communique.snapshotAt(), communique.createdBy(),
                    communique.createdAt(), communique.editedBy(), communique.approvedBy(), communique.approvedAt(),
                    communique.embargoUntil(), communique.publishedBy(), communique.publishedAt(), pdfs,
                    communique.isPublicAt(Instant.now(clock)));
        } catch (SQLException e) {
            throw new EJBException("Failed to read communique " + communique.id(), e);
        }
    }

    private Communique require(long id) {
        try {
            return CommuniqueTables.find(em.unwrap(Connection.class), id)
                    .orElseThrow(() -> new UserInputException("communique.error.notFound", id));
        } catch (SQLException e) {
            throw new EJBException("Failed to read communique " + id, e);
        }
    }

    private Communique requireForUpdate(long id) {
        try {
            return CommuniqueTables.findForUpdate(em.unwrap(Connection.class), id)
                    .orElseThrow(() -> new UserInputException("communique.error.notFound", id));
        } catch (SQLException e) {
            throw new EJBException("Failed to read communique " + id, e);
        }
    }

    private void store(Communique communique, CommuniqueStatus before) {
        try {
            CommuniqueTables.update(em.unwrap(Connection.class), communique, before);
        } catch (SQLException e) {
            throw new EJBException("Failed to store communique " + communique.id(), e);
        }
    }

    private void record(String actor, AuditAction action, Communique communique, String details) {
        String line = communique.kind() + " v" + communique.version() + " of election " + communique.electionId()
                + (details.isEmpty() ? "" : ": " + details);
        audit.record(actor, action, TARGET, Long.toString(communique.id()), line);
        LOG.info(() -> "Communique " + communique.id() + " " + action + " by " + actor + " (" + line + ")");
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }

    /** Runs a domain step, turning a broken workflow rule into the user's message. */
    private static void apply(Runnable step) {
        apply(() -> {
            step.run();
            return null;
        });
    }

    private static <T> T apply(java.util.function.Supplier<T> step) {
        try {
            return step.get();
        } catch (CommuniqueRuleException e) {
            throw new UserInputException(e.messageKey(), e.arguments());
        }
    }
}
