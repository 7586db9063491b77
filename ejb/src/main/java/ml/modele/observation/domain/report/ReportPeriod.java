package ml.modele.observation.domain.report;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Period (période) that a periodic report or a weekly report covers, from its first to its last
 * day, both included. Long-term observers report every two weeks, so a period is at most
 * {@value #MAX_DAYS} days long: a longer one is a typing error in a date.
 *
 * @param start first day
 * @param end   last day, not before {@code start}
 */
public record ReportPeriod(LocalDate start, LocalDate end) {

    /** Longest period accepted, in days: a calendar month. */
    public static final int MAX_DAYS = 31;

    public ReportPeriod {
        if (start == null || end == null) {
            throw new InvalidPeriodException(InvalidPeriodException.Reason.MISSING, start, end);
        }
        if (end.isBefore(start)) {
            throw new InvalidPeriodException(InvalidPeriodException.Reason.END_BEFORE_START, start, end);
        }
        if (ChronoUnit.DAYS.between(start, end) + 1 > MAX_DAYS) {
            throw new InvalidPeriodException(InvalidPeriodException.Reason.TOO_LONG, start, end);
        }
    }

    /** Returns the number of days of the period, both ends included. */
    public long days() {
        return ChronoUnit.DAYS.between(start, end) + 1;
    }

    /** Tells whether the two periods share at least one day. */
    public boolean overlaps(ReportPeriod other) {
        return !start.isAfter(other.end) && !end.isBefore(other.start);
    }

    /** Tells whether the day lies in the period. */
    public boolean contains(LocalDate day) {
        return !day.isBefore(start) && !day.isAfter(end);
    }
}
