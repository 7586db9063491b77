package ml.modele.observation.infrastructure.imports;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;

/** Header checks shared by the importers, and cell access by column name. */
final class TableColumns {

    private final Map<String, Integer> indexes;
    private final int width;

    private TableColumns(Map<String, Integer> indexes, int width) {
        this.indexes = indexes;
        this.width = width;
    }

    /**
     * Finds the required and optional columns in the header. Adds a problem for an empty file,
     * a file without data rows, a missing required column or a column named twice.
     *
     * @return the columns, or null if the header makes row checks pointless
     */
    static TableColumns resolve(Table table, List<String> required, List<String> optional,
                                List<ImportProblem> problems) {
        if (table.headers().isEmpty()) {
            problems.add(ImportProblem.ofFile("file.empty"));
            return null;
        }

        int before = problems.size();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < table.headers().size(); i++) {
            String header = table.headers().get(i);
            String key = header.toLowerCase(Locale.ROOT);
            if (!header.isEmpty() && seen.putIfAbsent(key, i) != null) {
                problems.add(ImportProblem.of(1, header, header, "column.duplicate"));
            }
        }

        Map<String, Integer> indexes = new HashMap<>();
        for (String column : required) {
            OptionalInt index = table.columnIndex(column);
            if (index.isPresent()) {
                indexes.put(column, index.getAsInt());
            } else {
                problems.add(ImportProblem.of(1, column, "", "column.missing", String.join(", ", required)));
            }
        }
        for (String column : optional) {
            table.columnIndex(column).ifPresent(index -> indexes.put(column, index));
        }

        if (problems.size() > before) {
            return null;
        }
        if (table.rows().isEmpty()) {
            problems.add(ImportProblem.ofFile("file.noRows"));
            return null;
        }
        return new TableColumns(indexes, table.headers().size());
    }

    /** Checks whether the file has this column. */
    boolean has(String column) {
        return indexes.containsKey(column);
    }

    /** Returns a cell by column name, "" when the row is shorter or the optional column is absent. */
    String cell(TableRow row, String column) {
        Integer index = indexes.get(column);
        return index == null || index >= row.cells().size() ? "" : row.cells().get(index);
    }

    /**
     * Adds a problem when a row has a value beyond the last header column, which usually means a
     * value containing the delimiter without quotes around it.
     */
    void checkWidth(TableRow row, List<ImportProblem> problems) {
        for (int i = width; i < row.cells().size(); i++) {
            if (!row.cells().get(i).isEmpty()) {
                problems.add(ImportProblem.of(row.rowNumber(), "", row.cells().get(i), "row.tooManyValues",
                        Integer.toString(row.cells().size()), Integer.toString(width)));
                return;
            }
        }
    }
}
