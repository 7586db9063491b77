package ml.modele.observation.application.report;

import java.time.LocalDate;

/**
 * Filter of the list of periodic reports; a null or blank value keeps everything.
 *
 * @param from   first day: reports whose period ends before it are left out
 * @param to     last day: reports whose period starts after it are left out
 * @param region région P-code (a regional coordinator gets theirs anyway)
 * @param theme  question code of a theme: only reports with a text on it are kept
 */
public record PeriodicReportFilter(LocalDate from, LocalDate to, String region, String theme) {

    /** Returns the filter that keeps every report. */
    public static PeriodicReportFilter all() {
        return new PeriodicReportFilter(null, null, null, null);
    }
}
