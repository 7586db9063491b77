package ml.modele.observation.domain.observer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class PhoneNumbersTest {

    @ParameterizedTest
    @ValueSource(strings = {"76 12 34 56", "76123456", "76.12.34.56", "76-12-34-56", "223 76 12 34 56",
            "22376123456", "00223 76 12 34 56", "0022376123456", "+223 76 12 34 56", "+22376123456",
            " +223 (76) 12 34 56 ", "76\u00A012\u00A034\u00A056"})
    void acceptsWrittenForms(String written) {
        assertEquals(Optional.of("+22376123456"), PhoneNumbers.toE164(written));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "7612345", "761234567", "06123456", "16123456", "+33612345678",
            "+2237612345", "+223761234567", "0223 76 12 34 56", "2237612345", "76 12 34 5a", "+22306123456",
            "abc"})
    void rejectsBadForms(String written) {
        assertEquals(Optional.empty(), PhoneNumbers.toE164(written));
    }

    @Test
    void rejectsNull() {
        assertEquals(Optional.empty(), PhoneNumbers.toE164(null));
    }

    @Test
    void keepsFixedLineNumbers() {
        assertEquals(Optional.of("+22320223344"), PhoneNumbers.toE164("20 22 33 44"));
    }

    @Test
    void recognisesE164Form() {
        assertTrue(PhoneNumbers.isE164("+22376123456"));
        assertFalse(PhoneNumbers.isE164("22376123456"));
        assertFalse(PhoneNumbers.isE164("+2237612345"));
    }

    @Test
    void masksAllButLastTwoDigits() {
        assertEquals("+223******56", PhoneNumbers.masked("+22376123456"));
    }
}
