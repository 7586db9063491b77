package ml.modele.observation.domain.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class ReportPeriodTest {

    private static final LocalDate JUNE_1 = LocalDate.of(2023, 6, 1);

    @Test
    void acceptsTwoWeeks() {
        ReportPeriod period = new ReportPeriod(JUNE_1, JUNE_1.plusDays(13));

        assertEquals(14, period.days());
    }

    @Test
    void acceptsOneDay() {
        assertEquals(1, new ReportPeriod(JUNE_1, JUNE_1).days());
    }

    @Test
    void rejectsEndBeforeStart() {
        InvalidPeriodException e = assertThrows(InvalidPeriodException.class,
                () -> new ReportPeriod(JUNE_1, JUNE_1.minusDays(1)));

        assertEquals(InvalidPeriodException.Reason.END_BEFORE_START, e.reason());
    }

    @Test
    void rejectsPeriodLongerThanAMonth() {
        InvalidPeriodException e = assertThrows(InvalidPeriodException.class,
                () -> new ReportPeriod(JUNE_1, JUNE_1.plusDays(ReportPeriod.MAX_DAYS)));

        assertEquals(InvalidPeriodException.Reason.TOO_LONG, e.reason());
        assertEquals(31, new ReportPeriod(JUNE_1, JUNE_1.plusDays(ReportPeriod.MAX_DAYS - 1)).days());
    }

    @Test
    void rejectsMissingDate() {
        InvalidPeriodException e = assertThrows(InvalidPeriodException.class, () -> new ReportPeriod(null, JUNE_1));

        assertEquals(InvalidPeriodException.Reason.MISSING, e.reason());
    }

    @Test
    void overlapsSharedDayOnly() {
        ReportPeriod week = new ReportPeriod(JUNE_1, JUNE_1.plusDays(6));

        assertTrue(week.overlaps(new ReportPeriod(JUNE_1.plusDays(6), JUNE_1.plusDays(19))));
        assertTrue(week.overlaps(new ReportPeriod(JUNE_1.minusDays(13), JUNE_1)));
        assertFalse(week.overlaps(new ReportPeriod(JUNE_1.plusDays(7), JUNE_1.plusDays(20))));
        assertFalse(week.overlaps(new ReportPeriod(JUNE_1.minusDays(14), JUNE_1.minusDays(1))));
    }
}
