package ml.modele.observation.domain.report;

import java.time.LocalDate;

/** A period whose dates are missing, in the wrong order or too far apart. */
public class InvalidPeriodException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Way in which the period is invalid. */
    public enum Reason {
        MISSING,
        END_BEFORE_START,
        TOO_LONG
    }

    private final Reason reason;
    private final LocalDate start;
    private final LocalDate end;

    public InvalidPeriodException(Reason reason, LocalDate start, LocalDate end) {
        super("Invalid period " + start + " to " + end + ": " + reason);
        this.reason = reason;
        this.start = start;
        this.end = end;
    }

    public Reason reason() {
        return reason;
    }

    public LocalDate start() {
        return start;
    }

    public LocalDate end() {
        return end;
    }
}
