package ml.modele.observation.interfaces.web.shell;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a date typed as dd/mm/yyyy in a form. A value of another shape and a well-formed date
 * that does not exist (31/02/2023) get different messages, both naming the field and the value.
 */
public final class DateInput {

    /** Format in which the forms show a date. */
    public static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("dd/MM/uuuu");

    private static final Pattern SHAPE = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");
    private static final DateTimeFormatter MONTH_AND_YEAR = DateTimeFormatter.ofPattern("MMMM uuuu");

    private DateInput() {
    }

    /**
     * Returns the date typed, or null for a blank value.
     *
     * @param typed the value as typed; spaces around it are ignored
     * @param field the field's label for the message, such as "Date du scrutin"
     * @throws InvalidDateException with the message in the texts' language when the value is not a
     *                              date in the dd/mm/yyyy format or names a day that does not exist
     */
    public static LocalDate parse(String typed, String field, ScreenTexts texts) throws InvalidDateException {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String value = typed.trim();
        Matcher shape = SHAPE.matcher(value);
        if (!shape.matches()) {
            throw new InvalidDateException(texts.get("input.date.format", field, value));
        }
        int day = Integer.parseInt(shape.group(1));
        int month = Integer.parseInt(shape.group(2));
        int year = Integer.parseInt(shape.group(3));
        if (month < 1 || month > 12) {
            throw new InvalidDateException(texts.get("input.date.noSuchMonth", field, value));
        }
        YearMonth yearMonth = YearMonth.of(year, month);
        if (day < 1 || day > yearMonth.lengthOfMonth()) {
            String monthName = MONTH_AND_YEAR.withLocale(texts.locale()).format(yearMonth);
            throw new InvalidDateException(texts.get("input.date.noSuchDay", field, value, monthName,
                    yearMonth.lengthOfMonth()));
        }
        return yearMonth.atDay(day);
    }

    /** Formats a date as the forms show it, or returns "" for null. */
    public static String format(LocalDate date) {
        return date == null ? "" : FORMAT.format(date);
    }

    /** A typed value that is not a date, with the message to show. */
    public static final class InvalidDateException extends Exception {

        private static final long serialVersionUID = 1L;

        InvalidDateException(String message) {
            super(message);
        }
    }
}
