package ml.modele.observation.interfaces.web.shell;

import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import ml.modele.observation.application.UserInputException;
import ml.modele.observation.domain.report.ReportPeriod;

/**
 * Messages of the screens in the session's language, from the {@code messages} bundles,
 * with French-style numbers, percentages and dates by default.
 */
@Named("fmt")
@RequestScoped
public class Messages {

    public static final String BUNDLE = "ml.modele.observation.i18n.messages";

    /** Bamako's time zone, used for every date and time shown. */
    public static final ZoneId MALI = ZoneId.of("Africa/Bamako");

    @Inject
    private LocaleBean localeBean;

    public String get(String key, Object... arguments) {
        Locale locale = localeBean.getLocale();
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale);
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return "??" + key + "??";
        }
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
    }

    /** Returns the message of a request a user can correct. */
    public String of(UserInputException e) {
        return get(e.messageKey(), e.arguments());
    }

    /** Formats a whole number with the locale's grouping, e.g. 8 463 084 in French. */
    public String number(Number value) {
        return value == null ? "" : Formats.number(value, localeBean.getLocale());
    }

    /** Formats a ratio (0.3823) as a percentage with two decimals, e.g. 38,23 % in French. */
    public String percent(Number ratio) {
        return ratio == null ? "" : Formats.percent(ratio.doubleValue(), localeBean.getLocale());
    }

    /** Formats an instant as a date and time in Mali's time zone. */
    public String dateTime(Instant instant) {
        return instant == null ? ""
                : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT, FormatStyle.MEDIUM)
                        .withLocale(localeBean.getLocale())
                        .format(instant.atZone(MALI));
    }

    /** Returns the label of a weekly report's period, e.g. "Semaine du 12 au 18 juin 2023", or an empty text. */
    public String period(ReportPeriod period) {
        return period == null ? "" : PeriodLabel.format(period, localeBean.getLocale());
    }

    /** Formats an instant as a time of day in Mali's time zone. */
    public String time(Instant instant) {
        return instant == null ? ""
                : DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT)
                        .withLocale(localeBean.getLocale())
                        .format(instant.atZone(MALI));
    }
}
