package ml.modele.observation.application.incident;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import ml.modele.observation.domain.form.DefaultFormSets;
import ml.modele.observation.domain.form.Question;

class IncidentCategoriesTest {

    @Test
    void criticalCategoriesOfDefaultForm() {
        Question question = IncidentCategories.categoryQuestion(DefaultFormSets.referendum()).orElseThrow();
        assertEquals("A", question.code());
        assertEquals("Violence", question.choice("1").orElseThrow().labelFr());
        assertEquals("Intimidation", question.choice("2").orElseThrow().labelFr());
        assertEquals("Bourrage d'urnes", question.choice("3").orElseThrow().labelFr());
        assertEquals("Bureau fermé", question.choice("6").orElseThrow().labelFr());
    }

    @Test
    void readsCodesAndCriticality() {
        assertEquals(List.of("1", "3"), IncidentCategories.codes("13"));
        assertFalse(IncidentCategories.critical(IncidentCategories.codes("49")));
        assertTrue(IncidentCategories.critical(IncidentCategories.codes("46")));
        assertFalse(IncidentCategories.critical(IncidentCategories.codes(null)));
    }
}
