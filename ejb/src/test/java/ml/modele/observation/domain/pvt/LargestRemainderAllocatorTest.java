package ml.modele.observation.domain.pvt;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class LargestRemainderAllocatorTest {

    @Test
    void givesLeftoverUnitsToLargestRemainders() {
        // Quotas 4.5, 3.5 and 2.0 round down to 4, 3 and 2. The unit left goes to the first of
        // the two strata tied on remainder 0.5.
        int[] allocation = LargestRemainderAllocator.allocate(10,
                new double[] {45, 35, 20}, new int[] {100, 100, 100});

        assertArrayEquals(new int[] {5, 3, 2}, allocation);
    }

    @Test
    void capsStratumAtItsSize() {
        // Quotas 6 * (8, 1, 1) / 10 = 4.8, 0.6, 0.6, but the first stratum has 2 stations.
        int[] allocation = LargestRemainderAllocator.allocate(6,
                new double[] {8, 1, 1}, new int[] {2, 10, 10});

        assertArrayEquals(new int[] {2, 2, 2}, allocation);
    }

    @Test
    void rejectsSampleLargerThanFrame() {
        assertThrows(IllegalArgumentException.class,
                () -> LargestRemainderAllocator.allocate(5, new double[] {1, 1}, new int[] {2, 2}));
    }
}
