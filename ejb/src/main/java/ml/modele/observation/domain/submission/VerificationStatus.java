package ml.modele.observation.domain.submission;

/** State of an item of the verification queue. */
public enum VerificationStatus {
    OPEN,
    ACCEPTED,
    CORRECTED,
    REJECTED,
    /** A later message settled it, for example a corrected result sheet or values that now agree. */
    SUPERSEDED;

    /** What the EVA decides on an open item. */
    public enum Decision {
        /** The stored values stand as they are. */
        ACCEPT(ACCEPTED),
        /** The EVA enters the right values, with a reason; they make a new version. */
        CORRECT(CORRECTED),
        /** The submission is set aside (or, for an out-of-range value, the item is dismissed). */
        REJECT(REJECTED);

        private final VerificationStatus outcome;

        Decision(VerificationStatus outcome) {
            this.outcome = outcome;
        }

        /** Returns the status the item takes. */
        public VerificationStatus outcome() {
            return outcome;
        }
    }
}
