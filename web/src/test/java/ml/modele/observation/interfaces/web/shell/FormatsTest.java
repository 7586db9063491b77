package ml.modele.observation.interfaces.web.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;

import org.junit.jupiter.api.Test;

class FormatsTest {

    private static final Locale FRENCH = Locale.FRANCE;
    private static final Locale ENGLISH = Locale.UK;

    @Test
    void groupsThousandsWithNoBreakSpaceInFrench() {
        assertEquals("8\u00A0463\u00A0084", Formats.number(8_463_084, FRENCH));
    }

    @Test
    void groupsThousandsWithCommaInEnglish() {
        assertEquals("8,463,084", Formats.number(8_463_084, ENGLISH));
    }

    @Test
    void formatsPercentWithCommaAndSpaceInFrench() {
        assertEquals("38,23\u00A0%", Formats.percent(0.3823, FRENCH));
    }

    @Test
    void formatsPercentInEnglish() {
        assertEquals("38.23%", Formats.percent(0.3823, ENGLISH));
    }

    @Test
    void roundsPercentToTwoDecimals() {
        assertEquals("96,91\u00A0%", Formats.percent(3_110_877.0 / 3_210_186.0, FRENCH));
    }

    @Test
    void percentOfNonFiniteRatioIsDash() {
        assertEquals("—", Formats.percent(Double.NaN, FRENCH));
        assertEquals("—", Formats.percent(Double.POSITIVE_INFINITY, FRENCH));
        assertEquals("—", Formats.percent(Double.NEGATIVE_INFINITY, ENGLISH));
    }
}
