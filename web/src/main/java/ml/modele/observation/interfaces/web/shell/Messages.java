package ml.modele.observation.interfaces.web.shell;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Collection;

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
        return texts().get(key, arguments);
    }

    /** Returns the texts of the session's language, for the renderers of stored values. */
    public ScreenTexts texts() {
        return new ScreenTexts(localeBean.getLocale());
    }

    /**
     * Returns the label of a stored constant from the key {@code prefix + value}, or the value
     * itself when the bundle has no such key.
     */
    public String label(String prefix, Object value) {
        return value == null ? "" : texts().label(prefix, value.toString());
    }

    /** Returns "Oui" or "Non" ("Yes" or "No" in English). */
    public String yesNo(boolean value) {
        return texts().yesNo(value);
    }

    /** Joins the items with ", ", e.g. the phone numbers of an observer. */
    public String list(Collection<?> items) {
        return ScreenTexts.list(items);
    }

    /** Formats a date in the session's language, e.g. 18/06/2023. */
    public String date(LocalDate date) {
        return texts().date(date);
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
        return texts().dateTime(instant);
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
