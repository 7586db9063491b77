package ml.modele.observation.domain.form;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class FormSetChangesTest {

    private static final FormSet DEFAULT = DefaultFormSets.referendum();

    @Test
    void equalSetsHaveNoChanges() {
        assertEquals(List.of(), FormSetChanges.between(DEFAULT, DefaultFormSets.referendum()));
    }

    @Test
    void questionChangesListed() {
        FormDefinition arv = DEFAULT.form("ARV").orElseThrow();
        List<Question> questions = new ArrayList<>(arv.questions());
        Question opened = questions.remove(1);
        questions.add(0, new Question("B", opened.labelFr(), "Did it open?", opened.type(), null, null, List.of(),
                false, opened.section(), null));
        questions.remove(questions.size() - 1);
        questions.add(Question.yesNo("J", opened.section(), false, "Autres observateurs ?", "Other observers?"));
        FormSet edited = replace(new FormDefinition("ARV", arv.kind(), arv.titleFr(), arv.titleEn(), questions));

        assertEquals(List.of(
                "ARV: question B changed (label, now optional)",
                "ARV: question H removed",
                "ARV: question J added (YES_NO)",
                "ARV: questions reordered"), FormSetChanges.between(DEFAULT, edited));
    }

    @Test
    void addedAndRemovedFormsListed() {
        List<FormDefinition> forms = new ArrayList<>(DEFAULT.forms());
        forms.removeIf(form -> form.code().equals("RAP"));
        forms.add(new FormDefinition("MSG", FormKind.INCIDENT, "Message", "Message",
                List.of(Question.text("A", "Texte", true, "Texte", "Text"))));

        assertEquals(List.of("RAP: form removed", "MSG: form added (INCIDENT, questions: 1)"),
                FormSetChanges.between(DEFAULT, new FormSet(DEFAULT.name(), forms)));
    }

    private static FormSet replace(FormDefinition changed) {
        return new FormSet(DEFAULT.name(), DEFAULT.forms().stream()
                .map(form -> form.code().equals(changed.code()) ? changed : form).toList());
    }
}
