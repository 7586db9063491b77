package ml.modele.observation.infrastructure.reports;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * Number and date formats of printed reports, the same as on screen. French groups thousands
 * with a no-break space (8 463 084) and uses a decimal comma, so a figure never breaks across
 * lines.
 */
public final class ReportFormats {

    private static final char NO_BREAK_SPACE = '\u00A0';

    private ReportFormats() {
    }

    /** Formats a whole number with grouping, e.g. 8 463 084 in French and 8,463,084 in English. */
    public static String number(long value, Locale locale) {
        return decimal(locale, "#,##0").format(value);
    }

    /** Formats a number with the given decimals, e.g. 1 536,42 in French. */
    public static String decimal(double value, int decimals, Locale locale) {
        return decimal(locale, decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals)).format(value);
    }

    /** Formats a ratio (0.0609) as a percentage with two decimals, e.g. 6,09 % in French. */
    public static String percent(double ratio, Locale locale) {
        return percent(ratio, 2, locale);
    }

    /** Formats a ratio as a percentage with the given decimals, e.g. 95 % in French with none. */
    public static String percent(double ratio, int decimals, Locale locale) {
        String figure = decimal(ratio * 100, decimals, locale);
        return isFrench(locale) ? figure + NO_BREAK_SPACE + "%" : figure + "%";
    }

    /** Formats an instant as a date and time in Bamako's time zone. */
    public static String dateTime(Instant instant, Locale locale) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT, FormatStyle.MEDIUM)
                .withLocale(locale)
                .format(instant.atZone(ReportRenderer.MALI.toZoneId()));
    }

    private static DecimalFormat decimal(Locale locale, String pattern) {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(locale);
        if (isFrench(locale)) {
            symbols.setGroupingSeparator(NO_BREAK_SPACE);
            symbols.setDecimalSeparator(',');
        }
        return new DecimalFormat(pattern, symbols);
    }

    private static boolean isFrench(Locale locale) {
        return "fr".equals(locale.getLanguage());
    }
}
