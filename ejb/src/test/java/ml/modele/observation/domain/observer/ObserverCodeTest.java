package ml.modele.observation.domain.observer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ObserverCodeTest {

    /** Every tenth sequence number over the whole range, plus the edges: 10,001 codes. */
    private static final int STEP = 10;

    @Test
    void knownCodesFromSequence() {
        assertEquals("123459", ObserverCode.fromSequence(12345).digits());
        assertEquals("100014", ObserverCode.fromSequence(10001).digits());
        assertEquals("000013", ObserverCode.fromSequence(1).digits());
        assertEquals(12345, ObserverCode.parse("123459").sequence());
    }

    @Test
    void generatedCodesAreValid() {
        for (int sequence = 1; sequence <= ObserverCode.MAX_SEQUENCE; sequence++) {
            String digits = ObserverCode.fromSequence(sequence).digits();
            assertEquals(ObserverCode.LENGTH, digits.length(), digits);
            assertTrue(ObserverCode.isValid(digits), digits);
        }
    }

    @Test
    void everySingleDigitChangeRejected() {
        int checked = 0;
        for (String code : sampleCodes()) {
            for (int position = 0; position < code.length(); position++) {
                for (char digit = '0'; digit <= '9'; digit++) {
                    if (digit == code.charAt(position)) {
                        continue;
                    }
                    String typo = code.substring(0, position) + digit + code.substring(position + 1);
                    assertEquals(Optional.of(ObserverCode.Problem.BAD_CHECK_DIGIT), ObserverCode.check(typo),
                            code + " -> " + typo);
                    checked++;
                }
            }
        }
        assertEquals(sampleCodes().size() * ObserverCode.LENGTH * 9, checked);
    }

    @Test
    void everyAdjacentSwapRejected() {
        int checked = 0;
        for (String code : sampleCodes()) {
            for (int position = 0; position + 1 < code.length(); position++) {
                char left = code.charAt(position);
                char right = code.charAt(position + 1);
                if (left == right) {
                    continue;
                }
                String swapped = code.substring(0, position) + right + left + code.substring(position + 2);
                assertEquals(Optional.of(ObserverCode.Problem.BAD_CHECK_DIGIT), ObserverCode.check(swapped),
                        code + " -> " + swapped);
                checked++;
            }
        }
        assertTrue(checked > 40_000, "swaps checked: " + checked);
    }

    @Test
    void noTypoLandsOnAnotherCode() {
        Set<String> valid = new HashSet<>(sampleCodes());
        for (String code : sampleCodes()) {
            for (int position = 0; position < code.length(); position++) {
                for (char digit = '0'; digit <= '9'; digit++) {
                    String typo = code.substring(0, position) + digit + code.substring(position + 1);
                    assertTrue(typo.equals(code) || !valid.contains(typo), typo);
                }
            }
        }
    }

    @Test
    void problemsNamed() {
        assertEquals(Optional.of(ObserverCode.Problem.EMPTY), ObserverCode.check(""));
        assertEquals(Optional.of(ObserverCode.Problem.EMPTY), ObserverCode.check(null));
        assertEquals(Optional.of(ObserverCode.Problem.NOT_DIGITS), ObserverCode.check("12345X"));
        assertEquals(Optional.of(ObserverCode.Problem.WRONG_LENGTH), ObserverCode.check("12345"));
        assertEquals(Optional.of(ObserverCode.Problem.WRONG_LENGTH), ObserverCode.check("1234590"));
        assertEquals(Optional.of(ObserverCode.Problem.BAD_CHECK_DIGIT), ObserverCode.check("123458"));
        assertEquals(Optional.empty(), ObserverCode.check("123459"));
    }

    @Test
    void invalidInputRejected() {
        assertThrows(IllegalArgumentException.class, () -> ObserverCode.parse("123458"));
        assertThrows(IllegalArgumentException.class, () -> ObserverCode.fromSequence(0));
        assertThrows(IllegalArgumentException.class, () -> ObserverCode.fromSequence(100_000));
        assertFalse(ObserverCode.isValid("12 459"));
    }

    @Test
    void equalityByDigits() {
        assertEquals(ObserverCode.parse("123459"), ObserverCode.fromSequence(12345));
        assertEquals(ObserverCode.parse("123459").hashCode(), ObserverCode.fromSequence(12345).hashCode());
    }

    private static java.util.List<String> sampleCodes() {
        java.util.List<String> codes = new java.util.ArrayList<>();
        for (int sequence = 1; sequence <= ObserverCode.MAX_SEQUENCE; sequence += STEP) {
            codes.add(ObserverCode.fromSequence(sequence).digits());
        }
        codes.add(ObserverCode.fromSequence(ObserverCode.MAX_SEQUENCE).digits());
        return codes;
    }
}
