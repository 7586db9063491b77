package ml.modele.observation.smpp.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DataCodingTest {

    @ParameterizedTest(name = "0x{0}")
    @CsvSource({
        "00, GSM7,        NONE,    false",
        "01, ASCII,       NONE,    false",
        "02, BINARY,      NONE,    false",
        "03, LATIN1,      NONE,    false",
        "04, BINARY,      NONE,    false",
        "05, UNSUPPORTED, NONE,    false",
        "07, HEBREW,      NONE,    false",
        "08, UCS2,        NONE,    false",
        "0E, UNSUPPORTED, NONE,    false",
        "10, GSM7,        CLASS_0, false",
        "12, GSM7,        CLASS_2, false",
        "16, BINARY,      CLASS_2, false",
        "1A, UCS2,        CLASS_2, false",
        "1C, UNSUPPORTED, CLASS_0, false",
        "24, UNSUPPORTED, NONE,    true",
        "40, GSM7,        NONE,    false",
        "48, UCS2,        NONE,    false",
        "80, UNSUPPORTED, NONE,    false",
        "C0, GSM7,        NONE,    false",
        "D8, GSM7,        NONE,    false",
        "E8, UCS2,        NONE,    false",
        "F3, GSM7,        CLASS_3, false",
        "F7, BINARY,      CLASS_3, false",
        "FF, BINARY,      CLASS_3, false",
    })
    void parseReadsGroups(String hex, Alphabet alphabet, MessageClass messageClass, boolean compressed) {
        DataCoding coding = DataCoding.parse(Integer.parseInt(hex, 16), Alphabet.GSM7);
        assertEquals(alphabet, coding.alphabet());
        assertEquals(messageClass, coding.messageClass());
        assertEquals(compressed, coding.compressed());
    }

    @Test
    void parseUsesConfiguredDefault() {
        assertEquals(Alphabet.LATIN1, DataCoding.parse(0x00, Alphabet.LATIN1).alphabet());
        assertEquals(Alphabet.GSM7, DataCoding.parse(0xF0, Alphabet.LATIN1).alphabet());
    }

    @Test
    void parseRejectsOutOfRange() {
        assertThrows(IllegalArgumentException.class, () -> DataCoding.parse(256, Alphabet.GSM7));
        assertThrows(IllegalArgumentException.class, () -> DataCoding.parse(-1, Alphabet.GSM7));
    }

    @Test
    void settingsRejectUcs2Default() {
        assertThrows(IllegalArgumentException.class, () -> new CodecSettings(Alphabet.UCS2, GsmPacking.UNPACKED));
    }
}
