package ml.modele.observation.application.report;

import java.time.Instant;
import java.util.List;

import ml.modele.observation.domain.report.ReportPeriod;

/**
 * Content of the weekly report of the citizen watch cell for one period, with every label
 * already in the report's language.
 *
 * @param electionName name of the election
 * @param period       the week (or other period) covered
 * @param note         analysts' notes of the period, empty when none was written
 * @param themes       excerpts of the long-term observers' reports, grouped by theme in form order
 * @param incidents    incidents reported during the period, oldest first
 * @param dataAt       time of the latest data printed: report version, incident or note
 */
public record WeeklyReportData(String electionName, ReportPeriod period, String note, List<ThemeExcerpt> themes,
                               List<IncidentLine> incidents, Instant dataAt) {

    /** Returns the number of distinct periodic reports quoted. */
    public long reportCount() {
        return themes.stream().map(ThemeExcerpt::reportId).distinct().count();
    }

    /** Returns the number of critical incidents. */
    public long criticalCount() {
        return incidents.stream().filter(IncidentLine::critical).count();
    }

    /**
     * Text of one theme in one periodic report.
     *
     * @param themeCode    question code of the theme
     * @param themeLabel   label of the theme
     * @param reportId     id of the periodic report
     * @param observerCode code of the observer who wrote it
     * @param observerName name of that observer
     * @param regionName   région the report is about
     * @param period       period the report covers
     * @param text         text of the theme
     */
    public record ThemeExcerpt(String themeCode, String themeLabel, long reportId, String observerCode,
                               String observerName, String regionName, ReportPeriod period, String text) {
    }

    /**
     * Incident of the period.
     *
     * @param reportedAt   time of its first message
     * @param regionName   région of the station, or of the observer without a station
     * @param stationCode  polling station, or empty
     * @param observerCode reporting observer
     * @param categories   labels of the categories reported, comma-separated
     * @param critical     whether a category is critical
     * @param status       review status (NEW, VERIFIED, REJECTED, FORWARDED)
     * @param comment      free comment of the message, or empty
     */
    public record IncidentLine(Instant reportedAt, String regionName, String stationCode, String observerCode,
                               String categories, boolean critical, String status, String comment) {
    }
}
