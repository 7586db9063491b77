package ml.modele.observation.domain.pvt;

/**
 * SplitMix64 pseudorandom generator (Steele, Lea and Flood, "Fast splittable pseudorandom
 * number generators", OOPSLA 2014). The sequence is fixed by the seed and by the constants
 * below, so a draw can be replayed on any JVM version, which {@code java.util.Random}'s
 * contract covers but {@code SplittableRandom}'s does not state.
 *
 * <p>Not thread-safe: use one instance per draw.
 */
final class SplitMix64 {

    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

    private long state;

    SplitMix64(long seed) {
        this.state = seed;
    }

    /** Advances the state and returns the next 64-bit output. */
    long nextLong() {
        state += GOLDEN_GAMMA;
        long z = state;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /**
     * Returns a uniform integer in [0, bound). Rejects the top partial block of the 63-bit
     * range so that every value has the same probability.
     */
    int nextInt(int bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("bound must be positive, got " + bound);
        }
        while (true) {
            long bits = nextLong() >>> 1;
            long value = bits % bound;
            if (bits - value + (bound - 1) >= 0) {
                return (int) value;
            }
        }
    }
}
