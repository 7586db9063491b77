package ml.modele.observation.interfaces.web.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ml.modele.observation.interfaces.web.shell.ScreenTexts;

/**
 * Renders the changes of a form-set edit that the audit trail stores in English, one per
 * "; "-separated part as {@code FormSetChanges} writes them ("ARV: question J added (YES_NO)").
 * The service cuts long details with "…", so a cut last part is shown as stored.
 */
final class FormSetChangeTexts {

    private static final Pattern FORM_ADDED = Pattern.compile("(\\w+): form added \\((\\w+), questions: (\\d{1,9})\\)");
    private static final Pattern FORM_REMOVED = Pattern.compile("(\\w+): form removed");
    private static final Pattern KIND = Pattern.compile("(\\w+): kind (\\w+) to (\\w+)");
    private static final Pattern TITLE = Pattern.compile("(\\w+): title changed");
    private static final Pattern QUESTION_REMOVED = Pattern.compile("(\\w+): question (\\w+) removed");
    private static final Pattern QUESTION_ADDED = Pattern.compile("(\\w+): question (\\w+) added \\((\\w+)\\)");
    private static final Pattern QUESTION_CHANGED = Pattern.compile("(\\w+): question (\\w+) changed \\((.*)\\)");
    private static final Pattern QUESTIONS_REORDERED = Pattern.compile("(\\w+): questions reordered");
    private static final Pattern TYPE = Pattern.compile("type (\\w+) to (\\w+)");
    private static final Pattern RANGE = Pattern.compile("range (\\S+)\\.\\.(\\S+) to (\\S+)\\.\\.(\\S+)");
    private static final Pattern FIGURE = Pattern.compile("figure (\\w+) to (\\w+)");

    private FormSetChangeTexts() {
    }

    static String render(String stored, ScreenTexts texts) {
        List<String> changes = new ArrayList<>();
        for (String change : stored.split("; ")) {
            changes.add(change(change, texts));
        }
        return texts.parts(changes);
    }

    private static String change(String change, ScreenTexts texts) {
        if ("set renamed".equals(change)) {
            return texts.get("forms.change.setRenamed");
        }
        if ("forms reordered".equals(change)) {
            return texts.get("forms.change.formsReordered");
        }

        Matcher m;
        if ((m = FORM_ADDED.matcher(change)).matches()) {
            return texts.get("forms.change.formAdded", m.group(1), texts.label("forms.kind.", m.group(2)),
                    texts.number(Integer.parseInt(m.group(3))));
        }
        if ((m = FORM_REMOVED.matcher(change)).matches()) {
            return texts.get("forms.change.formRemoved", m.group(1));
        }

        if ((m = KIND.matcher(change)).matches()) {
            return texts.get("forms.change.kind", m.group(1), texts.label("forms.kind.", m.group(2)),
                    texts.label("forms.kind.", m.group(3)));
        }
        if ((m = TITLE.matcher(change)).matches()) {
            return texts.get("forms.change.titleChanged", m.group(1));
        }

        if ((m = QUESTION_REMOVED.matcher(change)).matches()) {
            return texts.get("forms.change.questionRemoved", m.group(1), m.group(2));
        }
        if ((m = QUESTION_ADDED.matcher(change)).matches()) {
            return texts.get("forms.change.questionAdded", m.group(1), m.group(2),
                    texts.label("forms.designer.type.", m.group(3)));
        }
        if ((m = QUESTION_CHANGED.matcher(change)).matches()) {
            List<String> fields = new ArrayList<>();
            for (String field : m.group(3).split(", ")) {
                fields.add(field(field, texts));
            }
            return texts.get("forms.change.questionChanged", m.group(1), m.group(2), ScreenTexts.list(fields));
        }
        if ((m = QUESTIONS_REORDERED.matcher(change)).matches()) {
            return texts.get("forms.change.questionsReordered", m.group(1));
        }
        return change;
    }

    private static String field(String field, ScreenTexts texts) {
        switch (field) {
            case "label", "choices", "section":
                return texts.get("forms.change.field." + field);
            case "now required":
                return texts.get("forms.change.field.required");
            case "now optional":
                return texts.get("forms.change.field.optional");
            default:
                break;
        }
        Matcher m;
        if ((m = TYPE.matcher(field)).matches()) {
            return texts.get("forms.change.field.type", texts.label("forms.designer.type.", m.group(1)),
                    texts.label("forms.designer.type.", m.group(2)));
        }
        if ((m = RANGE.matcher(field)).matches()) {
            return texts.get("forms.change.field.range", range(m.group(1), m.group(2), texts),
                    range(m.group(3), m.group(4), texts));
        }
        if ((m = FIGURE.matcher(field)).matches()) {
            return texts.get("forms.change.field.figure", figure(m.group(1), texts), figure(m.group(2), texts));
        }
        return field;
    }

    private static String range(String min, String max, ScreenTexts texts) {
        return "null".equals(min) && "null".equals(max) ? texts.get("value.none")
                : texts.get("forms.change.range", min, max);
    }

    private static String figure(String name, ScreenTexts texts) {
        return "null".equals(name) ? texts.get("value.none") : texts.label("forms.designer.figure.", name);
    }
}
