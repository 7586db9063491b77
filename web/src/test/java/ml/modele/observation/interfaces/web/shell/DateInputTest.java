package ml.modele.observation.interfaces.web.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class DateInputTest {

    private static final ScreenTexts FRENCH = new ScreenTexts(LocaleBean.FRENCH);
    private static final ScreenTexts ENGLISH = new ScreenTexts(LocaleBean.ENGLISH);
    private static final String ELECTION_DATE = "Date du scrutin";

    @Test
    void readsDayMonthYear() throws Exception {
        assertEquals(LocalDate.of(2023, 6, 18), DateInput.parse("18/06/2023", ELECTION_DATE, FRENCH));
        assertEquals(LocalDate.of(2029, 7, 1), DateInput.parse(" 1/7/2029 ", ELECTION_DATE, FRENCH));
        assertEquals(LocalDate.of(2028, 2, 29), DateInput.parse("29/02/2028", ELECTION_DATE, FRENCH));
    }

    @Test
    void blankIsNoDate() throws Exception {
        assertNull(DateInput.parse("  ", ELECTION_DATE, FRENCH));
        assertNull(DateInput.parse(null, ELECTION_DATE, FRENCH));
    }

    @Test
    void impossibleDayNamesMonthLength() {
        assertEquals("Date du scrutin : « 31/02/2023 » n'existe pas (février 2023 compte 28 jours). "
                + "Corrigez le jour.", message("31/02/2023", ELECTION_DATE, FRENCH));
        assertEquals("Date du scrutin : « 29/02/2027 » n'existe pas (février 2027 compte 28 jours). "
                + "Corrigez le jour.", message("29/02/2027", ELECTION_DATE, FRENCH));
        assertEquals("Date du scrutin : « 31/04/2028 » n'existe pas (avril 2028 compte 30 jours). "
                + "Corrigez le jour.", message("31/04/2028", ELECTION_DATE, FRENCH));
        assertEquals("Date du scrutin : « 00/05/2028 » n'existe pas (mai 2028 compte 31 jours). "
                + "Corrigez le jour.", message("00/05/2028", ELECTION_DATE, FRENCH));
    }

    @Test
    void impossibleMonthIsNamed() {
        assertEquals("Date du scrutin : « 12/13/2028 » n'existe pas (le mois va de 01 à 12). Corrigez le mois.",
                message("12/13/2028", ELECTION_DATE, FRENCH));
    }

    @Test
    void otherShapeIsFormatError() {
        String field = "Étape n° 1, début";
        for (String typed : new String[] {"demain", "2023-07-29", "18.06.2023", "18/06/23", "18/06/2023 10:00"}) {
            assertEquals(field + " : « " + typed + " » n'est pas une date au format jj/mm/aaaa. "
                    + "Saisissez-la ainsi : 18/06/2023.", message(typed, field, FRENCH), typed);
        }
    }

    @Test
    void messagesInEnglish() {
        assertEquals("Election date: \"31/02/2023\" does not exist (February 2023 has 28 days). Correct the day.",
                message("31/02/2023", "Election date", ENGLISH));
        assertEquals("Election date: \"tomorrow\" is not a date in the dd/mm/yyyy format. Type it like this: "
                + "18/06/2023.", message("tomorrow", "Election date", ENGLISH));
    }

    @Test
    void formatsAsTheFormReadsIt() throws Exception {
        LocalDate date = LocalDate.of(2023, 6, 8);

        assertEquals("08/06/2023", DateInput.format(date));
        assertEquals(date, DateInput.parse(DateInput.format(date), ELECTION_DATE, FRENCH));
        assertEquals("", DateInput.format(null));
    }

    private static String message(String typed, String field, ScreenTexts texts) {
        return assertThrows(DateInput.InvalidDateException.class, () -> DateInput.parse(typed, field, texts))
                .getMessage();
    }
}
