package ml.modele.observation.domain.submission;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import ml.modele.observation.domain.form.DefaultFormSets;
import ml.modele.observation.domain.form.FormDefinition;

class CorrectionReaderTest {

    private final FormDefinition results = DefaultFormSets.referendum().form("RES").orElseThrow();
    private final FormDefinition arrival = DefaultFormSets.referendum().form("ARV").orElseThrow();

    @Test
    void readsCodedFigures() {
        CorrectionReader.Correction correction = CorrectionReader.read(results, "E335 F221");

        assertEquals(Map.of("E", "335", "F", "221"), correction.answers());
        assertEquals(List.of(), correction.errors());
    }

    @Test
    void foldsSeparatorsCaseAndLetterDigits() {
        CorrectionReader.Correction correction = CorrectionReader.read(results, "e 3o5, f-2l1");

        assertEquals(Map.of("E", "305", "F", "211"), correction.answers());
    }

    @Test
    void rejectsOutOfRangeFigure() {
        CorrectionReader.Correction correction = CorrectionReader.read(results, "E335 F99999");

        assertEquals(Map.of("E", "335"), correction.answers());
        assertEquals(SubmissionError.Type.OUT_OF_RANGE, correction.errors().get(0).type());
        assertEquals("F", correction.errors().get(0).questionCode());
        assertEquals("99999", correction.errors().get(0).value());
    }

    @Test
    void rejectsUnknownCode() {
        CorrectionReader.Correction correction = CorrectionReader.read(results, "Z12");

        assertEquals(SubmissionError.Type.UNKNOWN_QUESTION, correction.errors().get(0).type());
        assertEquals("Z", correction.errors().get(0).questionCode());
    }

    @Test
    void rejectsInvalidChoice() {
        CorrectionReader.Correction correction = CorrectionReader.read(arrival, "B3");

        assertTrue(correction.answers().isEmpty());
        assertEquals(SubmissionError.Type.INVALID_CHOICE, correction.errors().get(0).type());
    }

    @Test
    void rejectsEmptyCorrection() {
        CorrectionReader.Correction correction = CorrectionReader.read(results, "  ");

        assertEquals(SubmissionError.Type.EMPTY_MESSAGE, correction.errors().get(0).type());
    }
}
