package ml.modele.observation.interfaces.web.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import ml.modele.observation.domain.report.ReportPeriod;

class PeriodLabelTest {

    @Test
    void weekInOneMonthInFrench() {
        assertEquals("Semaine du 12 au 18 juin 2023", PeriodLabel.format(period("2023-06-12", "2023-06-18"),
                Locale.FRENCH));
    }

    @Test
    void weekInOneMonthInEnglish() {
        assertEquals("Week of June 12 to 18, 2023", PeriodLabel.format(period("2023-06-12", "2023-06-18"),
                Locale.ENGLISH));
    }

    @Test
    void weekOverTwoMonths() {
        ReportPeriod week = period("2023-05-29", "2023-06-04");

        assertEquals("Semaine du 29 mai au 4 juin 2023", PeriodLabel.format(week, Locale.FRENCH));
        assertEquals("Week of May 29 to June 4, 2023", PeriodLabel.format(week, Locale.ENGLISH));
    }

    @Test
    void weekOverTwoYears() {
        ReportPeriod week = period("2023-12-26", "2024-01-01");

        assertEquals("Semaine du 26 décembre 2023 au 1er janvier 2024", PeriodLabel.format(week, Locale.FRENCH));
        assertEquals("Week of December 26, 2023 to January 1, 2024", PeriodLabel.format(week, Locale.ENGLISH));
    }

    @Test
    void firstOfMonthIsOrdinalInFrench() {
        assertEquals("Semaine du 1er au 7 juin 2023", PeriodLabel.format(period("2023-06-01", "2023-06-07"),
                Locale.FRENCH));
    }

    @Test
    void periodOfOtherLengthIsNotWeek() {
        ReportPeriod fortnight = period("2023-06-05", "2023-06-18");

        assertEquals("Période du 5 au 18 juin 2023", PeriodLabel.format(fortnight, Locale.FRENCH));
        assertEquals("Period from June 5 to 18, 2023", PeriodLabel.format(fortnight, Locale.ENGLISH));
    }

    private static ReportPeriod period(String start, String end) {
        return new ReportPeriod(LocalDate.parse(start), LocalDate.parse(end));
    }
}
