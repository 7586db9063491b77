package ml.modele.observation.interfaces.web.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ml.modele.observation.interfaces.web.shell.ScreenTexts;

/**
 * Renders the changes of a polling station that a station import stores in the audit trail,
 * "registered_voters 398 -> 401, area RURAL -> URBAN", with the station-file column names.
 */
final class StationChangeTexts {

    private static final String COLUMNS = "commune_code|centre_code|centre_name|registered_voters|latitude/longitude|area";

    /** One "column old -> new" change, up to the next change or the end of the text. */
    private static final Pattern CHANGE = Pattern.compile("(" + COLUMNS + ") (.*?) -> (.*?)(?=, (?:" + COLUMNS
            + ") |$)", Pattern.DOTALL);

    /** Coordinates as the record's {@code toString} writes them. */
    private static final Pattern COORDINATES = Pattern.compile(
            "Coordinates\\[latitude=([-0-9.E]+), longitude=([-0-9.E]+)\\]");

    private StationChangeTexts() {
    }

    /** Returns the changes in the screen's language, or empty when the text is not a list of changes. */
    static Optional<String> render(String stored, ScreenTexts texts) {
        List<String> changes = new ArrayList<>();
        Matcher change = CHANGE.matcher(stored);
        int expectedStart = 0;
        while (change.find()) {
            // Each change starts where the previous one ended, after its ", " separator.
            if (change.start() != expectedStart) {
                return Optional.empty();
            }
            String column = change.group(1);
            changes.add(texts.get("value.change", texts.get("audit.field.station." + column.replace('/', '_')),
                    value(column, change.group(2), texts), value(column, change.group(3), texts)));
            expectedStart = change.end() + 2;
        }
        boolean wholeText = expectedStart == stored.length() + 2;
        return changes.isEmpty() || !wholeText ? Optional.empty() : Optional.of(texts.parts(changes));
    }

    private static String value(String column, String value, ScreenTexts texts) {
        if (value.isEmpty() || "null".equals(value)) {
            return texts.get("value.none");
        }
        if ("area".equals(column)) {
            return texts.label("map.area.", value);
        }
        if ("registered_voters".equals(column) && value.matches("\\d{1,9}")) {
            return texts.number(Integer.parseInt(value));
        }
        Matcher coordinates = COORDINATES.matcher(value);
        return coordinates.matches() ? coordinates.group(1) + ScreenTexts.LIST_SEPARATOR + coordinates.group(2) : value;
    }
}
