package ml.modele.observation.application;

import jakarta.ejb.ApplicationException;

import ml.modele.observation.domain.MessageKeyException;

/**
 * A request that a user can correct: carries the resource-bundle key of the message and
 * its arguments, so that the web layer shows it in the user's language. The transaction
 * is rolled back, so nothing of the request is stored.
 */
@ApplicationException(rollback = true)
public class UserInputException extends MessageKeyException {

    private static final long serialVersionUID = 1L;

    public UserInputException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
