package ml.modele.observation.domain.pvt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SplitMix64Test {

    @Test
    void matchesReferenceOutputForSeedZero() {
        // Reference values of SplitMix64 from state 0, as output by the published C version.
        SplitMix64 random = new SplitMix64(0);

        assertEquals(0xE220A8397B1DCDAFL, random.nextLong());
        assertEquals(0x6E789E6AA1B965F4L, random.nextLong());
    }

    @Test
    void nextIntStaysWithinBound() {
        SplitMix64 random = new SplitMix64(7);
        int[] counts = new int[3];
        for (int i = 0; i < 30_000; i++) {
            int value = random.nextInt(3);
            assertTrue(value >= 0, "value " + value);
            assertTrue(value < 3, "value " + value);
            counts[value]++;
        }
        for (int count : counts) {
            // Expected 10,000 each with SD of about 82, so 9,500..10,500 fails only on a bug.
            assertTrue(count > 9_500, "count " + count);
            assertTrue(count < 10_500, "count " + count);
        }
    }
}
