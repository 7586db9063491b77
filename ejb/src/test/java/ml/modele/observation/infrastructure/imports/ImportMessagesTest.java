package ml.modele.observation.infrastructure.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Locale;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

class ImportMessagesTest {

    private static final ImportProblem UNKNOWN_PARENT =
            ImportProblem.of(14, "Parent P-Code", "ML9901", "parent.unknown");

    @Test
    void formatsFrenchByDefault() {
        String french = "Ligne 14, colonne « Parent P-Code » : le code parent « ML9901 » est inconnu. "
                + "Corrigez le code ou ajoutez d'abord l'unité parente.";

        assertEquals(french, ImportMessages.format(UNKNOWN_PARENT, Locale.FRENCH));
        assertEquals(french, ImportMessages.format(UNKNOWN_PARENT, Locale.forLanguageTag("fr-ML")));
        assertEquals(french, ImportMessages.format(UNKNOWN_PARENT, Locale.GERMAN));
        assertEquals(french, ImportMessages.format(UNKNOWN_PARENT, Locale.ROOT));
    }

    @Test
    void formatsEnglish() {
        assertEquals("Row 14, column \"Parent P-Code\": the parent code \"ML9901\" is unknown. "
                        + "Fix the code or add the parent unit first.",
                ImportMessages.format(UNKNOWN_PARENT, Locale.ENGLISH));
    }

    @Test
    void writesLargeRowNumbersWithoutGrouping() {
        ImportProblem problem = ImportProblem.of(24_698, "Parent P-Code", "ML9901", "parent.unknown");

        assertTrue(ImportMessages.format(problem, Locale.FRENCH).startsWith("Ligne 24698,"));
    }

    @Test
    void bundleFilesHaveSameKeys() throws IOException {
        Set<String> french = fileKeys("imports_fr.properties");

        assertEquals(french, fileKeys("imports_en.properties"));
        assertEquals(french, fileKeys("imports.properties"));
    }

    @Test
    void defaultBundleIsCopyOfFrench() throws IOException {
        assertEquals(properties("imports_fr.properties"), properties("imports.properties"));
    }

    @Test
    void everyMessageFormatsWithoutQuoteArtefacts() {
        for (Locale locale : new Locale[] {Locale.FRENCH, Locale.ENGLISH}) {
            for (String key : keys(locale)) {
                ImportProblem problem = ImportProblem.of(7, "colonne", "valeur", key, "d3", "d4", "d5");

                String message = ImportMessages.format(problem, locale);

                assertFalse(message.contains("''"), key);
                assertFalse(message.matches(".*\\{\\d}.*"), key + ": " + message);
            }
        }
    }

    private static Set<String> fileKeys(String file) throws IOException {
        return new TreeSet<>(properties(file).stringPropertyNames());
    }

    /** Loads one bundle file alone, without the parent bundle that ResourceBundle would add. */
    private static Properties properties(String file) throws IOException {
        Properties properties = new Properties();
        try (InputStream input = ImportMessagesTest.class.getResourceAsStream("/ml/modele/observation/i18n/" + file);
             Reader reader = new InputStreamReader(input, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    private static Set<String> keys(Locale locale) {
        ResourceBundle bundle = ImportMessages.bundle(locale);
        return new TreeSet<>(Collections.list(bundle.getKeys()));
    }
}
