package ml.modele.observation.domain.pvt;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class StratumMergerTest {

    private static StratumDesign stratum(String key, String region, int populationSize) {
        return new StratumDesign(key, region, populationSize, List.of());
    }

    @Test
    void prefersStratumOfSameRegion() {
        List<StratumDesign> design = List.of(
                stratum("KAYES|RURAL", "KAYES", 50),
                stratum("KAYES|URBAN", "KAYES", 500),
                stratum("KOULIKORO|RURAL", "KOULIKORO", 10));

        StratumMerger.Grouping grouping = StratumMerger.group(design, new int[] {5, 1, 5});

        assertEquals(List.of(new StratumMerge("KAYES|URBAN", 1, "KAYES|RURAL", true)), grouping.merges());
        assertEquals(List.of(0, 1), grouping.groups().get(0).strata());
        assertEquals(6, grouping.groups().get(0).reported());
        assertEquals(550, grouping.groups().get(0).populationSize());
    }

    @Test
    void picksSmallerNeighbourByKeyOrder() {
        List<StratumDesign> design = List.of(
                stratum("A", "A", 40),
                stratum("B", "B", 30),
                stratum("C", "C", 20),
                stratum("D", "D", 10));

        StratumMerger.Grouping grouping = StratumMerger.group(design, new int[] {3, 3, 0, 3});

        // C's neighbours are B (30 stations) and D (10): D is smaller.
        assertEquals(List.of(new StratumMerge("C", 0, "D", false)), grouping.merges());
        assertArrayEquals(new int[] {0, 1, 2, 2}, grouping.groupOfStratum());
        assertEquals("C", grouping.groups().get(2).key());
    }

    @Test
    void mergesAgainUntilTwoReports() {
        List<StratumDesign> design = List.of(
                stratum("A", "A", 10),
                stratum("B", "B", 10),
                stratum("C", "C", 10));

        StratumMerger.Grouping grouping = StratumMerger.group(design, new int[] {0, 1, 4});

        assertEquals(List.of(
                new StratumMerge("A", 0, "B", false),
                new StratumMerge("A", 1, "C", false)), grouping.merges());
        assertEquals(1, grouping.groups().size());
    }
}
