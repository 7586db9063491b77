package ml.modele.observation.domain.geography;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class CodeOrNameTest {

    private record Unit(String code, String name) {
    }

    private static final List<Unit> REGIONS = List.of(new Unit("ML01", "Kayes"), new Unit("ML04", "Ségou"),
            new Unit("ML10", "Ménaka"));
    private static final List<Unit> CERCLES = List.of(new Unit("ML0406", "Ségou"), new Unit("ML0403", "Ké-Macina"),
            new Unit("ML0901", "Bamako"), new Unit("ML9901", "Bamako"));

    @Test
    void findsRegionByCodeOrName() {
        for (String input : List.of("ML04", "ml04", " ML04 ", "Ségou", "segou", "SEGOU", "SÉGOU")) {
            assertEquals(List.of(REGIONS.get(1)), find(REGIONS, input), input);
        }
        assertEquals(List.of(REGIONS.get(2)), find(REGIONS, "menaka"));
    }

    @Test
    void findsCercleWhateverPunctuation() {
        assertEquals(List.of(CERCLES.get(1)), find(CERCLES, "ke macina"));
        assertEquals(List.of(CERCLES.get(1)), find(CERCLES, "KE-MACINA"));
    }

    @Test
    void returnsEveryUnitOfSharedName() {
        assertEquals(List.of(CERCLES.get(2), CERCLES.get(3)), find(CERCLES, "bamako"));
        assertEquals(List.of(CERCLES.get(3)), find(CERCLES, "ML9901"));
    }

    @Test
    void findsNothingForPartOrUnknownOrBlank() {
        assertEquals(List.of(), find(REGIONS, "seg"));
        assertEquals(List.of(), find(REGIONS, "ML99"));
        assertEquals(List.of(), find(REGIONS, "Segu"));
        assertEquals(List.of(), find(REGIONS, "  "));
        assertEquals(List.of(), find(REGIONS, null));
    }

    private static List<Unit> find(List<Unit> units, String input) {
        return CodeOrName.matches(units, Unit::code, Unit::name, input);
    }
}
