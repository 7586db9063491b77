package ml.modele.observation.domain.geography;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class AreaTypeTest {

    @Test
    void parsesFrenchEnglishAndLetters() {
        for (String urban : new String[] {"urbain", "URBAIN", "Urban", "U", "u", " urbain "}) {
            assertEquals(Optional.of(AreaType.URBAN), AreaType.parse(urban), urban);
        }
        for (String rural : new String[] {"rural", "RURAL", "R", "r"}) {
            assertEquals(Optional.of(AreaType.RURAL), AreaType.parse(rural), rural);
        }
    }

    @Test
    void parsesEmptyAsUnspecified() {
        assertEquals(Optional.of(AreaType.UNSPECIFIED), AreaType.parse(""));
        assertEquals(Optional.of(AreaType.UNSPECIFIED), AreaType.parse(null));
    }

    @Test
    void rejectsOtherValues() {
        assertTrue(AreaType.parse("ville").isEmpty());
        assertTrue(AreaType.parse("semi-urbain").isEmpty());
    }
}
