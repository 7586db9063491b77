package ml.modele.observation.domain.submission;

/** State of a stored submission. */
public enum SubmissionStatus {
    /** Stored and in use; its flags say whether it needs a check. */
    ACTIVE,
    /** Rejected by the EVA: kept for the record, never counted. */
    REJECTED
}
