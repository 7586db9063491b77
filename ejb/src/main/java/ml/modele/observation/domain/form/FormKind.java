package ml.modele.observation.domain.form;

/** Kind of an observation form, which decides how its submissions are stored. */
public enum FormKind {
    /** One record per observer and station per election, updated question by question. */
    CHECKLIST(true),
    /** A new record per message. */
    INCIDENT(true),
    /** The figures of a station's result sheet (procès-verbal). */
    RESULTS(true),
    /** The long-term observer's periodic report, with free-text sections and attachments. */
    PERIODIC_REPORT(false);

    private final boolean smsAllowed;

    FormKind(boolean smsAllowed) {
        this.smsAllowed = smsAllowed;
    }

    /** Returns true when observers may send this form by SMS; the periodic report is web only. */
    public boolean smsAllowed() {
        return smsAllowed;
    }
}
