package ml.modele.observation.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import ml.modele.observation.domain.geography.AreaType;
import ml.modele.observation.domain.geography.SecurityStatus;
import ml.modele.observation.domain.pvt.AllocationMethod;
import ml.modele.observation.domain.pvt.ConfidenceLevel;
import ml.modele.observation.domain.pvt.SampleSeal;
import ml.modele.observation.domain.pvt.StratificationScheme;
import ml.modele.observation.domain.sample.DrawnSample;
import ml.modele.observation.domain.sample.SampleParameters;
import ml.modele.observation.domain.sample.SampleReplacement;
import ml.modele.observation.domain.sample.SampleSizeMode;
import ml.modele.observation.domain.sample.SampleStation;
import ml.modele.observation.domain.sample.SampleStationState;
import ml.modele.observation.domain.sample.SampleStratum;

class SampleDrawingTest {

    private static final Instant NOW = Instant.parse("2026-05-01T10:00:00Z");

    /** Three régions of 100, 60 and 40 stations; every third station is urban. */
    private static List<FrameStation> frame(AreaType missingAreaAt) {
        List<FrameStation> stations = new ArrayList<>();
        int[] sizes = {100, 60, 40};
        String[] names = {"Kayes", "Ségou", "Tombouctou"};
        long id = 1;
        for (int r = 0; r < sizes.length; r++) {
            for (int i = 0; i < sizes[r]; i++) {
                AreaType area = i % 3 == 0 ? AreaType.URBAN : AreaType.RURAL;
                if (missingAreaAt != null && r == 2 && i == 7) {
                    area = missingAreaAt;
                }
                stations.add(new FrameStation(id++, String.format("ML0%d-%03d", r + 1, i), "ML0" + (r + 1), names[r],
                        "Cercle", "Commune", "Centre", area, 300 + i, SecurityStatus.ACCESSIBLE));
            }
        }
        return stations;
    }

    private static DrawnSample draw(int size, int reserve, long seed) {
        return SampleDrawing.draw(1, 1, SampleParameters.given(StratificationScheme.REGION,
                AllocationMethod.PROPORTIONAL_TO_STATIONS, size, reserve), size, seed, frame(null), "tester", NOW);
    }

    @Test
    void drawAllocatesProportionallyWithReserve() {
        DrawnSample sample = draw(50, 3, 42);

        List<SampleStratum> strata = sample.getStrata();
        assertEquals(List.of("ML01", "ML02", "ML03"), strata.stream().map(SampleStratum::getKey).toList());
        assertEquals(List.of(25, 15, 10), strata.stream().map(SampleStratum::getSampleSize).toList());
        assertEquals(List.of(3, 3, 3), strata.stream().map(SampleStratum::getReserveSize).toList());
        assertEquals("Ségou", strata.get(1).getRegionName());
        assertEquals(100 * 300 + 99 * 100 / 2, strata.get(0).getFrameVoters());
        assertEquals(50, sample.currentCodes().size());
        assertEquals(200, sample.getFrameStations());
    }

    @Test
    void drawSealMatchesSampleSeal() {
        DrawnSample sample = draw(50, 3, 42);

        assertEquals(SampleSeal.compute(sample.currentCodes(), 42), sample.getSeal());
        assertEquals(draw(50, 3, 42).getSeal(), sample.getSeal());
        assertNotEquals(draw(50, 3, 43).getSeal(), sample.getSeal());
    }

    @Test
    void replacementTakesNextReserveAndChangesSeal() {
        DrawnSample sample = draw(50, 3, 7);
        SampleStratum segou = sample.getStrata().get(1);
        String replaced = segou.getStations().get(0).getStationCode();
        SampleStation firstReserve = segou.getStations().get(15);
        String sealBefore = sample.getSeal();

        Optional<SampleReplacement> replacement = sample.replace(replaced, "Zone inondée", reserve -> true,
                "tester", NOW);

        assertTrue(replacement.isPresent());
        assertEquals(firstReserve.getStationCode(), replacement.get().getReplacementCode());
        assertEquals(sealBefore, replacement.get().getSealBefore());
        assertNotEquals(sealBefore, sample.getSeal());
        assertEquals(sample.getSeal(), replacement.get().getSealAfter());
        assertEquals(SampleSeal.compute(sample.currentCodes(), 7), sample.getSeal());
        assertEquals(SampleStationState.REPLACED, segou.getStations().get(0).getState());
        assertEquals(SampleStationState.PROMOTED, firstReserve.getState());
        assertEquals(50, sample.currentCodes().size());
        assertEquals(2, segou.reserveLeft());
        assertEquals(1, sample.getReplacements().size());
    }

    @Test
    void replacementSkipsUnusableReserveInDrawnOrder() {
        DrawnSample sample = draw(50, 3, 7);
        SampleStratum kayes = sample.getStrata().get(0);
        long skipped = kayes.getStations().get(25).getStationId();

        SampleReplacement replacement = sample.replace(kayes.getStations().get(3).getStationCode(), "Insécurité",
                reserve -> reserve.getStationId() != skipped, "tester", NOW).orElseThrow();

        assertEquals(kayes.getStations().get(26).getStationCode(), replacement.getReplacementCode());
        assertEquals(SampleStationState.RESERVE, kayes.getStations().get(25).getState());
    }

    @Test
    void replacementStopsWhenReserveIsUsedUp() {
        DrawnSample sample = draw(50, 1, 7);
        SampleStratum tombouctou = sample.getStrata().get(2);
        String seal = sample.getSeal();
        sample.replace(tombouctou.getStations().get(0).getStationCode(), "a", reserve -> true, "tester", NOW)
                .orElseThrow();
        String sealAfterFirst = sample.getSeal();

        Optional<SampleReplacement> second = sample.replace(tombouctou.getStations().get(1).getStationCode(), "b",
                reserve -> true, "tester", NOW);

        assertTrue(second.isEmpty());
        assertNotEquals(seal, sealAfterFirst);
        assertEquals(sealAfterFirst, sample.getSeal());
    }

    @Test
    void replacingStationOutsideSampleFails() {
        DrawnSample sample = draw(50, 3, 7);
        String reserveCode = sample.getStrata().get(0).getStations().get(25).getStationCode();

        assertThrows(IllegalArgumentException.class,
                () -> sample.replace(reserveCode, "x", reserve -> true, "tester", NOW));
    }

    @Test
    void areaStrataNeedAreaOfEveryStation() {
        SampleParameters parameters = SampleParameters.given(StratificationScheme.REGION_AND_AREA,
                AllocationMethod.PROPORTIONAL_TO_STATIONS, 20, 2);

        UserInputException e = assertThrows(UserInputException.class,
                () -> SampleDrawing.draw(1, 1, parameters, 20, 1, frame(AreaType.UNSPECIFIED), "tester", NOW));

        assertEquals("sample.error.areaMissing", e.messageKey());
        assertEquals("ML03-007", e.arguments()[0]);
    }

    @Test
    void areaStrataSplitEachRegion() {
        SampleParameters parameters = SampleParameters.given(StratificationScheme.REGION_AND_AREA,
                AllocationMethod.PROPORTIONAL_TO_REGISTERED_VOTERS, 20, 2);

        DrawnSample sample = SampleDrawing.draw(1, 1, parameters, 20, 1, frame(null), "tester", NOW);

        assertEquals(6, sample.getStrata().size());
        assertEquals("ML01|RURAL", sample.getStrata().get(0).getKey());
        assertEquals("RURAL", sample.getStrata().get(0).getArea());
        assertEquals("ML01", sample.getStrata().get(0).getRegionCode());
        assertEquals(20, sample.currentCodes().size());
    }

    @Test
    void seedAcceptsSpacesAndRejectsText() {
        assertEquals(20_230_618L, SampleDrawing.seed(" 20 230 618 "));
        assertEquals(-5L, SampleDrawing.seed("-5"));
        assertTrue(SampleDrawing.seed("") >= 0);
        UserInputException e = assertThrows(UserInputException.class, () -> SampleDrawing.seed("12a"));
        assertEquals("sample.error.seedInvalid", e.messageKey());
        assertEquals("12a", e.arguments()[0]);
    }

    @Test
    void sizeOutsideFrameIsRejected() {
        SampleParameters tooMany = SampleParameters.given(StratificationScheme.REGION,
                AllocationMethod.PROPORTIONAL_TO_STATIONS, 201, 0);
        SampleParameters none = SampleParameters.given(StratificationScheme.REGION,
                AllocationMethod.PROPORTIONAL_TO_STATIONS, 0, 0);

        assertEquals("sample.error.sizeTooLarge",
                assertThrows(UserInputException.class, () -> SampleDrawing.sampleSize(tooMany, 200, 1000))
                        .messageKey());
        assertEquals("sample.error.sizeInvalid",
                assertThrows(UserInputException.class, () -> SampleDrawing.sampleSize(none, 200, 1000))
                        .messageKey());
    }

    @Test
    void computedSizeUsesMeanValidVotes() {
        SampleParameters parameters = new SampleParameters(StratificationScheme.REGION,
                AllocationMethod.PROPORTIONAL_TO_STATIONS, SampleSizeMode.COMPUTED, null, 5, 0.01,
                ConfidenceLevel.PERCENT_95, 0.5, 2.0, 0.4);

        var plan = SampleDrawing.plan(parameters, 24_697, 8_463_084);

        assertEquals(8_463_084.0 / 24_697 * 0.4, plan.meanValidVotesPerStation(), 1e-9);
        assertEquals(1.959964 * 1.959964 * 0.25 / 0.0001, plan.voterSampleSize(), 1e-6);
        assertEquals(plan.sampleSize(), SampleDrawing.sampleSize(parameters, 24_697, 8_463_084));
        double m = plan.designVoterSampleSize() / plan.meanValidVotesPerStation();
        assertEquals((int) Math.ceil(m / (1 + m / 24_697)), plan.sampleSize());
    }

    @Test
    void computedSizeRejectsMarginOutOfRange() {
        SampleParameters parameters = new SampleParameters(StratificationScheme.REGION,
                AllocationMethod.PROPORTIONAL_TO_STATIONS, SampleSizeMode.COMPUTED, null, 5, 0.0,
                ConfidenceLevel.PERCENT_95, 0.5, 2.0, 0.4);

        UserInputException e = assertThrows(UserInputException.class, () -> SampleDrawing.check(parameters));

        assertEquals("sample.error.marginInvalid", e.messageKey());
    }
}
