package ml.modele.observation.interfaces.web.observers;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ml.modele.observation.interfaces.web.shell.ScreenTexts;

/**
 * Renders an entry of an observer's history, which the registry stores in English, in the
 * screen's language. The stored formats are those of {@code ObserverWriter} and
 * {@code ObserverRegistry}: "created, row 4", "row 4: status CANDIDATE -> ACTIVE; national_id
 * changed" with the column names of the observer file, and "phone +22376500000 verified false -> true".
 * An entry in another format is shown as stored.
 */
public final class ObserverChangeTexts {

    /** Source of a change made on the observer's screen rather than by a file. */
    static final String SCREEN = "screen";

    private static final Pattern CREATED = Pattern.compile("created, row (\\d+)");
    private static final Pattern ROW = Pattern.compile("row (\\d+): (.*)", Pattern.DOTALL);
    private static final Pattern COLUMN_CHANGE = Pattern.compile("(\\w+) (.*?) -> (.*)", Pattern.DOTALL);
    private static final Pattern PHONE_VERIFIED = Pattern.compile("phone (\\S+) verified (true|false) -> (true|false)");
    private static final String NATIONAL_ID_CHANGED = "national_id changed";

    private ObserverChangeTexts() {
    }

    /** Returns the details of a history entry in the screen's language. */
    public static String details(String stored, ScreenTexts texts) {
        if (stored == null) {
            return "";
        }
        Matcher created = CREATED.matcher(stored);
        if (created.matches()) {
            return texts.get("observer.history.created", created.group(1));
        }
        Matcher phone = PHONE_VERIFIED.matcher(stored);
        if (phone.matches()) {
            return texts.get(Boolean.parseBoolean(phone.group(3)) ? "observer.history.phoneVerified"
                    : "observer.history.phoneUnverified", phone.group(1));
        }
        Matcher row = ROW.matcher(stored);
        if (row.matches()) {
            List<String> changes = new ArrayList<>();
            for (String change : row.group(2).split("; ")) {
                changes.add(change(change, texts));
            }
            return texts.get("observer.history.row", row.group(1), texts.parts(changes));
        }
        return stored;
    }

    /** Returns the source of a history entry: the imported file's name, or the observer's screen. */
    public static String source(String stored, ScreenTexts texts) {
        return SCREEN.equals(stored) ? texts.get("observer.history.source.screen") : stored;
    }

    /**
     * Renders one "column old -> new" change of an import, with the column's label and enum values
     * and booleans through the bundles.
     */
    static String change(String change, ScreenTexts texts) {
        if (NATIONAL_ID_CHANGED.equals(change)) {
            return texts.get("observer.history.nationalIdChanged");
        }
        Matcher matcher = COLUMN_CHANGE.matcher(change);
        String columnKey = matcher.matches() ? "observer.history.column." + matcher.group(1) : null;
        if (columnKey == null || !texts.has(columnKey)) {
            return change;
        }
        String column = matcher.group(1);
        return texts.get("value.change", texts.get(columnKey), value(column, matcher.group(2), texts),
                value(column, matcher.group(3), texts));
    }

    private static String value(String column, String value, ScreenTexts texts) {
        if (value.isEmpty()) {
            return texts.get("value.none");
        }
        return switch (column) {
            case "sex" -> texts.label("observer.history.sex.", value);
            case "category" -> texts.label("observer.category.", value);
            case "status" -> texts.label("observer.status.", value);
            case "disability" -> "true".equals(value) || "false".equals(value)
                    ? texts.yesNo(Boolean.parseBoolean(value)) : value;
            case "phones" -> ScreenTexts.list(List.of(value.split(" ")));
            default -> value;
        };
    }
}
