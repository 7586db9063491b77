package ml.modele.observation.domain.geography;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;

import org.junit.jupiter.api.Test;

class SearchKeysTest {

    @Test
    void foldsCaseAndAccents() {
        assertEquals("segou", SearchKeys.fold("segou"));
        assertEquals("segou", SearchKeys.fold("SEGOU"));
        assertEquals("segou", SearchKeys.fold("Ségou"));
        assertEquals("segou", SearchKeys.fold("  SÉGOU \t"));
        assertEquals("menaka", SearchKeys.fold("Ménaka"));
        assertEquals("taoudenit", SearchKeys.fold("Taoudénit"));
        assertEquals("district de bamako", SearchKeys.fold("District de Bamako"));
    }

    @Test
    void foldsDecomposedInput() {
        String decomposed = Normalizer.normalize("Ségou", Normalizer.Form.NFD);

        assertEquals(6, decomposed.length());
        assertEquals("segou", SearchKeys.fold(decomposed));
    }

    @Test
    void foldsNullToEmpty() {
        assertEquals("", SearchKeys.fold(null));
    }

    @Test
    void matchesAccentInsensitiveSubstring() {
        assertTrue(SearchKeys.matches("segou", "Ségou"));
        assertTrue(SearchKeys.matches("SEGOU", "Ségou"));
        assertTrue(SearchKeys.matches("Ségou", "Segou"));
        assertTrue(SearchKeys.matches("bamako", "District de Bamako"));
        assertTrue(SearchKeys.matches("", "Kayes"));
        assertFalse(SearchKeys.matches("sikasso", "Ségou"));
    }

    @Test
    void wordsIgnorePunctuationAndSpacing() {
        assertEquals("ke macina", SearchKeys.words("Ké-Macina"));
        assertEquals("ke macina", SearchKeys.words("  KE   MACINA "));
        assertEquals("segou", SearchKeys.words("Ségou"));
        assertEquals("ml04", SearchKeys.words("ML04"));
        assertEquals("", SearchKeys.words(null));
        assertEquals("", SearchKeys.words(" - "));
    }

    @Test
    void compactIgnoresApostrophesHyphensAndSpaces() {
        assertEquals("ngara", SearchKeys.compact("N'gara"));
        assertEquals("ngara", SearchKeys.compact("N’GARA"));
        assertEquals("ngara", SearchKeys.compact("n-gara"));
        assertEquals("ngara", SearchKeys.compact(" N gara "));
        assertEquals("gourmarharous", SearchKeys.compact("Gourma-Rharous"));
        assertEquals("districtdebamako", SearchKeys.compact("District de Bamako"));
        assertEquals("ecole2annexe", SearchKeys.compact("École 2 (annexe)"));
        assertEquals("", SearchKeys.compact(" - ' "));
        assertEquals("", SearchKeys.compact(null));
    }

    @Test
    void compactKeepsLettersWithoutDecomposition() {
        assertEquals("ɲɛgɛ", SearchKeys.compact("ɲɛ́gɛ"));
    }
}
