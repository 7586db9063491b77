package ml.modele.observation.domain.geography;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

class StationDiffTest {

    private static final StationSnapshot STATION_A = new StationSnapshot("ML040626", "ML040626-C001",
            "École Darsalam", 412, new Coordinates(13.4317, -6.2633), AreaType.URBAN);
    private static final StationSnapshot STATION_B = new StationSnapshot("ML040626", "ML040626-C001",
            "École Darsalam", 388, null, AreaType.URBAN);
    private static final StationSnapshot STATION_C = new StationSnapshot("ML010312", "ML010312-C004",
            "Mairie de Kayes", 530, null, AreaType.UNSPECIFIED);

    @Test
    void reimportOfSameStationsChangesNothing() {
        Map<String, StationSnapshot> stored = Map.of("A", STATION_A, "B", STATION_B, "C", STATION_C);

        StationDiff diff = StationDiff.compare(stored, new LinkedHashMap<>(stored));

        assertTrue(diff.isEmpty());
        assertEquals(List.of("A", "B", "C"), diff.unchanged());
        assertTrue(diff.changed().isEmpty());
        assertTrue(diff.added().isEmpty());
        assertTrue(diff.disappeared().isEmpty());
    }

    @Test
    void classifiesChangedNewAndDisappearedStations() {
        Map<String, StationSnapshot> stored = Map.of("A", STATION_A, "B", STATION_B, "C", STATION_C);
        StationSnapshot movedA = new StationSnapshot("ML040626", "ML040626-C002", "Lycée de Ségou", 420,
                new Coordinates(13.4317, -6.2633), AreaType.URBAN);
        StationSnapshot newD = new StationSnapshot("ML040626", "ML040626-C002", "Lycée de Ségou", 300, null,
                AreaType.URBAN);
        Map<String, StationSnapshot> imported = Map.of("A", movedA, "B", STATION_B, "D", newD);

        StationDiff diff = StationDiff.compare(stored, imported);

        assertFalse(diff.isEmpty());
        assertEquals(List.of("B"), diff.unchanged());
        assertEquals(List.of("D"), diff.added());
        assertEquals(List.of("C"), diff.disappeared());
        assertEquals(1, diff.changed().size());
        StationChange change = diff.changed().get(0);
        assertEquals("A", change.stationCode());
        assertEquals(STATION_A, change.before());
        assertEquals(movedA, change.after());
        assertEquals(Set.of(StationField.CENTRE_CODE, StationField.CENTRE_NAME, StationField.REGISTERED_VOTERS),
                change.changedFields());
    }

    @Test
    void detectsEachField() {
        StationSnapshot base = STATION_A;
        Map<StationField, StationSnapshot> variants = Map.of(
                StationField.COMMUNE_CODE, new StationSnapshot("ML040627", base.centreCode(), base.centreName(),
                        base.registeredVoters(), base.coordinates(), base.areaType()),
                StationField.REGISTERED_VOTERS, new StationSnapshot(base.communeCode(), base.centreCode(),
                        base.centreName(), 413, base.coordinates(), base.areaType()),
                StationField.COORDINATES, new StationSnapshot(base.communeCode(), base.centreCode(),
                        base.centreName(), base.registeredVoters(), null, base.areaType()),
                StationField.AREA, new StationSnapshot(base.communeCode(), base.centreCode(), base.centreName(),
                        base.registeredVoters(), base.coordinates(), AreaType.RURAL));

        for (Map.Entry<StationField, StationSnapshot> variant : variants.entrySet()) {
            StationDiff diff = StationDiff.compare(Map.of("A", base), Map.of("A", variant.getValue()));

            assertEquals(Set.of(variant.getKey()), diff.changed().get(0).changedFields(), variant.getKey().name());
        }
    }
}
