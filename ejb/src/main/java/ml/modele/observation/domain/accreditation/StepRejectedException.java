package ml.modele.observation.domain.accreditation;

import ml.modele.observation.domain.MessageKeyException;

/**
 * An accreditation step that the workflow rejects, with the key of its message in the
 * {@code accreditation} bundle and the arguments: the observer code and name first, then the
 * values the message names (steps as {@link AccreditationStep}, rendered with their labels).
 */
public class StepRejectedException extends MessageKeyException {

    private static final long serialVersionUID = 1L;

    public StepRejectedException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
