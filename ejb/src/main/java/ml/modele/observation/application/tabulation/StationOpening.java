package ml.modele.observation.application.tabulation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import ml.modele.observation.application.tabulation.TabulationData.StoredSubmission;
import ml.modele.observation.domain.form.FormDefinition;
import ml.modele.observation.domain.form.FormKind;
import ml.modele.observation.domain.form.FormSet;
import ml.modele.observation.domain.form.Question;
import ml.modele.observation.domain.form.QuestionType;

/**
 * Whether a polling station opened (ouverture du bureau), as its arrival checklist reports it.
 * Coverage counts the stations that opened, and the PVT counts sampled stations that did not open
 * as stations with no voters.
 */
final class StationOpening {

    private final Optional<FormDefinition> arrivalForm;
    private final Optional<Question> openedQuestion;

    StationOpening(FormSet formSet) {
        this.arrivalForm = formSet.forms().stream().filter(form -> form.kind() == FormKind.CHECKLIST).findFirst();
        // NOTE: "opened" reads the first required yes/no question of the first checklist form, which
        // is "Le bureau a-t-il ouvert ?" in the default set. A mission's own set must keep that order.
        this.openedQuestion = arrivalForm.flatMap(form -> form.questions().stream()
                .filter(q -> q.type() == QuestionType.YES_NO && q.required()).findFirst());
    }

    /**
     * Returns, by station code, the most recently updated active arrival checklist with a value for
     * the "opened" question. A correction updates its checklist, so the latest value wins. The map
     * is empty when the form set has no such question.
     */
    Map<String, StoredSubmission> latestArrivals(List<StoredSubmission> checklists) {
        Map<String, StoredSubmission> latest = new LinkedHashMap<>();
        if (arrivalForm.isEmpty() || openedQuestion.isEmpty()) {
            return latest;
        }
        for (StoredSubmission submission : checklists) {
            if (!arrivalForm.get().code().equals(submission.formCode()) || submission.stationCode() == null
                    || !"ACTIVE".equals(submission.status()) || answer(submission) == null) {
                continue;
            }
            StoredSubmission current = latest.get(submission.stationCode());
            if (current == null || !submission.updatedAt().isBefore(current.updatedAt())) {
                latest.put(submission.stationCode(), submission);
            }
        }
        return latest;
    }

    /** Returns whether the arrival checklist answers "yes" to the "opened" question. */
    boolean saysOpened(StoredSubmission arrival) {
        return Question.YES.equals(answer(arrival));
    }

    /** Returns whether the arrival checklist answers "no" to the "opened" question. */
    boolean saysNotOpened(StoredSubmission arrival) {
        return Question.NO.equals(answer(arrival));
    }

    private String answer(StoredSubmission checklist) {
        return openedQuestion.map(question -> checklist.values().get(question.code())).orElse(null);
    }
}
