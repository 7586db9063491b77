package ml.modele.observation.interfaces.web.shell;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.ResourceBundle;

import ml.modele.observation.domain.report.ReportPeriod;

/**
 * The period of a weekly report as one line of text from the {@code messages} bundles: "Semaine
 * du 12 au 18 juin 2023" in French, "Week of June 12 to 18, 2023" in English. A period of another
 * length than seven days reads "Période du …" ("Period from …"). The month and the year print
 * once when both days share them.
 */
public final class PeriodLabel {

    private PeriodLabel() {
    }

    /** Returns the label of the period in the locale's language. */
    public static String format(ReportPeriod period, Locale locale) {
        ResourceBundle labels = ResourceBundle.getBundle(Messages.BUNDLE, locale);
        LocalDate start = period.start();
        LocalDate end = period.end();
        String rangeKey;
        if (start.getYear() != end.getYear()) {
            rangeKey = "communiques.period.range.years";
        } else if (start.getMonth() != end.getMonth()) {
            rangeKey = "communiques.period.range.months";
        } else {
            rangeKey = "communiques.period.range.days";
        }
        // Arguments: day, month and year of the first day, then of the last day.
        String range = format(labels, rangeKey, locale, day(labels, start, locale), month(start, locale),
                Integer.toString(start.getYear()), day(labels, end, locale), month(end, locale),
                Integer.toString(end.getYear()));
        String key = period.days() == 7 ? "communiques.period.week" : "communiques.period.other";
        return format(labels, key, locale, range);
    }

    private static String day(ResourceBundle labels, LocalDate date, Locale locale) {
        return format(labels, "communiques.period.day", locale, date.getDayOfMonth());
    }

    private static String month(LocalDate date, Locale locale) {
        return date.getMonth().getDisplayName(TextStyle.FULL, locale);
    }

    private static String format(ResourceBundle labels, String key, Locale locale, Object... arguments) {
        return new MessageFormat(labels.getString(key), locale).format(arguments);
    }
}
