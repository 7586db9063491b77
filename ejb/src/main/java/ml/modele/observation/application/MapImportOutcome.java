package ml.modele.observation.application;

import java.util.List;

import ml.modele.observation.infrastructure.imports.ImportProblem;

/**
 * What a map import did, or why the file was rejected. A rejected file changed nothing.
 *
 * @param problems    every problem of a rejected file, sorted by row; empty for an accepted one
 * @param mapVersion  id of the map version written to, or null for a rejected file
 * @param newVersion  true when the import created that version
 * @param added       units or stations added
 * @param changed     units or stations whose values changed (a retired station back in the file included)
 * @param unchanged   units or stations identical to the stored ones
 * @param retired     stations missing from the file, now retired
 * @param carried     stations copied from the previous version into a new one
 */
public record MapImportOutcome(List<ImportProblem> problems, Long mapVersion, boolean newVersion, int added,
                               int changed, int unchanged, int retired, int carried) {

    public MapImportOutcome {
        problems = List.copyOf(problems);
    }

    static MapImportOutcome rejected(List<ImportProblem> problems) {
        return new MapImportOutcome(problems, null, false, 0, 0, 0, 0, 0);
    }

    public boolean accepted() {
        return problems.isEmpty();
    }

    /** Checks whether the import changed no stored value. */
    public boolean changedNothing() {
        return accepted() && !newVersion && added == 0 && changed == 0 && retired == 0;
    }
}
