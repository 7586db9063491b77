package ml.modele.observation.interfaces.web.verification;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ml.modele.observation.domain.form.Choice;
import ml.modele.observation.domain.form.FormDefinition;
import ml.modele.observation.domain.form.Question;
import ml.modele.observation.domain.form.QuestionType;
import ml.modele.observation.interfaces.web.shell.ScreenTexts;

/** Texts of the verification queue built from stored values: the answers of a submission and decision reasons. */
public final class VerificationTexts {

    /**
     * Reasons that the photo comparison stores when it closes a "photo to read" item, in English:
     * "figures agree", or "differences " followed by "E 335/330" parts (read on the photo/stored).
     */
    private static final String PHOTO_AGREES = "figures agree";
    private static final Pattern PHOTO_DIFFERS = Pattern.compile("differences (.+)");

    private VerificationTexts() {
    }

    /**
     * Returns one line per stored answer, "A (Heure d'arrivée) : 7", in the form's question order,
     * then the answers to questions that the form no longer has. A yes/no answer reads Oui or Non,
     * and a choice reads its label followed by its code.
     *
     * @param form the submission's form, or empty when the election's form set no longer has it
     */
    public static List<String> answerLines(Optional<FormDefinition> form, Map<String, String> values,
                                           ScreenTexts texts) {
        List<String> lines = new ArrayList<>();
        List<String> shownCodes = new ArrayList<>();
        for (Question question : form.map(FormDefinition::questions).orElse(List.of())) {
            String value = values.get(question.code());
            if (value != null) {
                lines.add(texts.get("verification.answerLine", question.code(), label(question, texts),
                        value(question, value, texts)));
                shownCodes.add(question.code());
            }
        }
        for (Map.Entry<String, String> entry : values.entrySet()) {
            if (!shownCodes.contains(entry.getKey())) {
                lines.add(texts.get("verification.answerLineUnknown", entry.getKey(), entry.getValue()));
            }
        }
        return lines;
    }

    /**
     * Returns a decision reason for display: the reason that the photo comparison stored in
     * English, in the screen's language, and any other reason, typed by a data manager, as it is.
     */
    public static String reason(String stored, ScreenTexts texts) {
        if (stored == null) {
            return "";
        }
        if (PHOTO_AGREES.equals(stored)) {
            return texts.get("verification.reason.photoAgrees");
        }
        Matcher differs = PHOTO_DIFFERS.matcher(stored);
        if (differs.matches()) {
            return texts.get("verification.reason.photoDiffers", differs.group(1));
        }
        return stored;
    }

    private static String label(Question question, ScreenTexts texts) {
        return texts.isFrench() ? question.labelFr() : question.labelEn();
    }

    private static String value(Question question, String value, ScreenTexts texts) {
        if (question.type() == QuestionType.YES_NO && (Question.YES.equals(value) || Question.NO.equals(value))) {
            return texts.yesNo(Question.YES.equals(value));
        }
        if (question.type() == QuestionType.SINGLE_CHOICE) {
            return choice(question, value, texts);
        }
        if (question.type() == QuestionType.MULTIPLE_CHOICE) {
            List<String> chosen = new ArrayList<>();
            for (int i = 0; i < value.length(); i++) {
                chosen.add(choice(question, String.valueOf(value.charAt(i)), texts));
            }
            return ScreenTexts.list(chosen);
        }
        return value;
    }

    private static String choice(Question question, String code, ScreenTexts texts) {
        Optional<Choice> choice = question.choice(code);
        return choice.map(known -> texts.get("verification.choice",
                texts.isFrench() ? known.labelFr() : known.labelEn(), code)).orElse(code);
    }
}
