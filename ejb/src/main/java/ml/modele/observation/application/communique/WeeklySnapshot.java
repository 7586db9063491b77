package ml.modele.observation.application.communique;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import ml.modele.observation.application.report.WeeklyReportData;
import ml.modele.observation.domain.report.ReportPeriod;

/**
 * Content of a weekly report communiqué, frozen when its draft is created and stored as JSON: the
 * period, the analysts' note, the long-term observers' reports by theme and the incidents, once
 * with French labels and once with English ones. Later edits of a note, a report or an incident
 * do not reach a draft or a published version. Dates and times are ISO-8601 text.
 *
 * @param periodStart first day of the week
 * @param periodEnd   last day of the week
 * @param french      content with French labels
 * @param english     content with English labels
 */
public record WeeklySnapshot(String periodStart, String periodEnd, Edition french, Edition english) {

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    /** The content in one language, field for field as {@link WeeklyReportData}. */
    public record Edition(String electionName, String note, List<Excerpt> themes, List<Incident> incidents,
                          String dataAt) {
    }

    /** One theme of one periodic report, as {@link WeeklyReportData.ThemeExcerpt}. */
    public record Excerpt(String themeCode, String themeLabel, long reportId, String observerCode,
                          String observerName, String regionName, String periodStart, String periodEnd, String text) {
    }

    /** One incident of the week, as {@link WeeklyReportData.IncidentLine}. */
    public record Incident(String reportedAt, String regionName, String stationCode, String observerCode,
                           String categories, boolean critical, String status, String comment) {
    }

    /** Freezes the French and English content of the same week. */
    public static WeeklySnapshot of(WeeklyReportData french, WeeklyReportData english) {
        return new WeeklySnapshot(french.period().start().toString(), french.period().end().toString(),
                edition(french), edition(english));
    }

    /** Returns the week covered. */
    public ReportPeriod period() {
        return new ReportPeriod(LocalDate.parse(periodStart), LocalDate.parse(periodEnd));
    }

    /** Returns the frozen content in the locale's language, French unless English is asked for. */
    public WeeklyReportData data(Locale locale) {
        Edition edition = "en".equals(locale.getLanguage()) ? english : french;
        List<WeeklyReportData.ThemeExcerpt> themes = edition.themes().stream()
                .map(excerpt -> new WeeklyReportData.ThemeExcerpt(excerpt.themeCode(), excerpt.themeLabel(),
                        excerpt.reportId(), excerpt.observerCode(), excerpt.observerName(), excerpt.regionName(),
                        new ReportPeriod(LocalDate.parse(excerpt.periodStart()), LocalDate.parse(excerpt.periodEnd())),
                        excerpt.text()))
                .toList();
        List<WeeklyReportData.IncidentLine> incidents = edition.incidents().stream()
                .map(incident -> new WeeklyReportData.IncidentLine(Instant.parse(incident.reportedAt()),
                        incident.regionName(), incident.stationCode(), incident.observerCode(),
                        incident.categories(), incident.critical(), incident.status(), incident.comment()))
                .toList();
        return new WeeklyReportData(edition.electionName(), period(), edition.note(), themes, incidents,
                Instant.parse(edition.dataAt()));
    }

    /** Returns the snapshot as JSON. */
    public String toJson() {
        try {
            return JSON.writeValueAsString(this);
        } catch (IOException e) {
            throw new UncheckedIOException("Writing a weekly report snapshot as JSON failed", e);
        }
    }

    /** Reads a snapshot written by {@link #toJson}. */
    public static WeeklySnapshot fromJson(String json) {
        try {
            return JSON.readValue(json, WeeklySnapshot.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Reading a weekly report snapshot failed", e);
        }
    }

    private static Edition edition(WeeklyReportData data) {
        List<Excerpt> themes = data.themes().stream()
                .map(excerpt -> new Excerpt(excerpt.themeCode(), excerpt.themeLabel(), excerpt.reportId(),
                        excerpt.observerCode(), excerpt.observerName(), excerpt.regionName(),
                        excerpt.period().start().toString(), excerpt.period().end().toString(), excerpt.text()))
                .toList();
        List<Incident> incidents = data.incidents().stream()
                .map(incident -> new Incident(incident.reportedAt().toString(), incident.regionName(),
                        incident.stationCode(), incident.observerCode(), incident.categories(), incident.critical(),
                        incident.status(), incident.comment()))
                .toList();
        return new Edition(data.electionName(), data.note(), themes, incidents, data.dataAt().toString());
    }
}
