package ml.modele.observation.infrastructure.reports;

/** A report that could not be rendered: a missing or invalid template, or a failed fill or export. */
public class ReportException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ReportException(String message, Throwable cause) {
        super(message, cause);
    }
}
