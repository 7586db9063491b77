package ml.modele.observation.application;

import jakarta.ejb.ApplicationException;

import ml.modele.observation.domain.MessageKeyException;

/**
 * An accreditation request that a user can correct, with the key of its message in the
 * {@code accreditation} bundle (see {@link AccreditationMessages}) and its arguments. The
 * transaction is rolled back, so nothing of the request is stored.
 */
@ApplicationException(rollback = true)
public class AccreditationException extends MessageKeyException {

    private static final long serialVersionUID = 1L;

    public AccreditationException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
