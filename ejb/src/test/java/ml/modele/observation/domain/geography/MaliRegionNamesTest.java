package ml.modele.observation.domain.geography;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class MaliRegionNamesTest {

    private static final LocalDate VALID_FROM = LocalDate.of(2021, 12, 20);

    @Test
    void restoresAccentsOfRegionWrittenWithout() {
        AdminHierarchy file = new AdminHierarchy(List.of(
                new AdminUnit("ML04", AdminLevel.REGION, "SEGOU", "MLI", VALID_FROM),
                new AdminUnit("ML0406", AdminLevel.CERCLE, "Segou", "ML04", VALID_FROM)));

        AdminHierarchy restored = MaliRegionNames.restoreAccents(file);

        assertEquals("Ségou", restored.units().get(0).name());
        assertEquals("Segou", restored.units().get(1).name());
    }

    @Test
    void restoresDistrictDeBamako() {
        AdminHierarchy file = new AdminHierarchy(List.of(
                new AdminUnit("ML09", AdminLevel.REGION, "Bamako", "MLI", VALID_FROM)));

        assertEquals("District de Bamako", MaliRegionNames.restoreAccents(file).units().get(0).name());
    }

    @Test
    void keepsRegionNameWithOtherLetters() {
        AdminHierarchy file = new AdminHierarchy(List.of(
                new AdminUnit("ML04", AdminLevel.REGION, "Région de Ségou", "MLI", VALID_FROM)));

        assertEquals("Région de Ségou", MaliRegionNames.restoreAccents(file).units().get(0).name());
    }
}
