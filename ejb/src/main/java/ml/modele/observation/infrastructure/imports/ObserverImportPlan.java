package ml.modele.observation.infrastructure.imports;

import java.util.List;

import ml.modele.observation.domain.observer.ObserverDetails;

/**
 * What an observer import will write: one entry per accepted row, and the problems of the
 * rejected rows, sorted by row.
 *
 * @param rows     accepted rows in file order
 * @param problems every problem of every rejected row
 * @param rowCount data rows of the file
 */
public record ObserverImportPlan(List<PlannedRow> rows, List<ImportProblem> problems, int rowCount) {

    public ObserverImportPlan {
        rows = List.copyOf(rows);
        problems = List.copyOf(problems);
    }

    /** What happens to the observer of an accepted row. */
    public enum Action {
        ADD,
        UPDATE,
        UNCHANGED
    }

    /**
     * Accepted row.
     *
     * @param details the observer's values after the import; the code is null for a new observer
     *                whose row gave none, until the writer assigns one
     * @param changes for an update, the "column old -> new" entries; empty otherwise
     */
    public record PlannedRow(int rowNumber, Action action, ObserverDetails details, List<String> changes) {

        public PlannedRow {
            changes = List.copyOf(changes);
        }
    }

    /** Counts the accepted rows with this action. */
    public long count(Action action) {
        return rows.stream().filter(row -> row.action() == action).count();
    }

    /** Counts the rows rejected with at least one problem. */
    public long rejectedRows() {
        return problems.stream().mapToInt(ImportProblem::rowNumber).filter(row -> row > 1).distinct().count();
    }
}
