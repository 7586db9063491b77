package ml.modele.observation.application.incident;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import ml.modele.observation.domain.form.FormDefinition;
import ml.modele.observation.domain.form.FormKind;
import ml.modele.observation.domain.form.FormSet;
import ml.modele.observation.domain.form.Question;
import ml.modele.observation.domain.form.QuestionType;

/**
 * Categories of an incident: the choices of the first choice question of the incident form, and
 * which of them are critical (violence, intimidation, ballot stuffing, a closed station).
 */
public final class IncidentCategories {

    /**
     * Choice codes of the critical categories in the default incident form: 1 violence, 2
     * intimidation, 3 ballot stuffing, 6 station closed.
     */
    // NOTE: a mission's own form set must keep these codes for the same categories, or alerts go astray.
    public static final Set<String> CRITICAL = Set.of("1", "2", "3", "6");

    private IncidentCategories() {
    }

    /** Returns the question of the incident form that carries the categories, if the set has one. */
    public static Optional<Question> categoryQuestion(FormSet formSet) {
        return formSet.forms().stream().filter(form -> form.kind() == FormKind.INCIDENT)
                .map(FormDefinition::questions).flatMap(List::stream)
                .filter(q -> q.type() == QuestionType.MULTIPLE_CHOICE || q.type() == QuestionType.SINGLE_CHOICE)
                .findFirst();
    }

    /** Returns the category codes in a stored value ("13" gives 1 and 3). */
    public static List<String> codes(String value) {
        List<String> codes = new ArrayList<>();
        if (value != null) {
            for (char digit : value.toCharArray()) {
                codes.add(String.valueOf(digit));
            }
        }
        return codes;
    }

    /** Tells whether one of the codes is critical. */
    public static boolean critical(List<String> codes) {
        return codes.stream().anyMatch(CRITICAL::contains);
    }
}
