package ml.modele.observation.domain.pvt;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.logging.Logger;

/**
 * Draws a stratified simple random sample of polling stations without replacement.
 *
 * <p>Procedure, fixed so that a published seed lets anyone replay the draw: sort the frame by
 * station code, group it by stratum key and sort strata by key; allocate the sample size with
 * {@link LargestRemainderAllocator}; then, stratum after stratum in key order, run a
 * Fisher-Yates shuffle of the stratum's stations with one {@link SplitMix64} generator seeded
 * with the seed. Position i takes a uniform pick among positions i..N_h-1. The first n_h
 * shuffled stations are the sample and the next ones, up to the reserve size, are the
 * reserve in drawn order.
 */
public final class StratifiedSampler {

    private static final Logger LOG = Logger.getLogger(StratifiedSampler.class.getName());

    /** Draws a sample with a seed taken from {@link SecureRandom}; the seed is in the result. */
    public PvtSample draw(List<PollingStation> frame, StratificationScheme scheme,
            AllocationMethod allocation, int sampleSize, int reservePerStratum) {
        long seed = new SecureRandom().nextLong();
        return draw(frame, scheme, allocation, sampleSize, reservePerStratum, seed);
    }

    /**
     * Draws a sample. The same frame, in any order, with the same arguments gives the same
     * sample.
     *
     * @param frame all polling stations; codes must be unique
     * @param sampleSize total number of stations to sample, at most the frame size
     * @param reservePerStratum maximum number of reserve stations per stratum
     * @param seed seed of the pseudorandom generator
     * @throws IllegalArgumentException on duplicate codes or a sample size out of range
     */
    public PvtSample draw(List<PollingStation> frame, StratificationScheme scheme,
            AllocationMethod allocation, int sampleSize, int reservePerStratum, long seed) {
        if (reservePerStratum < 0) {
            throw new IllegalArgumentException("Reserve size must not be negative, got " + reservePerStratum);
        }
        Map<String, List<PollingStation>> strata = groupByStratum(frame, scheme);
        List<String> keys = new ArrayList<>(strata.keySet());

        double[] weights = new double[keys.size()];
        int[] capacities = new int[keys.size()];
        for (int h = 0; h < keys.size(); h++) {
            List<PollingStation> stations = strata.get(keys.get(h));
            capacities[h] = stations.size();
            weights[h] = allocation == AllocationMethod.PROPORTIONAL_TO_STATIONS
                    ? stations.size()
                    : registeredVoters(stations);
        }
        int[] sizes = LargestRemainderAllocator.allocate(sampleSize, weights, capacities);
        double weightSum = 0;
        for (double weight : weights) {
            weightSum += weight;
        }

        SplitMix64 random = new SplitMix64(seed);
        List<StratumSample> samples = new ArrayList<>(keys.size());
        List<String> selectedCodes = new ArrayList<>(sampleSize);
        for (int h = 0; h < keys.size(); h++) {
            List<PollingStation> shuffled = new ArrayList<>(strata.get(keys.get(h)));
            shuffle(shuffled, random);
            int reserveEnd = Math.min(shuffled.size(), sizes[h] + reservePerStratum);
            List<PollingStation> selected = shuffled.subList(0, sizes[h]);
            double quota = weightSum > 0 ? sampleSize * weights[h] / weightSum : 0;
            samples.add(new StratumSample(keys.get(h), shuffled.get(0).region(), shuffled.size(), quota,
                    selected, shuffled.subList(sizes[h], reserveEnd)));
            for (PollingStation station : selected) {
                selectedCodes.add(station.code());
            }
        }
        String seal = SampleSeal.compute(selectedCodes, seed);
        LOG.info(() -> "Drew PVT sample of " + sampleSize + " stations in " + keys.size()
                + " strata with seed " + seed + ", seal " + seal);
        return new PvtSample(seed, scheme, allocation, samples, seal);
    }

    private static Map<String, List<PollingStation>> groupByStratum(
            List<PollingStation> frame, StratificationScheme scheme) {
        List<PollingStation> sorted = new ArrayList<>(frame);
        sorted.sort(Comparator.comparing(PollingStation::code));
        Map<String, List<PollingStation>> strata = new TreeMap<>();
        Set<String> codes = new HashSet<>();
        for (PollingStation station : sorted) {
            if (!codes.add(station.code())) {
                throw new IllegalArgumentException("Duplicate polling station code in frame: " + station.code());
            }
            strata.computeIfAbsent(scheme.stratumKey(station), key -> new ArrayList<>()).add(station);
        }
        return strata;
    }

    private static long registeredVoters(List<PollingStation> stations) {
        long sum = 0;
        for (PollingStation station : stations) {
            sum += station.registeredVoters();
        }
        return sum;
    }

    private static void shuffle(List<PollingStation> stations, SplitMix64 random) {
        int size = stations.size();
        for (int i = 0; i < size - 1; i++) {
            int j = i + random.nextInt(size - i);
            PollingStation picked = stations.get(j);
            stations.set(j, stations.get(i));
            stations.set(i, picked);
        }
    }
}
