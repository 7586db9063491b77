package ml.modele.observation.infrastructure.reports;

import java.text.MessageFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import ml.modele.observation.application.report.WeeklyReportData;

/**
 * The weekly report of the citizen watch cell as a PDF: the analysts' notes, the long-term
 * observers' reports by theme and the incidents of the period, with page numbers and the time of
 * the data on every page. French and English come from the same template and the
 * {@code watch-reports} bundle.
 */
@ApplicationScoped
public class WeeklyReport {

    static final String TEMPLATE = "/ml/modele/observation/reports/weekly-report.jrxml";

    /** Base name of the labels of the weekly report and of the deployment lists. */
    public static final String BUNDLE = "ml.modele.observation.i18n.watch-reports";

    private static final String NOTES = "1";
    private static final String THEMES = "2";
    private static final String INCIDENTS = "3";

    @Inject
    private ReportRenderer renderer;

    public WeeklyReport() {
    }

    /** Creates the report outside a container, for tests. */
    public WeeklyReport(ReportRenderer renderer) {
        this.renderer = renderer;
    }

    /** Renders the report; {@code printedAt} is printed beside the time of the data. */
    public byte[] pdf(WeeklyReportData data, Locale locale, Instant printedAt) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("DATA_TIME", format(ReportRenderer.labels(BUNDLE, locale), "report.dataTime", locale,
                ReportFormats.dateTime(data.dataAt(), locale), ReportFormats.dateTime(printedAt, locale)));
        return render(data, locale, parameters).pdf();
    }

    /**
     * Renders the report as a communiqué. The communiqués' header and page footer replace the
     * report's title, election line and footer.
     *
     * @param frameParameters the subreports of the header and footer and their values, as
     *                        {@link CommuniqueReport} builds them
     */
    public ReportRenderer.RenderedPdf renderCommunique(WeeklyReportData data, Locale locale,
                                                       Map<String, Object> frameParameters) {
        return render(data, locale, new HashMap<>(frameParameters));
    }

    private ReportRenderer.RenderedPdf render(WeeklyReportData data, Locale locale, Map<String, Object> parameters) {
        ResourceBundle labels = ReportRenderer.labels(BUNDLE, locale);
        parameters.put("ELECTION", data.electionName());
        parameters.put("PERIOD_LINE", format(labels, "weekly.period", locale, date(data.period().start(), locale),
                date(data.period().end(), locale)));
        parameters.put("COUNT_LINE", format(labels, "weekly.count", locale,
                ReportFormats.number(data.reportCount(), locale),
                ReportFormats.number(data.incidents().size(), locale),
                ReportFormats.number(data.criticalCount(), locale)));

        List<Map<String, ?>> rows = new ArrayList<>();
        addNotes(rows, data, labels);
        addThemes(rows, data, labels, locale);
        addIncidents(rows, data, labels, locale);
        return renderer.render(TEMPLATE, BUNDLE, locale, parameters, rows,
                labels.getString("weekly.title") + " — " + data.electionName());
    }

    private static void addNotes(List<Map<String, ?>> rows, WeeklyReportData data, ResourceBundle labels) {
        String body = data.note().isBlank() ? labels.getString("weekly.notes.none") : data.note();
        rows.add(row(NOTES, labels.getString("weekly.notes"), "", "", "", body));
    }

    private static void addThemes(List<Map<String, ?>> rows, WeeklyReportData data, ResourceBundle labels,
                                  Locale locale) {
        String title = labels.getString("weekly.themes");
        if (data.themes().isEmpty()) {
            rows.add(row(THEMES, title, "", "", "", labels.getString("weekly.themes.none")));
            return;
        }
        for (WeeklyReportData.ThemeExcerpt excerpt : data.themes()) {
            String heading = format(labels, "weekly.excerpt", locale, excerpt.observerName(), excerpt.observerCode(),
                    excerpt.regionName(), date(excerpt.period().start(), locale), date(excerpt.period().end(), locale));
            rows.add(row(THEMES, title, excerpt.themeCode(), excerpt.themeLabel(), heading, excerpt.text()));
        }
    }

    private static void addIncidents(List<Map<String, ?>> rows, WeeklyReportData data, ResourceBundle labels,
                                     Locale locale) {
        String title = labels.getString("weekly.incidents");
        if (data.incidents().isEmpty()) {
            rows.add(row(INCIDENTS, title, "", "", "", labels.getString("weekly.incidents.none")));
            return;
        }
        for (WeeklyReportData.IncidentLine incident : data.incidents()) {
            String categories = incident.critical()
                    ? incident.categories() + " (" + labels.getString("weekly.incident.critical") + ")"
                    : incident.categories();
            String heading = format(labels, "weekly.incident", locale,
                    ReportFormats.dateTime(incident.reportedAt(), locale), incident.regionName(),
                    incident.stationCode().isEmpty() ? labels.getString("weekly.incident.noStation")
                            : format(labels, "weekly.incident.station", locale, incident.stationCode()),
                    incident.observerCode(), categories, labels.getString("weekly.status." + incident.status()));
            rows.add(row(INCIDENTS, title, "", "", heading, incident.comment()));
        }
    }

    private static Map<String, Object> row(String section, String sectionTitle, String groupKey, String groupTitle,
                                           String heading, String body) {
        Map<String, Object> row = new HashMap<>();
        row.put("SECTION_KEY", section);
        row.put("SECTION_TITLE", sectionTitle);
        row.put("GROUP_KEY", groupKey);
        row.put("GROUP_TITLE", groupTitle);
        row.put("HEADING", heading);
        row.put("BODY", body);
        return row;
    }

    /** Formats a day as "5 juin 2023" in French, "June 5, 2023" in English. */
    static String date(LocalDate day, Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(day);
    }

    static String format(ResourceBundle labels, String key, Locale locale, Object... arguments) {
        return new MessageFormat(labels.getString(key), locale).format(arguments);
    }
}
