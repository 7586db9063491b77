package ml.modele.observation.infrastructure.imports;

import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;

/**
 * Header and data rows of an imported CSV file or first worksheet, before any validation.
 *
 * @param headers trimmed column names of row 1, in file order
 * @param rows    data rows from row 2 on, blank rows left out
 */
public record Table(List<String> headers, List<TableRow> rows) {

    public Table {
        headers = List.copyOf(headers);
        rows = List.copyOf(rows);
    }

    /** Returns the position of a column, matched without regard to case, or empty if no header matches. */
    public OptionalInt columnIndex(String column) {
        String wanted = column.toLowerCase(Locale.ROOT);
        for (int i = 0; i < headers.size(); i++) {
            if (headers.get(i).toLowerCase(Locale.ROOT).equals(wanted)) {
                return OptionalInt.of(i);
            }
        }
        return OptionalInt.empty();
    }
}
