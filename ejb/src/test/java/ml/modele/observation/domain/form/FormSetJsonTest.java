package ml.modele.observation.domain.form;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class FormSetJsonTest {

    @Test
    void defaultSetRoundTrip() throws FormSetImportException {
        FormSet original = DefaultFormSets.referendum();

        FormSet copy = FormSetJson.read(new StringReader(write(original)));

        assertEquals(original, copy);
    }

    @Test
    void fileNamesFormatAndVersion() {
        String json = write(DefaultFormSets.referendum());

        assertTrue(json.contains("\"format\": \"observation-form-set\""), json.substring(0, 200));
        assertTrue(json.contains("\"version\": 1"));
        assertTrue(json.contains("Bourrage d'urnes"));
    }

    @Test
    void invalidSetRejectedOnImport() {
        FormSet bad = new FormSet("Copie", List.of(new FormDefinition("ARV", FormKind.CHECKLIST, "Arrivée", "Arrival",
                List.of(Question.yesNo("A", "S", true, "Q", "Q"), Question.yesNo("AB", "S", true, "Q", "Q"),
                        Question.yesNo("O", "S", true, "Q", "Q")))));

        FormSetImportException error = assertThrows(FormSetImportException.class,
                () -> FormSetJson.read(new StringReader(write(bad))));

        assertEquals(List.of(
                new FormProblem(FormProblem.Type.CONFUSABLE_LETTER, "ARV", "O", "O"),
                new FormProblem(FormProblem.Type.QUESTION_CODE_PREFIX, "ARV", "A", "AB")), error.problems());
    }

    @Test
    void unreadableFilesRejected() {
        assertUnreadable("not json");
        assertUnreadable("[]");
        assertUnreadable("{\"format\": \"other\", \"version\": 1, \"name\": \"x\", \"forms\": []}");
        assertUnreadable("{\"format\": \"observation-form-set\", \"version\": 2, \"name\": \"x\", \"forms\": []}");
        assertUnreadable("{\"format\": \"observation-form-set\", \"version\": 1, \"name\": \"x\"}");
        assertUnreadable("{\"format\": \"observation-form-set\", \"version\": 1, \"name\": \"x\", \"forms\": "
                + "[{\"code\": \"ARV\", \"kind\": \"SURVEY\", \"titleFr\": \"a\", \"titleEn\": \"b\", \"questions\": []}]}");
        assertUnreadable("{\"format\": \"observation-form-set\", \"version\": 1, \"name\": \"x\", \"forms\": "
                + "[{\"code\": \"ARV\", \"kind\": \"CHECKLIST\", \"titleFr\": \"a\", \"titleEn\": \"b\", \"questions\": "
                + "[{\"code\": \"A\", \"labelFr\": \"a\", \"labelEn\": \"b\", \"type\": \"NUMBER\", \"min\": 0, "
                + "\"max\": 1e20}]}]}");
    }

    private static void assertUnreadable(String json) {
        FormSetImportException error = assertThrows(FormSetImportException.class,
                () -> FormSetJson.read(new StringReader(json)), json);
        assertEquals(FormProblem.Type.UNREADABLE, error.problems().get(0).type(), json);
    }

    private static String write(FormSet set) {
        StringWriter out = new StringWriter();
        FormSetJson.write(set, out);
        return out.toString();
    }
}
