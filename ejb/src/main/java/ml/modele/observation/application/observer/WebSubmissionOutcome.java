package ml.modele.observation.application.observer;

import java.util.List;

/**
 * Outcome of a web form: the stored version, or the problems that kept anything from being stored.
 *
 * @param submissionId the submission the answers went to, or null when rejected
 * @param version      the number of the version stored, or 0 when rejected
 * @param stationCode  station of the submission, empty when the observer has no station
 */
public record WebSubmissionOutcome(Long submissionId, int version, String stationCode, List<AnswerProblem> problems) {

    public WebSubmissionOutcome {
        problems = List.copyOf(problems);
        stationCode = stationCode == null ? "" : stationCode;
    }

    static WebSubmissionOutcome rejected(List<AnswerProblem> problems) {
        return new WebSubmissionOutcome(null, 0, "", problems);
    }

    public boolean stored() {
        return submissionId != null;
    }
}
