package ml.modele.observation.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import ml.modele.observation.infrastructure.imports.ImportProblem;

class ImportProgressTest {

    @Test
    void neverGoesBack() {
        ImportProgress progress = new ImportProgress();

        progress.advanceTo(40);
        progress.advanceTo(20);

        assertEquals(40, progress.percent());
    }

    @Test
    void writingFillsTheBarAfterValidation() {
        ImportProgress progress = new ImportProgress();

        progress.written(0, 1000);
        int start = progress.percent();
        progress.written(500, 1000);
        int half = progress.percent();
        progress.written(1000, 1000);

        assertEquals(ImportProgress.VALIDATED, start);
        assertEquals(64, half);
        assertEquals(99, progress.percent());
    }

    @Test
    void boundsPercentages() {
        ImportProgress progress = new ImportProgress();

        progress.advanceTo(250);

        assertEquals(100, progress.percent());
    }

    @Test
    void outcomeTellsWhetherAnythingChanged() {
        MapImportOutcome same = new MapImportOutcome(MapImportOutcome.Status.APPLIED, List.of(), 1L, false, 0, 0,
                764, 0, 0, MapImportOutcome.CentreCounts.NONE, 0);
        MapImportOutcome added = new MapImportOutcome(MapImportOutcome.Status.PREVIEWED, List.of(), 1L, false, 3, 0,
                761, 0, 0, MapImportOutcome.CentreCounts.NONE, 0);
        MapImportOutcome rejected = MapImportOutcome.rejected(List.of(ImportProblem.ofFile("file.noRows")));

        assertTrue(same.changedNothing());
        assertTrue(same.applied());
        assertFalse(added.changedNothing());
        assertFalse(added.applied());
        assertFalse(rejected.accepted());
        assertFalse(rejected.changedNothing());
    }
}
