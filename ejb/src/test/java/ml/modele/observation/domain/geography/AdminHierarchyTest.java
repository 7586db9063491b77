package ml.modele.observation.domain.geography;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class AdminHierarchyTest {

    private static final LocalDate VALID_FROM = LocalDate.of(2021, 12, 20);
    private static final AdminUnit SEGOU_REGION = new AdminUnit("ML04", AdminLevel.REGION, "Ségou", "MLI", VALID_FROM);
    private static final AdminUnit SEGOU_CERCLE = new AdminUnit("ML0406", AdminLevel.CERCLE, "Segou", "ML04", VALID_FROM);
    private static final AdminUnit SEGOU_COMMUNE =
            new AdminUnit("ML040626", AdminLevel.COMMUNE, "Segou", "ML0406", VALID_FROM);

    @Test
    void countsUnitsPerLevel() {
        AdminHierarchy hierarchy = new AdminHierarchy(List.of(SEGOU_REGION, SEGOU_CERCLE, SEGOU_COMMUNE));

        assertEquals(Map.of(AdminLevel.REGION, 1, AdminLevel.CERCLE, 1, AdminLevel.COMMUNE, 1),
                hierarchy.countByLevel());
        assertEquals(List.of(SEGOU_COMMUNE), hierarchy.childrenOf("ML0406"));
    }

    @Test
    void rejectsParentAtWrongLevel() {
        AdminUnit communeUnderRegion = new AdminUnit("ML040601", AdminLevel.COMMUNE, "Pelengana", "ML04", VALID_FROM);

        assertThrows(IllegalArgumentException.class,
                () -> new AdminHierarchy(List.of(SEGOU_REGION, SEGOU_CERCLE, communeUnderRegion)));
    }

    @Test
    void rejectsMissingParentAndDuplicateCode() {
        assertThrows(IllegalArgumentException.class, () -> new AdminHierarchy(List.of(SEGOU_CERCLE)));
        assertThrows(IllegalArgumentException.class,
                () -> new AdminHierarchy(List.of(SEGOU_REGION, SEGOU_REGION)));
    }

    @Test
    void rejectsRegionWhoseParentIsNotCountry() {
        AdminUnit region = new AdminUnit("ML05", AdminLevel.REGION, "Mopti", "ML04", VALID_FROM);

        assertThrows(IllegalArgumentException.class, () -> new AdminHierarchy(List.of(SEGOU_REGION, region)));
    }
}
