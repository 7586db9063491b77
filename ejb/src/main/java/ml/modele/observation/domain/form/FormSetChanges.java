package ml.modele.observation.domain.form;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Lists what differs between two form sets, one line per change in English, for the audit trail
 * ("ARV: question J added"). The lines name codes only, never labels, so that they stay short.
 */
public final class FormSetChanges {

    private FormSetChanges() {
    }

    /** Returns the changes from {@code before} to {@code after}; empty when the sets are equal. */
    public static List<String> between(FormSet before, FormSet after) {
        List<String> changes = new ArrayList<>();
        if (!before.name().equals(after.name())) {
            changes.add("set renamed");
        }
        for (FormDefinition form : before.forms()) {
            Optional<FormDefinition> kept = after.form(form.code());
            if (kept.isEmpty()) {
                changes.add(form.code() + ": form removed");
            } else {
                compareForms(form, kept.get(), changes);
            }
        }
        for (FormDefinition form : after.forms()) {
            if (before.form(form.code()).isEmpty()) {
                changes.add(form.code() + ": form added (" + form.kind() + ", questions: "
                        + form.questions().size() + ")");
            }
        }
        if (!keptInOrder(codes(before), codes(after)).equals(keptInOrder(codes(after), codes(before)))) {
            changes.add("forms reordered");
        }
        return List.copyOf(changes);
    }

    private static void compareForms(FormDefinition before, FormDefinition after, List<String> changes) {
        String form = before.code() + ": ";
        if (before.kind() != after.kind()) {
            changes.add(form + "kind " + before.kind() + " to " + after.kind());
        }
        if (!before.titleFr().equals(after.titleFr()) || !before.titleEn().equals(after.titleEn())) {
            changes.add(form + "title changed");
        }
        for (Question question : before.questions()) {
            Optional<Question> kept = after.question(question.code());
            if (kept.isEmpty()) {
                changes.add(form + "question " + question.code() + " removed");
            } else if (!question.equals(kept.get())) {
                changes.add(form + "question " + question.code() + " changed (" + String.join(", ",
                        differences(question, kept.get())) + ")");
            }
        }
        for (Question question : after.questions()) {
            if (before.question(question.code()).isEmpty()) {
                changes.add(form + "question " + question.code() + " added (" + question.type() + ")");
            }
        }
        List<String> beforeCodes = questionCodes(before);
        List<String> afterCodes = questionCodes(after);
        if (!keptInOrder(beforeCodes, afterCodes).equals(keptInOrder(afterCodes, beforeCodes))) {
            changes.add(form + "questions reordered");
        }
    }

    private static List<String> differences(Question before, Question after) {
        List<String> fields = new ArrayList<>();
        if (!before.labelFr().equals(after.labelFr()) || !before.labelEn().equals(after.labelEn())) {
            fields.add("label");
        }
        if (before.type() != after.type()) {
            fields.add("type " + before.type() + " to " + after.type());
        }
        if (!Objects.equals(before.min(), after.min()) || !Objects.equals(before.max(), after.max())) {
            fields.add("range " + before.min() + ".." + before.max() + " to " + after.min() + ".." + after.max());
        }
        if (!before.choices().equals(after.choices())) {
            fields.add("choices");
        }
        if (before.required() != after.required()) {
            fields.add(after.required() ? "now required" : "now optional");
        }
        if (!before.section().equals(after.section())) {
            fields.add("section");
        }
        if (before.figure() != after.figure()) {
            fields.add("figure " + before.figure() + " to " + after.figure());
        }
        return fields;
    }

    /** Returns the codes of {@code codes} that {@code other} also has, in the order of {@code codes}. */
    private static List<String> keptInOrder(List<String> codes, List<String> other) {
        return codes.stream().filter(other::contains).toList();
    }

    private static List<String> codes(FormSet set) {
        return set.forms().stream().map(FormDefinition::code).toList();
    }

    private static List<String> questionCodes(FormDefinition form) {
        return form.questions().stream().map(Question::code).toList();
    }
}
