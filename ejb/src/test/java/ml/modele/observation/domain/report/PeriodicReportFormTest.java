package ml.modele.observation.domain.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import ml.modele.observation.domain.form.DefaultFormSets;
import ml.modele.observation.domain.form.Question;

class PeriodicReportFormTest {

    private final PeriodicReportForm form = PeriodicReportForm.of(DefaultFormSets.referendum()).orElseThrow();

    @Test
    void defaultFormHasSixThemes() {
        assertEquals("RAP", form.definition().code());
        assertEquals(List.of("Contexte politique", "Processus électoral", "Sécurité",
                "Genre et participation des femmes", "Handicap et inclusion", "Médias"),
                form.themes().stream().map(Question::labelFr).toList());
    }

    @Test
    void checkStripsAndDropsBlankThemes() {
        Map<String, String> sections = new LinkedHashMap<>();
        sections.put("C", "  Patrouilles renforcées à Ségou.\n");
        sections.put("A", "Meetings calmes.");
        sections.put("F", "   ");

        Map<String, String> texts = form.check(sections);

        assertEquals(List.of("A", "C"), List.copyOf(texts.keySet()));
        assertEquals("Patrouilles renforcées à Ségou.", texts.get("C"));
    }

    @Test
    void checkRejectsUnknownTheme() {
        InvalidReportContentException e = assertThrows(InvalidReportContentException.class,
                () -> form.check(Map.of("A", "Texte", "Z", "Texte")));

        assertEquals(InvalidReportContentException.Reason.UNKNOWN_THEME, e.reason());
        assertEquals("Z", e.questionCode());
    }

    @Test
    void checkRejectsMissingRequiredTheme() {
        InvalidReportContentException e = assertThrows(InvalidReportContentException.class,
                () -> form.check(Map.of("B", "Révision des listes en cours.")));

        assertEquals(InvalidReportContentException.Reason.REQUIRED_MISSING, e.reason());
        assertEquals("A", e.questionCode());
    }

    @Test
    void checkRejectsTooLongText() {
        String text = "é".repeat(PeriodicReportForm.MAX_SECTION_CHARS + 1);

        InvalidReportContentException e = assertThrows(InvalidReportContentException.class,
                () -> form.check(Map.of("A", "Calme.", "F", text)));

        assertEquals(InvalidReportContentException.Reason.TOO_LONG, e.reason());
        assertEquals("F", e.questionCode());
    }

    @Test
    void checkAcceptsLongestText() {
        String text = "é".repeat(PeriodicReportForm.MAX_SECTION_CHARS);

        assertEquals(text, form.check(Map.of("A", text)).get("A"));
    }
}
