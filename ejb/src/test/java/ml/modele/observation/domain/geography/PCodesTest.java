package ml.modele.observation.domain.geography;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PCodesTest {

    @Test
    void acceptsTwoDigitsPerLevel() {
        assertTrue(PCodes.isValid("ML04", AdminLevel.REGION));
        assertTrue(PCodes.isValid("ML0406", AdminLevel.CERCLE));
        assertTrue(PCodes.isValid("ML040626", AdminLevel.COMMUNE));
    }

    @Test
    void rejectsCodeOfAnotherLevelOrForm() {
        assertFalse(PCodes.isValid("ML0406", AdminLevel.REGION));
        assertFalse(PCodes.isValid("ML04", AdminLevel.COMMUNE));
        assertFalse(PCodes.isValid("ml04", AdminLevel.REGION));
        assertFalse(PCodes.isValid("SN04", AdminLevel.REGION));
        assertFalse(PCodes.isValid("ML4", AdminLevel.REGION));
        assertFalse(PCodes.isValid(null, AdminLevel.REGION));
        assertFalse(PCodes.isValidAnyLevel("ML04062"));
        assertFalse(PCodes.isValidAnyLevel("ML0406262626"));
    }
}
