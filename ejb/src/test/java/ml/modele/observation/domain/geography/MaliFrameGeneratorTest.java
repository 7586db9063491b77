package ml.modele.observation.domain.geography;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import ml.modele.observation.infrastructure.imports.AdminUnitImporter;
import ml.modele.observation.infrastructure.imports.StationFileWriter;

class MaliFrameGeneratorTest {

    private static final Pattern STATION_CODE = Pattern.compile("ML\\d{6}-C\\d{3}-B\\d{2}");

    private static List<AdminUnit> communes;
    private static PollingFrame frame;

    @BeforeAll
    static void generateOnce() {
        communes = new AdminUnitImporter().importDefaultMali().unitsAt(AdminLevel.COMMUNE);
        frame = new MaliFrameGenerator().generate(communes, 2023L);
    }

    @Test
    void generatesReferendumStationAndVoterTotals() {
        assertEquals(701, communes.size());
        assertEquals(24_697, frame.stations().size());
        assertEquals(8_463_084L, frame.totalRegisteredVoters());
    }

    @Test
    void keepsEveryStationWithinVoterBounds() {
        for (PollingStation station : frame.stations()) {
            assertTrue(station.registeredVoters() >= 50, station.code());
            assertTrue(station.registeredVoters() <= 700, station.code());
        }
    }

    @Test
    void coversEveryCommuneWithACentre() {
        Set<String> communeCodes = communes.stream().map(AdminUnit::code).collect(Collectors.toSet());
        Set<String> covered = frame.centres().stream().map(PollingCentre::communeCode).collect(Collectors.toSet());

        assertEquals(communeCodes, covered);
        Set<String> centresWithStations = frame.stations().stream().map(PollingStation::centreCode)
                .collect(Collectors.toSet());
        assertEquals(frame.centres().size(), centresWithStations.size());
    }

    @Test
    void marksEverythingAsGeneratedWithoutPosition() {
        for (PollingCentre centre : frame.centres()) {
            assertTrue(centre.generated(), centre.code());
            assertTrue(centre.name().startsWith("Centre généré "), centre.name());
        }
        for (PollingStation station : frame.stations()) {
            assertTrue(station.generated(), station.code());
            assertNull(station.coordinates(), station.code());
        }
        PollingCentre first = frame.centres().get(0);
        assertEquals("ML010101-C001", first.code());
        assertEquals("Centre généré 1", first.name());
    }

    @Test
    void derivesCodesFromCommunePCode() {
        Map<String, PollingCentre> centres = frame.centresByCode();
        Set<String> codes = new HashSet<>();
        for (PollingStation station : frame.stations()) {
            assertTrue(STATION_CODE.matcher(station.code()).matches(), station.code());
            assertTrue(station.code().startsWith(station.centreCode() + "-B"), station.code());
            PollingCentre centre = centres.get(station.centreCode());
            assertTrue(centre.code().startsWith(centre.communeCode() + "-C"), centre.code());
            assertTrue(codes.add(station.code()), "duplicate " + station.code());
        }
    }

    @Test
    void givesBamakoAndRegionCapitalsMoreVoters() {
        Map<String, Long> votersByCommune = votersByCommune(frame);
        double bamakoMean = mean(votersByCommune, code -> code.startsWith("ML09"));
        double ruralMean = mean(votersByCommune, code -> !code.startsWith("ML09") && !isCapital(code));
        double capitalMean = mean(votersByCommune, MaliFrameGeneratorTest::isCapital);

        assertTrue(bamakoMean > 10 * ruralMean, bamakoMean + " vs " + ruralMean);
        assertTrue(capitalMean > 4 * ruralMean, capitalMean + " vs " + ruralMean);
    }

    @Test
    void flagsBamakoAndCapitalsUrbanAndOthersRural() {
        Map<String, PollingCentre> centres = frame.centresByCode();
        for (PollingStation station : frame.stations()) {
            String commune = centres.get(station.centreCode()).communeCode();
            AreaType expected = commune.startsWith("ML09") || isCapital(commune) ? AreaType.URBAN : AreaType.RURAL;
            assertEquals(expected, station.areaType(), station.code());
        }
    }

    @Test
    void sameSeedGivesIdenticalBytes() throws IOException {
        List<AdminUnit> shuffled = new ArrayList<>(communes);
        Collections.shuffle(shuffled, new Random(7));

        byte[] first = csv(frame);
        byte[] second = csv(new MaliFrameGenerator().generate(shuffled, 2023L));

        assertArrayEquals(first, second);
    }

    @Test
    void differentSeedsGiveDifferentFrames() throws IOException {
        PollingFrame other = new MaliFrameGenerator().generate(communes, 2024L);

        assertEquals(24_697, other.stations().size());
        assertEquals(8_463_084L, other.totalRegisteredVoters());
        assertFalse(frame.equals(other));
        assertFalse(java.util.Arrays.equals(csv(frame), csv(other)));
    }

    @Test
    void rejectsListWithoutCommunes() {
        List<AdminUnit> regionsOnly = new AdminUnitImporter().importDefaultMali().unitsAt(AdminLevel.REGION);

        assertThrows(IllegalArgumentException.class, () -> new MaliFrameGenerator().generate(regionsOnly, 1L));
    }

    private static boolean isCapital(String communeCode) {
        return Set.of("ML010312", "ML020604", "ML030536", "ML040626", "ML050609", "ML060506", "ML070303",
                "ML080203", "ML100101").contains(communeCode);
    }

    private static Map<String, Long> votersByCommune(PollingFrame frame) {
        Map<String, PollingCentre> centres = frame.centresByCode();
        Map<String, Long> totals = new HashMap<>();
        for (PollingStation station : frame.stations()) {
            totals.merge(centres.get(station.centreCode()).communeCode(), (long) station.registeredVoters(),
                    Long::sum);
        }
        return totals;
    }

    private static double mean(Map<String, Long> totals, java.util.function.Predicate<String> communeFilter) {
        return totals.entrySet().stream()
                .filter(entry -> communeFilter.test(entry.getKey()))
                .mapToLong(Map.Entry::getValue)
                .average()
                .orElseThrow();
    }

    private static byte[] csv(PollingFrame frame) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        StationFileWriter.write(frame, bytes);
        return bytes.toByteArray();
    }
}
