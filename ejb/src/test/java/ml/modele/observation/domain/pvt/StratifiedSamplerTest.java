package ml.modele.observation.domain.pvt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

class StratifiedSamplerTest {

    private final StratifiedSampler sampler = new StratifiedSampler();

    /** Frame of 5 régions with 37, 52, 81, 120 and 210 stations, half urban. */
    private static List<PollingStation> frame() {
        int[] sizes = {37, 52, 81, 120, 210};
        List<PollingStation> frame = new ArrayList<>();
        for (int r = 0; r < sizes.length; r++) {
            for (int s = 0; s < sizes[r]; s++) {
                AreaType area = s % 2 == 0 ? AreaType.URBAN : AreaType.RURAL;
                frame.add(new PollingStation(String.format("R%d-%04d", r, s), "R" + r, area, 300 + 7 * s + 50 * r));
            }
        }
        return frame;
    }

    private static List<String> codes(List<PollingStation> stations) {
        return stations.stream().map(PollingStation::code).toList();
    }

    private PvtSample draw(List<PollingStation> frame, long seed) {
        return sampler.draw(frame, StratificationScheme.REGION, AllocationMethod.PROPORTIONAL_TO_STATIONS, 100, 5, seed);
    }

    @Test
    void sameSeedGivesSameSample() {
        PvtSample first = draw(frame(), 20_260_726L);
        PvtSample second = draw(frame(), 20_260_726L);

        assertEquals(codes(first.selectedStations()), codes(second.selectedStations()));
        assertEquals(first.seal(), second.seal());
    }

    @Test
    void differentSeedsGiveDifferentSamples() {
        Set<Set<String>> samples = new HashSet<>();
        Set<String> seals = new HashSet<>();
        for (long seed = 1; seed <= 20; seed++) {
            PvtSample sample = draw(frame(), seed);
            samples.add(new HashSet<>(codes(sample.selectedStations())));
            seals.add(sample.seal());
        }

        assertEquals(20, samples.size());
        assertEquals(20, seals.size());
    }

    @Test
    void frameOrderDoesNotChangeSample() {
        List<PollingStation> shuffled = new ArrayList<>(frame());
        Collections.shuffle(shuffled, new Random(3));

        PvtSample sorted = draw(frame(), 99L);
        PvtSample unsorted = draw(shuffled, 99L);

        assertEquals(codes(sorted.selectedStations()), codes(unsorted.selectedStations()));
        assertEquals(sorted.seal(), unsorted.seal());
    }

    @Test
    void strataWithinOneStationOfProportional() {
        PvtSample sample = draw(frame(), 5L);

        assertEquals(100, sample.size());
        for (StratumSample stratum : sample.strata()) {
            double proportional = 100.0 * stratum.populationSize() / 500;
            assertEquals(proportional, stratum.proportionalQuota(), 1e-9);
            assertTrue(Math.abs(stratum.selected().size() - proportional) < 1,
                    stratum.key() + ": " + stratum.selected().size() + " for quota " + proportional);
        }
    }

    @Test
    void voterAllocationWithinOneStationOfProportional() {
        List<PollingStation> frame = frame();
        PvtSample sample = sampler.draw(frame, StratificationScheme.REGION_AND_AREA,
                AllocationMethod.PROPORTIONAL_TO_REGISTERED_VOTERS, 100, 0, 5L);
        long totalVoters = frame.stream().mapToLong(PollingStation::registeredVoters).sum();

        assertEquals(10, sample.strata().size());
        assertEquals("R0|RURAL", sample.strata().get(0).key());
        assertEquals(100, sample.size());
        for (StratumSample stratum : sample.strata()) {
            long voters = frame.stream()
                    .filter(s -> StratificationScheme.REGION_AND_AREA.stratumKey(s).equals(stratum.key()))
                    .mapToLong(PollingStation::registeredVoters).sum();
            double proportional = 100.0 * voters / totalVoters;
            assertTrue(Math.abs(stratum.selected().size() - proportional) < 1,
                    stratum.key() + ": " + stratum.selected().size() + " for quota " + proportional);
        }
    }

    @Test
    void reserveOrderStable() {
        PvtSample first = draw(frame(), 11L);
        List<PollingStation> shuffled = new ArrayList<>(frame());
        Collections.shuffle(shuffled, new Random(8));
        PvtSample second = draw(shuffled, 11L);

        for (int h = 0; h < first.strata().size(); h++) {
            StratumSample stratum = first.strata().get(h);
            assertEquals(5, stratum.reserve().size());
            assertEquals(codes(stratum.reserve()), codes(second.strata().get(h).reserve()));
            Set<String> overlap = new HashSet<>(codes(stratum.reserve()));
            overlap.retainAll(codes(stratum.selected()));
            assertEquals(Set.of(), overlap, "reserve stations must not be sampled");
        }
    }

    @Test
    void reserveIsCutAtStratumSize() {
        List<PollingStation> small = List.of(
                new PollingStation("A1", "A", null, 100),
                new PollingStation("A2", "A", null, 100),
                new PollingStation("A3", "A", null, 100));

        PvtSample sample = sampler.draw(small, StratificationScheme.REGION,
                AllocationMethod.PROPORTIONAL_TO_STATIONS, 2, 5, 1L);

        assertEquals(2, sample.strata().get(0).selected().size());
        assertEquals(1, sample.strata().get(0).reserve().size());
    }

    @Test
    void sealChangesWhenOneStationChanges() {
        PvtSample sample = draw(frame(), 42L);
        String sampled = sample.selectedStations().get(0).code();
        List<PollingStation> changed = new ArrayList<>();
        for (PollingStation station : frame()) {
            String code = station.code().equals(sampled) ? sampled + "-BIS" : station.code();
            changed.add(new PollingStation(code, station.region(), station.area(), station.registeredVoters()));
        }

        PvtSample resampled = draw(changed, 42L);

        assertTrue(codes(resampled.selectedStations()).contains(sampled + "-BIS"));
        assertNotEquals(sample.seal(), resampled.seal());
    }

    @Test
    void sealFollowsDocumentedByteLayout() {
        // SHA-256 of the bytes "A-01\nB-02\n" followed by 42 as 8 big-endian bytes,
        // computed outside Java with Python's hashlib.
        String expected = "6352a55699e2e67760ee4785b88092564e918a710efad245db7dbf24cbb0a510";

        assertEquals(expected, SampleSeal.compute(List.of("B-02", "A-01"), 42L));
        assertNotEquals(expected, SampleSeal.compute(List.of("B-02", "A-01"), 43L));
        assertNotEquals(expected, SampleSeal.compute(List.of("B-03", "A-01"), 42L));
    }

    @Test
    void generatedSeedIsRecordedInSample() {
        PvtSample sample = sampler.draw(frame(), StratificationScheme.REGION,
                AllocationMethod.PROPORTIONAL_TO_STATIONS, 100, 5);

        PvtSample replayed = draw(frame(), sample.seed());

        assertEquals(sample.seal(), replayed.seal());
    }
}
