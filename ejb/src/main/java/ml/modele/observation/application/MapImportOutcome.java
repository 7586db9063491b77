package ml.modele.observation.application;

import java.io.Serializable;
import java.util.List;

import ml.modele.observation.infrastructure.imports.ImportProblem;

/**
 * Result of a map import or of its preview: the counts of what the import changed or would
 * change, or the problems of a rejected file. Only an {@link Status#APPLIED} outcome changed
 * stored data.
 *
 * @param status         what happened to the file
 * @param problems       every problem of a rejected file, sorted by row; empty otherwise
 * @param mapVersion     id of the map version written to, or compared with for a preview. It is
 *                       null for a rejected file and for the preview of the first map version.
 * @param newVersion     true when the import created, or would create, a new version
 * @param added          units or stations added
 * @param changed        units or stations whose values changed (a retired station back in the file included)
 * @param unchanged      units or stations identical to the stored ones
 * @param retired        active stations missing from the file, retired by the import
 * @param carried        stations copied from the previous version into a new one
 * @param centres        what the station file does to the polling centres; {@link CentreCounts#NONE} otherwise
 * @param activeStations active stations of the map version before the import; 0 for a file of units
 */
public record MapImportOutcome(Status status, List<ImportProblem> problems, Long mapVersion, boolean newVersion,
                               int added, int changed, int unchanged, int retired, int carried,
                               CentreCounts centres, int activeStations) implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Stage that the file reached. */
    public enum Status {
        /** The file has problems: nothing changed. */
        REJECTED,
        /** The file is valid and the counts give what applying it would change: nothing changed. */
        PREVIEWED,
        /** The file was applied. */
        APPLIED,
        /**
         * The file would retire more stations than the caller confirmed: nothing changed, and the
         * counts give what applying it would change.
         */
        RETIRE_NOT_CONFIRMED
    }

    /**
     * Changes that a station file makes to the polling centres.
     *
     * @param added     centres in the file but not stored
     * @param changed   stored centres whose name or commune the file changes
     * @param unchanged stored centres that the file states identically
     * @param retired   centres with an active station now and none in the file, so none after the import
     */
    public record CentreCounts(int added, int changed, int unchanged, int retired) implements Serializable {

        private static final long serialVersionUID = 1L;

        /** Counts of a file that lists no centres, such as a file of administrative units. */
        public static final CentreCounts NONE = new CentreCounts(0, 0, 0, 0);
    }

    public MapImportOutcome {
        problems = List.copyOf(problems);
    }

    static MapImportOutcome rejected(List<ImportProblem> problems) {
        return new MapImportOutcome(Status.REJECTED, problems, null, false, 0, 0, 0, 0, 0, CentreCounts.NONE, 0);
    }

    /** Checks whether the file is valid, whether or not it was applied. */
    public boolean accepted() {
        return problems.isEmpty();
    }

    public boolean applied() {
        return status == Status.APPLIED;
    }

    /** Checks whether the import changed, or would change, no stored value. */
    public boolean changedNothing() {
        return accepted() && !newVersion && added == 0 && changed == 0 && retired == 0;
    }

    /** Checks whether the import retires, or would retire, more than half of the active stations. */
    public boolean retiresMostStations() {
        return RetireConfirmation.retiresMostStations(retired, activeStations);
    }
}
