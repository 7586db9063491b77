package ml.modele.observation.application.observer;

import java.util.List;

/**
 * Outcome of a web form: the stored version, or the problems that kept anything from being stored.
 *
 * @param submissionId    the submission the answers went to, or null when rejected
 * @param version         the number of the version stored, or 0 when rejected
 * @param stationCode     station of the submission, empty when the observer has no station
 * @param problems        every problem found, in form order; empty when stored
 * @param missingRequired for a stored checklist, the codes of the required questions that the
 *                        observer's record at this station still lacks, in form order; empty when
 *                        the record is complete, for other forms and when rejected
 */
public record WebSubmissionOutcome(Long submissionId, int version, String stationCode, List<AnswerProblem> problems,
                                   List<String> missingRequired) {

    public WebSubmissionOutcome {
        problems = List.copyOf(problems);
        missingRequired = List.copyOf(missingRequired);
        stationCode = stationCode == null ? "" : stationCode;
    }

    static WebSubmissionOutcome rejected(List<AnswerProblem> problems) {
        return new WebSubmissionOutcome(null, 0, "", problems, List.of());
    }

    public boolean stored() {
        return submissionId != null;
    }
}
