package ml.modele.observation.interfaces.web.shell;

import java.text.MessageFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.Collection;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Texts and value formats of the screens in one language, from the {@code messages} bundles.
 * The renderers of stored values use it, so that unit tests can run them without a JSF context.
 */
public final class ScreenTexts {

    /** Separator of the items of a list shown on one line, such as an observer's phone numbers. */
    public static final String LIST_SEPARATOR = ", ";

    private final Locale locale;
    private final ResourceBundle bundle;

    public ScreenTexts(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(Messages.BUNDLE, locale);
    }

    public Locale locale() {
        return locale;
    }

    public boolean isFrench() {
        return "fr".equals(locale.getLanguage());
    }

    /**
     * Returns the message of a key, formatted with {@link MessageFormat} when there are arguments,
     * or {@code ??key??} when the bundle lacks the key. A message without arguments is returned as
     * written, unless it doubles its apostrophes ({@code n''est}) for the REST API's MessageFormat:
     * such a message is formatted too, so that the screen shows one apostrophe.
     */
    public String get(String key, Object... arguments) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return "??" + key + "??";
        }
        if (arguments.length == 0 && !pattern.contains("''")) {
            return pattern;
        }
        try {
            return new MessageFormat(pattern, locale).format(arguments);
        } catch (IllegalArgumentException e) {
            return pattern;
        }
    }

    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    /**
     * Returns the label of a stored constant, such as an enum name, from the key {@code prefix + value},
     * or the value itself when the bundle has no such key, so that an unforeseen value stays readable.
     */
    public String label(String prefix, String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        return has(prefix + value) ? get(prefix + value) : value;
    }

    /** Returns "Oui" or "Non" ("Yes" or "No" in English). */
    public String yesNo(boolean value) {
        return get(value ? "value.yes" : "value.no");
    }

    /** Joins the items with ", ", e.g. the phone numbers of an observer; empty for null. */
    public static String list(Collection<?> items) {
        if (items == null) {
            return "";
        }
        return String.join(LIST_SEPARATOR, items.stream().map(String::valueOf).toList());
    }

    /**
     * Joins the parts of one sentence with a semicolon, which French typography precedes with a
     * space ("a ; b") and English does not ("a; b").
     */
    public String parts(Collection<String> parts) {
        return String.join(isFrench() ? " ; " : "; ", parts);
    }

    /** Formats a whole number with the locale's grouping. */
    public String number(Number value) {
        return value == null ? "" : Formats.number(value, locale);
    }

    /** Formats an instant as a date and time in Mali's time zone. */
    public String dateTime(Instant instant) {
        return instant == null ? ""
                : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT, FormatStyle.MEDIUM)
                        .withLocale(locale)
                        .format(instant.atZone(Messages.MALI));
    }

    /** Formats a date in the locale's short style, e.g. 18/06/2023. */
    public String date(LocalDate date) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(locale)
                .format(date);
    }

    /** Formats a stored ISO-8601 instant such as 2026-06-18T07:30:00Z, or returns the text as it is. */
    public String dateTime(String isoInstant) {
        try {
            return dateTime(Instant.parse(isoInstant));
        } catch (DateTimeParseException e) {
            return isoInstant;
        }
    }

    /** Formats a stored ISO-8601 date such as 2023-06-18, or returns the text as it is. */
    public String date(String isoDate) {
        try {
            return date(LocalDate.parse(isoDate));
        } catch (DateTimeParseException e) {
            return isoDate;
        }
    }
}
