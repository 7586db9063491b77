package ml.modele.observation.infrastructure.imports;

import java.util.List;

/**
 * Data row of an imported table.
 *
 * @param rowNumber row number as a spreadsheet shows it, where the header is row 1
 * @param cells     trimmed cell values, "" for an empty cell. A row can have fewer or more cells than the
 *                  header has columns.
 */
public record TableRow(int rowNumber, List<String> cells) {

    public TableRow {
        cells = List.copyOf(cells);
    }

    /** Checks whether every cell is empty. */
    public boolean isBlank() {
        return cells.stream().allMatch(String::isEmpty);
    }
}
