package ml.modele.observation.domain.accreditation;

import java.util.Optional;

/**
 * Steps of an observer's accreditation for one election, in order: candidat, formé (attended a
 * training session), code de conduite signé, demande transmise à l'AIGE (the electoral authority),
 * then accrédité (badge issued) or refusé. The last two both follow the request and end the file.
 */
public enum AccreditationStep {
    CANDIDATE,
    TRAINED,
    CODE_SIGNED,
    REQUESTED,
    ACCREDITED,
    REFUSED;

    /** Returns the step an observer must be at to take this one, or empty for the first step. */
    public Optional<AccreditationStep> required() {
        return switch (this) {
            case CANDIDATE -> Optional.empty();
            case TRAINED -> Optional.of(CANDIDATE);
            case CODE_SIGNED -> Optional.of(TRAINED);
            case REQUESTED -> Optional.of(CODE_SIGNED);
            case ACCREDITED, REFUSED -> Optional.of(REQUESTED);
        };
    }

    /** Returns the step that follows this one on the way to accreditation, or empty at the end. */
    public Optional<AccreditationStep> next() {
        return switch (this) {
            case CANDIDATE -> Optional.of(TRAINED);
            case TRAINED -> Optional.of(CODE_SIGNED);
            case CODE_SIGNED -> Optional.of(REQUESTED);
            case REQUESTED -> Optional.of(ACCREDITED);
            case ACCREDITED, REFUSED -> Optional.empty();
        };
    }

    /** Tells whether the file is closed: accredited or refused. */
    public boolean isFinal() {
        return this == ACCREDITED || this == REFUSED;
    }
}
