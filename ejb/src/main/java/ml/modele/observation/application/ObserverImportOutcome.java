package ml.modele.observation.application;

import java.util.List;

import ml.modele.observation.infrastructure.imports.ImportProblem;

/**
 * What an observer import did. The good rows of a file are stored even when others are rejected.
 *
 * @param problems  every problem of the rejected rows, sorted by row
 * @param rowCount  data rows in the file
 * @param added     observers added
 * @param updated   observers whose values changed
 * @param unchanged rows identical to the stored observer
 * @param rejected  rows rejected whole
 */
public record ObserverImportOutcome(List<ImportProblem> problems, int rowCount, int added, int updated,
                                    int unchanged, int rejected) {

    public ObserverImportOutcome {
        problems = List.copyOf(problems);
    }

    /** Checks whether the file could not be read row by row at all, so nothing was stored. */
    public boolean unreadable() {
        return rowCount == 0 && !problems.isEmpty();
    }
}
