package ml.modele.observation.domain.form;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.JsonWriter;
import jakarta.json.JsonWriterFactory;
import jakarta.json.stream.JsonGenerator;
import java.io.Reader;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Export and import of a form set as a JSON file (Jakarta JSON Processing).
 *
 * <p>The file is an object {@code {"format": "observation-form-set", "version": 1, "name": ...,
 * "forms": [...]}}; each form has code, kind, titleFr, titleEn and questions, each question has
 * code, labelFr, labelEn, type, required, section and, when they apply, min, max, figure and
 * choices (code, labelFr, labelEn). Import runs {@link FormSetValidator}, so a file that the
 * designer would reject is rejected whole.
 */
public final class FormSetJson {

    /** Value of the "format" member. */
    public static final String FORMAT = "observation-form-set";
    /** Version of the layout written by {@link #write}. */
    public static final int VERSION = 1;

    private static final JsonWriterFactory PRETTY =
            Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true));

    private FormSetJson() {
    }

    /** Writes the set as indented JSON; the writer is not closed. */
    public static void write(FormSet set, Writer out) {
        JsonArrayBuilder forms = Json.createArrayBuilder();
        for (FormDefinition form : set.forms()) {
            forms.add(toJson(form));
        }
        JsonObject root = Json.createObjectBuilder()
                .add("format", FORMAT)
                .add("version", VERSION)
                .add("name", set.name())
                .add("forms", forms)
                .build();
        JsonWriter writer = PRETTY.createWriter(out);
        writer.writeObject(root);
    }

    /**
     * Reads and validates a set; the reader is not closed.
     *
     * @throws FormSetImportException with every problem when the file is not a form-set file or the
     *                                set breaks a rule of {@link FormSetValidator}
     */
    public static FormSet read(Reader in) throws FormSetImportException {
        FormSet set;
        try {
            JsonReader reader = Json.createReader(in);
            JsonObject root = reader.readObject();
            if (!FORMAT.equals(root.getString("format", "")) || root.getInt("version", 0) != VERSION) {
                throw unreadable("", "", "format " + root.getString("format", "?") + " version "
                        + root.getInt("version", 0));
            }
            List<FormDefinition> forms = new ArrayList<>();
            for (JsonValue value : root.getJsonArray("forms")) {
                forms.add(formFromJson(value.asJsonObject()));
            }
            set = new FormSet(root.getString("name"), forms);
        } catch (JsonException | ClassCastException | NullPointerException | IllegalArgumentException
                | ArithmeticException e) {
            // JSON-P signals a missing member with NullPointerException and a wrong type with
            // ClassCastException; both mean the file is not a valid form-set file.
            throw unreadable("", "", String.valueOf(e.getMessage()));
        }
        List<FormProblem> problems = FormSetValidator.validate(set);
        if (!problems.isEmpty()) {
            throw new FormSetImportException(problems);
        }
        return set;
    }

    private static FormSetImportException unreadable(String form, String question, String detail) {
        return new FormSetImportException(List.of(new FormProblem(FormProblem.Type.UNREADABLE, form, question, detail)));
    }

    private static JsonObject toJson(FormDefinition form) {
        JsonArrayBuilder questions = Json.createArrayBuilder();
        for (Question question : form.questions()) {
            questions.add(toJson(question));
        }
        return Json.createObjectBuilder()
                .add("code", form.code())
                .add("kind", form.kind().name())
                .add("titleFr", form.titleFr())
                .add("titleEn", form.titleEn())
                .add("questions", questions)
                .build();
    }

    private static JsonObject toJson(Question question) {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("code", question.code())
                .add("labelFr", question.labelFr())
                .add("labelEn", question.labelEn())
                .add("type", question.type().name())
                .add("required", question.required())
                .add("section", question.section());
        if (question.min() != null) {
            json.add("min", question.min());
        }
        if (question.max() != null) {
            json.add("max", question.max());
        }
        if (question.figure() != null) {
            json.add("figure", question.figure().name());
        }
        if (!question.choices().isEmpty()) {
            JsonArrayBuilder choices = Json.createArrayBuilder();
            for (Choice choice : question.choices()) {
                choices.add(Json.createObjectBuilder()
                        .add("code", choice.code())
                        .add("labelFr", choice.labelFr())
                        .add("labelEn", choice.labelEn()));
            }
            json.add("choices", choices);
        }
        return json.build();
    }

    private static FormDefinition formFromJson(JsonObject json) {
        List<Question> questions = new ArrayList<>();
        for (JsonValue value : json.getJsonArray("questions")) {
            questions.add(questionFromJson(value.asJsonObject()));
        }
        return new FormDefinition(json.getString("code"), FormKind.valueOf(json.getString("kind")),
                json.getString("titleFr"), json.getString("titleEn"), questions);
    }

    private static Question questionFromJson(JsonObject json) {
        List<Choice> choices = new ArrayList<>();
        JsonArray choiceArray = json.getJsonArray("choices");
        if (choiceArray != null) {
            for (JsonValue value : choiceArray) {
                JsonObject choice = value.asJsonObject();
                choices.add(new Choice(choice.getString("code"), choice.getString("labelFr"),
                        choice.getString("labelEn")));
            }
        }
        String figure = json.getString("figure", null);
        return new Question(json.getString("code"), json.getString("labelFr"), json.getString("labelEn"),
                QuestionType.valueOf(json.getString("type")), integerOrNull(json, "min"), integerOrNull(json, "max"),
                choices, json.getBoolean("required", false), json.getString("section", ""),
                figure == null ? null : ResultFigure.valueOf(figure));
    }

    private static Integer integerOrNull(JsonObject json, String name) {
        JsonNumber number = json.getJsonNumber(name);
        return number == null ? null : number.intValueExact();
    }
}
