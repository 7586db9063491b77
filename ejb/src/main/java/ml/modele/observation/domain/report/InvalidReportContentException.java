package ml.modele.observation.domain.report;

/** Texts of a periodic report that cannot be stored, with the theme at fault. */
public class InvalidReportContentException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Way in which the texts are invalid. */
    public enum Reason {
        /** A code that is not a theme of the periodic report form. */
        UNKNOWN_THEME,
        /** A required theme without text. */
        REQUIRED_MISSING,
        /** A text longer than {@link PeriodicReportForm#MAX_SECTION_CHARS}. */
        TOO_LONG,
        /** No theme has any text. */
        EMPTY
    }

    private final Reason reason;
    private final String questionCode;

    public InvalidReportContentException(Reason reason, String questionCode) {
        super("Periodic report rejected: " + reason + " " + questionCode);
        this.reason = reason;
        this.questionCode = questionCode;
    }

    public Reason reason() {
        return reason;
    }

    /** Returns the code of the theme at fault, empty for {@link Reason#EMPTY}. */
    public String questionCode() {
        return questionCode;
    }
}
