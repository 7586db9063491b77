package ml.modele.observation.domain.geography;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

class PollingFrameTest {

    private static final PollingCentre CENTRE = new PollingCentre("SEG-001", "ML040626", "École Darsalam", false);

    @Test
    void flattensStationsIntoSnapshots() {
        PollingFrame frame = new PollingFrame(List.of(CENTRE), List.of(
                new PollingStation("SEG-001-01", "SEG-001", 412, null, AreaType.URBAN, false)));

        assertEquals(new StationSnapshot("ML040626", "SEG-001", "École Darsalam", 412, null, AreaType.URBAN),
                frame.snapshots().get("SEG-001-01"));
        assertEquals(412, frame.totalRegisteredVoters());
    }

    @Test
    void rejectsUnknownCentreAndDuplicateCodes() {
        PollingStation station = new PollingStation("SEG-001-01", "SEG-001", 412, null, AreaType.URBAN, false);
        PollingStation orphan = new PollingStation("SEG-002-01", "SEG-002", 300, null, AreaType.URBAN, false);

        assertThrows(IllegalArgumentException.class, () -> new PollingFrame(List.of(CENTRE), List.of(orphan)));
        assertThrows(IllegalArgumentException.class,
                () -> new PollingFrame(List.of(CENTRE), List.of(station, station)));
        assertThrows(IllegalArgumentException.class, () -> new PollingFrame(List.of(CENTRE, CENTRE), List.of()));
    }
}
