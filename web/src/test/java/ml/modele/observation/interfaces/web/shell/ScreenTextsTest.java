package ml.modele.observation.interfaces.web.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class ScreenTextsTest {

    private static final ScreenTexts FRENCH = new ScreenTexts(LocaleBean.FRENCH);
    private static final ScreenTexts ENGLISH = new ScreenTexts(LocaleBean.ENGLISH);

    @Test
    void listJoinsPhonesWithComma() {
        assertEquals("+22376500000, +22376500001", ScreenTexts.list(List.of("+22376500000", "+22376500001")));
    }

    @Test
    void listOfNothingIsEmpty() {
        assertEquals("", ScreenTexts.list(null));
        assertEquals("", ScreenTexts.list(List.of()));
    }

    @Test
    void yesNoInBothLanguages() {
        assertEquals("Oui", FRENCH.yesNo(true));
        assertEquals("Non", FRENCH.yesNo(false));
        assertEquals("Yes", ENGLISH.yesNo(true));
        assertEquals("No", ENGLISH.yesNo(false));
    }

    @Test
    void labelOfEnumConstant() {
        assertEquals("Coordinateur technique", FRENCH.label("role.", "TECHNICAL_COORDINATOR"));
        assertEquals("Technical coordinator", ENGLISH.label("role.", "TECHNICAL_COORDINATOR"));
    }

    @Test
    void labelOfUnknownConstantIsConstant() {
        assertEquals("NEW_ROLE", FRENCH.label("role.", "NEW_ROLE"));
        assertEquals("", FRENCH.label("role.", null));
    }

    @Test
    void messageWithoutArgumentsKeepsSingleApostrophe() {
        assertEquals("En attente d'envoi", FRENCH.get("messageLog.status.OUTBOUND.PENDING"));
    }

    @Test
    void messageWithoutArgumentsUndoublesApostrophe() {
        assertEquals("Choisissez d'abord un fichier JSON de formulaires.", FRENCH.get("forms.noFile"));
    }

    @Test
    void datesInLocaleStyle() {
        assertEquals("18/06/2023", FRENCH.date(LocalDate.of(2023, 6, 18)));
        assertEquals("18/06/2023", FRENCH.date("2023-06-18"));
        assertEquals("not a date", FRENCH.date("not a date"));
        assertEquals(FRENCH.dateTime(Instant.parse("2023-06-18T07:30:00Z")), FRENCH.dateTime("2023-06-18T07:30:00Z"));
        assertEquals("18/06/2023 07:30:00", FRENCH.dateTime("2023-06-18T07:30:00Z"));
    }

    @Test
    void partsFollowEachLanguagesTypography() {
        assertEquals("a ; b", FRENCH.parts(List.of("a", "b")));
        assertEquals("a; b", ENGLISH.parts(List.of("a", "b")));
    }
}
