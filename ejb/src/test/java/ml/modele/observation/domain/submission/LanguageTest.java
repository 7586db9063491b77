package ml.modele.observation.domain.submission;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LanguageTest {

    @Test
    void englishBeforeFrenchPicksEnglish() {
        assertEquals(Language.ENGLISH, Language.ofSpokenLanguages("anglais, français"));
    }

    @Test
    void frenchBeforeEnglishPicksFrench() {
        assertEquals(Language.FRENCH, Language.ofSpokenLanguages("bambara, français, anglais"));
    }

    @Test
    void noKnownLanguagePicksFrench() {
        assertEquals(Language.FRENCH, Language.ofSpokenLanguages("bambara, peul"));
        assertEquals(Language.FRENCH, Language.ofSpokenLanguages(""));
        assertEquals(Language.FRENCH, Language.ofSpokenLanguages(null));
    }
}
