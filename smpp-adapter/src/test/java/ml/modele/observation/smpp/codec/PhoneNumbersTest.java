package ml.modele.observation.smpp.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PhoneNumbersTest {

    @ParameterizedTest(name = "{0} with TON {1}")
    @CsvSource(delimiter = '|', value = {
        "22376123456      | 1",
        "+22376123456     | 1",
        "0022376123456    | 1",
        "76123456         | 2",
        "22376123456      | 2",
        "76123456         | 0",
        "7 6 1 2 3 4 5 6  | 0",
        "76 12 34 56      | 0",
        "76.12.34.56      | 0",
        "76-12-34-56      | 0",
        "223 76 12 34 56  | 0",
        "00223 76123456   | 0",
        "+223 76-12-34-56 | 0",
        "(+223) 76123456  | 0",
        "22376123456      | 4",
    })
    void normalizeAcceptsMalianForms(String address, int ton) {
        SenderAddress result = PhoneNumbers.normalize(address, ton);
        assertEquals(SenderAddress.Kind.MALI_NUMBER, result.kind(), result.reason());
        assertEquals(Optional.of("+22376123456"), result.e164());
        assertTrue(result.replyAllowed());
    }

    @ParameterizedTest(name = "{0} with TON {1}")
    @CsvSource(delimiter = '|', value = {
        "36000  | 0",
        "3600   | 0",
        "123    | 0",
        "36000  | 3",
        "2233   | 0",
        "1234567| 6",
    })
    void normalizeFlagsShortCodes(String address, int ton) {
        SenderAddress result = PhoneNumbers.normalize(address, ton);
        assertEquals(SenderAddress.Kind.SHORT_CODE, result.kind());
        assertEquals(Optional.empty(), result.e164());
        assertFalse(result.replyAllowed());
    }

    @ParameterizedTest(name = "{0} with TON {1}")
    @CsvSource(delimiter = '|', value = {
        "ORANGE     | 5",
        "Orange ML  | 0",
        "CENI2026   | 0",
        "12345      | 5",
    })
    void normalizeFlagsAlphanumericSenders(String address, int ton) {
        SenderAddress result = PhoneNumbers.normalize(address, ton);
        assertEquals(SenderAddress.Kind.ALPHANUMERIC, result.kind());
        assertFalse(result.replyAllowed());
    }

    @ParameterizedTest(name = "{0} with TON {1}")
    @CsvSource(delimiter = '|', value = {
        "33612345678    | 1",
        "+33612345678   | 0",
        "0033612345678  | 0",
        "+22112345678   | 0",
        "+1234          | 0",
        "76123456       | 1",
    })
    void normalizeRejectsForeignNumbers(String address, int ton) {
        SenderAddress result = PhoneNumbers.normalize(address, ton);
        assertEquals(SenderAddress.Kind.FOREIGN_NUMBER, result.kind());
        assertTrue(result.reason().contains("not Malian"), result.reason());
        assertFalse(result.replyAllowed());
    }

    @ParameterizedTest(name = "{0} with TON {1}")
    @CsvSource(delimiter = '|', value = {
        "7612345        | 0",
        "761234567      | 0",
        "2237612345     | 0",
        "223761234567   | 0",
        "+2237612345    | 0",
        "7612#3456      | 0",
        "'   '          | 0",
    })
    void normalizeRejectsWrongLengths(String address, int ton) {
        SenderAddress result = PhoneNumbers.normalize(address, ton);
        assertEquals(SenderAddress.Kind.INVALID, result.kind(), result.reason());
        assertFalse(result.reason().isEmpty());
        assertFalse(result.replyAllowed());
    }

    @Test
    void normalizeRejectsNull() {
        assertEquals(SenderAddress.Kind.INVALID, PhoneNumbers.normalize(null).kind());
    }

    @Test
    void maskKeepsLastThreeDigits() {
        assertEquals("+223 7X XX X4 56", PhoneNumbers.mask("22376123456"));
        assertEquals("+223 7X XX X4 56", PhoneNumbers.mask("76 12 34 56"));
    }

    @Test
    void maskOtherAddressesKeepsLastTwo() {
        assertEquals("*********78", PhoneNumbers.mask("+3361234578"));
        assertEquals("***00", PhoneNumbers.mask("36000"));
        assertEquals("**", PhoneNumbers.mask("ab"));
        assertEquals("(none)", PhoneNumbers.mask(null));
    }
}
