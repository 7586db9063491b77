package ml.modele.observation.infrastructure.imports;

import java.util.List;

/**
 * Observer file after the checks that need no stored observer: the valid rows, and the problems
 * of the rows that are rejected.
 *
 * @param rows       rows without a problem, in file order
 * @param problems   problems sorted by row; a problem in row 0 or 1 (the whole file or its header)
 *                   means that no row was read
 * @param rowCount   data rows in the file, blank rows left out
 */
public record ObserverFile(List<ObserverFileRow> rows, List<ImportProblem> problems, int rowCount) {

    public ObserverFile {
        rows = List.copyOf(rows);
        problems = List.copyOf(problems);
    }

    /** Creates the result of a file whose header or format prevents reading any row. */
    static ObserverFile unreadable(List<ImportProblem> problems) {
        return new ObserverFile(List.of(), problems, 0);
    }

    /** Checks whether the file could not be read row by row at all. */
    public boolean unreadable() {
        return rowCount == 0 && !problems.isEmpty();
    }
}
