package ml.modele.observation.application;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RetireConfirmationTest {

    @Test
    void withoutConfirmationAtMostHalfIsRetired() {
        assertTrue(RetireConfirmation.NONE.allows(0, 24_697));
        assertTrue(RetireConfirmation.NONE.allows(12_348, 24_697));
        assertFalse(RetireConfirmation.NONE.allows(12_349, 24_697));
        assertFalse(RetireConfirmation.NONE.allows(24_697, 24_697));
        assertTrue(RetireConfirmation.NONE.allows(2, 4));
        assertFalse(RetireConfirmation.NONE.allows(3, 4));
        assertTrue(RetireConfirmation.NONE.allows(0, 0));
    }

    @Test
    void confirmedCountIsTheLimit() {
        assertTrue(RetireConfirmation.upTo(24_697).allows(24_697, 24_697));
        assertFalse(RetireConfirmation.upTo(3).allows(4, 24_697));
        assertTrue(RetireConfirmation.upTo(0).allows(0, 24_697));
        assertFalse(RetireConfirmation.upTo(0).allows(1, 24_697));
    }

    @Test
    void anyAllowsEverything() {
        assertTrue(RetireConfirmation.ANY.allows(24_697, 24_697));
        assertTrue(RetireConfirmation.ANY.allows(Integer.MAX_VALUE, 1));
    }

    @Test
    void negativeCountIsInvalid() {
        assertThrows(IllegalArgumentException.class, () -> RetireConfirmation.upTo(-2));
    }
}
