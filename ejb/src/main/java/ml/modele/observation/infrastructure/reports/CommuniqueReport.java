package ml.modele.observation.infrastructure.reports;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import net.sf.jasperreports.engine.JRParameter;

import ml.modele.observation.application.report.WeeklyReportData;

/**
 * A communiqué as a PDF, in French or English. Every kind prints the same header (the mission's
 * logo and name, the title, the election and the version) and, on every page, the same footer (the
 * time of the data, the short content hash, the version and "Page n / N"). Both are subreports,
 * {@code communique-header.jrxml} and {@code communique-footer.jrxml}, filled by the kind's
 * template: {@code communique.jrxml} with the blocks of a statement, or the weekly report's own.
 */
@ApplicationScoped
public class CommuniqueReport {

    static final String TEMPLATE = "/ml/modele/observation/reports/communique.jrxml";
    static final String HEADER_TEMPLATE = "/ml/modele/observation/reports/communique-header.jrxml";
    static final String FOOTER_TEMPLATE = "/ml/modele/observation/reports/communique-footer.jrxml";

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

    /** Renders a statement in the locale's language (French unless English is asked). */
    public ReportRenderer.RenderedPdf render(CommuniqueDocument document, Locale locale) {
        CommuniqueTexts texts = new CommuniqueTexts(locale);
        CommuniqueFrame frame = document.frame();
        return renderer.render(TEMPLATE, CommuniqueTexts.BUNDLE, texts.locale(), frameParameters(frame, texts),
                new CommuniqueBlocks(texts, document).rows(), title(frame, texts) + " — " + frame.electionName());
    }

    /**
     * Renders a weekly report communiqué with the weekly report's own template, under the header and
     * above the footer of every communiqué.
     */
    public ReportRenderer.RenderedPdf renderWeekly(WeeklyReportData data, CommuniqueFrame frame, Locale locale) {
        CommuniqueTexts texts = new CommuniqueTexts(locale);
        return weeklyReport.renderCommunique(data, texts.locale(), frameParameters(frame, texts));
    }

    /**
     * Returns the template parameters that fill the shared header and footer: the two compiled
     * subreports and, in PART_PARAMETERS, their values with the communiqués' labels.
     */
    private Map<String, Object> frameParameters(CommuniqueFrame frame, CommuniqueTexts texts) {
        Map<String, Object> part = new HashMap<>();
        part.put("MISSION", branding.name());
        part.put("LOGO", branding.logo());
        part.put("TITLE", title(frame, texts));
        part.put("ELECTION", frame.electionName());
        part.put("VERSION_LINE", texts.versionLine(frame));
        part.put("STATUS_LINE", frame.published() ? null : texts.label("communique.draftMark"));
        part.put("FOOTER", texts.footer(frame));
        part.put(JRParameter.REPORT_LOCALE, texts.locale());
        part.put(JRParameter.REPORT_RESOURCE_BUNDLE, texts.labels());
        part.put(JRParameter.REPORT_TIME_ZONE, ReportRenderer.MALI);

        Map<String, Object> parameters = new HashMap<>();
        parameters.put("PART_PARAMETERS", part);
        parameters.put("HEADER_PART", renderer.template(HEADER_TEMPLATE));
        parameters.put("FOOTER_PART", renderer.template(FOOTER_TEMPLATE));
        return parameters;
    }

    private static String title(CommuniqueFrame frame, CommuniqueTexts texts) {
        return texts.label("communique.title." + frame.kind().name());
    }
}
