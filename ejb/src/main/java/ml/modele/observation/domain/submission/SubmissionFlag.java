package ml.modele.observation.domain.submission;

/** Mark on an accepted message that the EVA's verification queue shows. */
public enum SubmissionFlag {
    /** The sender's number is not one of the observer's phones. */
    UNVERIFIED_SENDER,
    /** The figures of a results message do not add up: stored, but not counted until checked. */
    ARITHMETIC_FAILED,
    /** A checklist message leaves required questions unanswered; later messages may answer them. */
    INCOMPLETE,
    /** Text that matches no code was found without a leading {@code @}; it was kept as the comment. */
    TEXT_WITHOUT_AT,
    /** Another observer at the same station sent a different value for a question of the same form. */
    CONFLICT
}
