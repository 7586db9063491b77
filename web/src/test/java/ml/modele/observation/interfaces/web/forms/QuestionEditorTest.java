package ml.modele.observation.interfaces.web.forms;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

import ml.modele.observation.application.UserInputException;
import ml.modele.observation.domain.form.Choice;
import ml.modele.observation.domain.form.DefaultFormSets;
import ml.modele.observation.domain.form.Question;
import ml.modele.observation.domain.form.QuestionType;
import ml.modele.observation.domain.form.ResultFigure;

class QuestionEditorTest {

    @Test
    void codeTrimmedAndUpperCased() {
        QuestionEditor editor = editor(QuestionType.YES_NO);
        editor.setCode(" jk ");

        assertEquals("JK", editor.toQuestion().code());
    }

    @Test
    void choiceLinesRead() {
        QuestionEditor editor = editor(QuestionType.MULTIPLE_CHOICE);
        editor.setChoices("1;Violence;Violence\r\n\n 2 ; Intimidation ; Intimidation \n");

        Question question = editor.toQuestion();

        assertEquals(List.of(new Choice("1", "Violence", "Violence"), new Choice("2", "Intimidation", "Intimidation")),
                question.choices());
    }

    @Test
    void choiceLineWithoutLabelsRejected() {
        QuestionEditor editor = editor(QuestionType.SINGLE_CHOICE);
        editor.setChoices("1;Violence;Violence\n2 Intimidation");

        UserInputException e = assertThrows(UserInputException.class, editor::toQuestion);

        assertEquals("forms.designer.choiceLine", e.messageKey());
        assertArrayEquals(new Object[] {"2 Intimidation"}, e.arguments());
    }

    @Test
    void rangeRead() {
        QuestionEditor editor = editor(QuestionType.NUMBER);
        editor.setMin(" 0");
        editor.setMax("99 ");

        Question question = editor.toQuestion();

        assertEquals(0, question.min());
        assertEquals(99, question.max());
    }

    @Test
    void wordAsMaximumRejected() {
        QuestionEditor editor = editor(QuestionType.NUMBER);
        editor.setMin("0");
        editor.setMax("cent");

        UserInputException e = assertThrows(UserInputException.class, editor::toQuestion);

        assertEquals("forms.designer.invalidMax", e.messageKey());
        assertArrayEquals(new Object[] {"cent"}, e.arguments());
    }

    @Test
    void rangeChoicesAndFigureDroppedForOtherTypes() {
        QuestionEditor editor = editor(QuestionType.YES_NO);
        editor.setMin("abc");
        editor.setChoices("not a choice line");
        editor.setFigure(ResultFigure.VOTERS);

        Question question = editor.toQuestion();

        assertNull(question.min());
        assertEquals(List.of(), question.choices());
        assertNull(question.figure());
    }

    @Test
    void blankSectionRejected() {
        QuestionEditor editor = editor(QuestionType.YES_NO);
        editor.setSection("  ");

        UserInputException e = assertThrows(UserInputException.class, editor::toQuestion);

        assertEquals("forms.designer.noSection", e.messageKey());
    }

    @Test
    void filledEditorRebuildsSameQuestion() {
        for (var form : DefaultFormSets.referendum().forms()) {
            for (Question question : form.questions()) {
                QuestionEditor editor = new QuestionEditor();
                editor.fill(question);

                assertEquals(question, editor.toQuestion(), form.code() + " " + question.code());
            }
        }
    }

    private static QuestionEditor editor(QuestionType type) {
        QuestionEditor editor = new QuestionEditor();
        editor.clear("Ouverture");
        editor.setCode("J");
        editor.setLabelFr("Libellé");
        editor.setLabelEn("Label");
        editor.setType(type);
        return editor;
    }
}
