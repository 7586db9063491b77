package ml.modele.observation.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import ml.modele.observation.application.MapImportOutcome.CentreCounts;
import ml.modele.observation.application.MapImportOutcome.Status;
import ml.modele.observation.domain.geography.AreaType;
import ml.modele.observation.domain.geography.Coordinates;
import ml.modele.observation.domain.geography.PollingCentre;
import ml.modele.observation.domain.geography.PollingFrame;
import ml.modele.observation.domain.geography.PollingStation;
import ml.modele.observation.domain.geography.StationSnapshot;
import ml.modele.observation.infrastructure.persistence.MapTables.StoredCentre;
import ml.modele.observation.infrastructure.persistence.MapTables.StoredStation;

class StationImportPlanTest {

    private static final String SEGOU = "ML040626";
    private static final PollingCentre MEDINE = new PollingCentre("SEG-C1", SEGOU, "École de Médine", false);
    private static final PollingCentre MAIRIE = new PollingCentre("SEG-C2", SEGOU, "Mairie de Ségou", false);
    private static final PollingCentre LYCEE = new PollingCentre("SEG-C3", SEGOU, "Lycée de Ségou", false);

    /** Stored: C1 with B1 and B2, C2 with B1, C3 with B1 already retired. */
    private final Map<String, StoredCentre> centres = new HashMap<>(Map.of(
            MEDINE.code(), new StoredCentre(1, MEDINE),
            MAIRIE.code(), new StoredCentre(2, MAIRIE),
            LYCEE.code(), new StoredCentre(3, LYCEE)));
    private final Map<String, StoredStation> stations = new HashMap<>(Map.of(
            "SEG-C1-B1", stored(11, MEDINE, 412, false),
            "SEG-C1-B2", stored(12, MEDINE, 398, false),
            "SEG-C2-B1", stored(21, MAIRIE, 250, false),
            "SEG-C3-B1", stored(31, LYCEE, 300, true)));

    @Test
    void sameFileChangesNothing() {
        PollingFrame frame = frame(List.of(MEDINE, MAIRIE), List.of(
                station("SEG-C1-B1", MEDINE, 412), station("SEG-C1-B2", MEDINE, 398),
                station("SEG-C2-B1", MAIRIE, 250)));

        MapImportOutcome outcome = StationImportPlan.of(centres, stations, frame).outcome(Status.PREVIEWED, 1);

        assertTrue(outcome.changedNothing());
        assertEquals(3, outcome.unchanged());
        assertEquals(0, outcome.retired());
        assertEquals(new CentreCounts(0, 0, 2, 0), outcome.centres());
        assertEquals(3, outcome.activeStations());
        assertFalse(outcome.applied());
    }

    @Test
    void countsStationsAndCentresAddedChangedAndRetired() {
        PollingCentre renamed = new PollingCentre(MAIRIE.code(), SEGOU, "Hôtel de ville de Ségou", false);
        PollingCentre added = new PollingCentre("SEG-C4", SEGOU, "École de Pelengana", false);
        PollingFrame frame = frame(List.of(renamed, added), List.of(
                station("SEG-C2-B1", renamed, 250), station("SEG-C4-B1", added, 320),
                station("SEG-C4-B2", added, 310)));

        StationImportPlan plan = StationImportPlan.of(centres, stations, frame);
        MapImportOutcome outcome = plan.outcome(Status.PREVIEWED, 1);

        assertEquals(2, outcome.added());
        assertEquals(1, outcome.changed());
        assertEquals(0, outcome.unchanged());
        assertEquals(2, outcome.retired());
        assertEquals(List.of("SEG-C1-B1", "SEG-C1-B2"), plan.retiring);
        assertEquals(new CentreCounts(1, 1, 0, 1), outcome.centres());
        assertEquals(3, outcome.activeStations());
        assertTrue(outcome.retiresMostStations());
    }

    @Test
    void retiredStationBackInFileIsChanged() {
        PollingFrame frame = frame(List.of(MEDINE, MAIRIE, LYCEE), List.of(
                station("SEG-C1-B1", MEDINE, 412), station("SEG-C1-B2", MEDINE, 398),
                station("SEG-C2-B1", MAIRIE, 250), station("SEG-C3-B1", LYCEE, 300)));

        StationImportPlan plan = StationImportPlan.of(centres, stations, frame);
        MapImportOutcome outcome = plan.outcome(Status.PREVIEWED, 1);

        assertEquals(List.of("SEG-C3-B1"), plan.reinstated);
        assertEquals(1, outcome.changed());
        assertEquals(3, outcome.unchanged());
        assertEquals(0, outcome.retired());
        assertFalse(outcome.changedNothing());
    }

    @Test
    void smallFileAgainstWholeFrameRetiresMost() {
        PollingFrame frame = frame(List.of(LYCEE), List.of(station("SEG-C3-B9", LYCEE, 100)));

        MapImportOutcome outcome = StationImportPlan.of(centres, stations, frame).outcome(Status.PREVIEWED, 1);

        assertEquals(3, outcome.retired());
        assertEquals(3, outcome.activeStations());
        assertEquals(2, outcome.centres().retired());
        assertTrue(outcome.retiresMostStations());
        assertFalse(RetireConfirmation.NONE.allows(outcome.retired(), outcome.activeStations()));
        assertTrue(RetireConfirmation.upTo(3).allows(outcome.retired(), outcome.activeStations()));
        assertTrue(RetireConfirmation.ANY.allows(outcome.retired(), outcome.activeStations()));
    }

    @Test
    void positionsCompareAtStoredPrecision() {
        StoredStation placed = new StoredStation(41, new StationSnapshot(SEGOU, MEDINE.code(), MEDINE.name(), 412,
                new Coordinates(13.431700, -6.265800), AreaType.URBAN), false);
        PollingFrame frame = frame(List.of(MEDINE), List.of(new PollingStation("SEG-C1-B1", MEDINE.code(), 412,
                new Coordinates(13.43170004, -6.26579996), AreaType.URBAN, false)));

        MapImportOutcome outcome = StationImportPlan.of(centres, Map.of("SEG-C1-B1", placed), frame)
                .outcome(Status.PREVIEWED, 1);

        assertEquals(1, outcome.unchanged());
        assertEquals(0, outcome.changed());
    }

    private static StoredStation stored(long id, PollingCentre centre, int voters, boolean retired) {
        return new StoredStation(id, new StationSnapshot(centre.communeCode(), centre.code(), centre.name(), voters,
                null, AreaType.URBAN), retired);
    }

    private static PollingStation station(String code, PollingCentre centre, int voters) {
        return new PollingStation(code, centre.code(), voters, null, AreaType.URBAN, false);
    }

    private static PollingFrame frame(List<PollingCentre> centres, List<PollingStation> stations) {
        return new PollingFrame(centres, stations);
    }
}
