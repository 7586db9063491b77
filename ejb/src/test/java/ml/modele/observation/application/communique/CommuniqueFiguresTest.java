package ml.modele.observation.application.communique;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import ml.modele.observation.domain.form.Question;

class CommuniqueFiguresTest {

    @Test
    void yesNoAnswersGetLabels() {
        assertEquals("Oui", CommuniqueFigures.answerLabel("", Question.YES, Locale.FRENCH));
        assertEquals("Non", CommuniqueFigures.answerLabel("", Question.NO, Locale.FRENCH));
        assertEquals("Yes", CommuniqueFigures.answerLabel(null, Question.YES, Locale.ENGLISH));
        assertEquals("No", CommuniqueFigures.answerLabel("", Question.NO, Locale.ENGLISH));
    }

    @Test
    void choiceLabelsAreKept() {
        assertEquals("Assesseurs absents", CommuniqueFigures.answerLabel("Assesseurs absents", "2", Locale.FRENCH));
    }
}
