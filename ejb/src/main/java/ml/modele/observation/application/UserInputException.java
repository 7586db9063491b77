package ml.modele.observation.application;

import java.util.List;

import jakarta.ejb.ApplicationException;

/**
 * A request that a user can correct: carries the resource-bundle key of the message and
 * its arguments, so that the web layer shows it in the user's language. The transaction
 * is rolled back, so nothing of the request is stored.
 */
@ApplicationException(rollback = true)
public class UserInputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String messageKey;
    private final List<Object> arguments;

    public UserInputException(String messageKey, Object... arguments) {
        super(messageKey + " " + List.of(arguments));
        this.messageKey = messageKey;
        this.arguments = List.of(arguments);
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.toArray();
    }
}
