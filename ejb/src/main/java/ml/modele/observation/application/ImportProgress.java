package ml.modele.observation.application;

import java.io.Serializable;

/**
 * Progress of a running map import, read by the screen's progress bar while the import runs on
 * another thread. Percentages only go up.
 */
public final class ImportProgress implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Share of the bar given to reading and validating the file; writing takes the rest. */
    static final int VALIDATED = 30;

    private volatile int percent;

    /** Returns 0 to 100. */
    public int percent() {
        return percent;
    }

    /** Moves the bar forward to the given percentage; a lower value is ignored. */
    public void advanceTo(int value) {
        int bounded = Math.max(0, Math.min(100, value));
        if (bounded > percent) {
            percent = bounded;
        }
    }

    /** Moves the bar within the writing part, for {@code done} of {@code total} rows written. */
    public void written(int done, int total) {
        advanceTo(total == 0 ? 99 : VALIDATED + (int) ((99L - VALIDATED) * done / total));
    }
}
