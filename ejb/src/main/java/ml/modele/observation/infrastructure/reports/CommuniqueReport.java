package ml.modele.observation.infrastructure.reports;

import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import ml.modele.observation.application.report.WeeklyReportData;

/**
 * A communiqué as a PDF, in French or English from the same template: the mission's logo and
 * name, the title and version, the blocks of its kind, and on every page the time of the data,
 * the short content hash and "Page n / N".
 */
@ApplicationScoped
public class CommuniqueReport {

    static final String TEMPLATE = "/ml/modele/observation/reports/communique.jrxml";

    @Inject
    private ReportRenderer renderer;

    @Inject
    private MissionBranding branding;

    @Inject
    private WeeklyReport weeklyReport;

    public CommuniqueReport() {
    }

    /** Creates the report outside a container, for tests and benchmarks. */
    public CommuniqueReport(ReportRenderer renderer, MissionBranding branding) {
        this.renderer = renderer;
        this.branding = branding;
        this.weeklyReport = new WeeklyReport(renderer);
    }

    /** Renders the communiqué in the locale's language (French unless English is asked). */
    public ReportRenderer.RenderedPdf render(CommuniqueDocument document, Locale locale) {
        CommuniqueTexts texts = new CommuniqueTexts(locale);
        String title = texts.label("communique.title." + document.kind().name());
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("MISSION", branding.name());
        parameters.put("LOGO", branding.logo());
        parameters.put("TITLE", title);
        parameters.put("ELECTION", document.snapshot().electionName());
        parameters.put("VERSION_LINE", texts.versionLine(document));
        parameters.put("STATUS_LINE", document.published() ? null : texts.label("communique.draftMark"));
        parameters.put("FOOTER", texts.footer(document));
        return renderer.render(TEMPLATE, CommuniqueTexts.BUNDLE, texts.locale(), parameters,
                new CommuniqueBlocks(texts, document).rows(), title + " — " + document.snapshot().electionName());
    }

    /**
     * Renders a weekly report communiqué with the weekly report's own template, with the draft mark
     * under the title until it is published.
     *
     * @param printedAt time printed beside the time of the data
     */
    public ReportRenderer.RenderedPdf renderWeekly(WeeklyReportData data, boolean published, Instant printedAt,
                                                   Locale locale) {
        CommuniqueTexts texts = new CommuniqueTexts(locale);
        String statusLine = published ? null : texts.label("communique.draftMark");
        return weeklyReport.render(data, texts.locale(), printedAt, statusLine);
    }
}
