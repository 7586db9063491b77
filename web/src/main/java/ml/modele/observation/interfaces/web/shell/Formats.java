package ml.modele.observation.interfaces.web.shell;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * Number and percentage formats of the screens. French uses a no-break space to group
 * thousands (8 463 084) and before the percent sign (38,23 %), so that a figure never
 * breaks across lines.
 */
public final class Formats {

    private static final char NO_BREAK_SPACE = '\u00A0';
    private static final String NO_FIGURE = "—";

    private Formats() {
    }

    public static String number(Number value, Locale locale) {
        return grouping(locale, "#,##0").format(value);
    }

    /** Formats a ratio as a percentage; NaN or an infinite ratio gives a dash, never "NaN %". */
    public static String percent(double ratio, Locale locale) {
        if (!Double.isFinite(ratio)) {
            return NO_FIGURE;
        }
        String figure = grouping(locale, "#,##0.00").format(ratio * 100);
        return isFrench(locale) ? figure + NO_BREAK_SPACE + "%" : figure + "%";
    }

    private static NumberFormat grouping(Locale locale, String pattern) {
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
