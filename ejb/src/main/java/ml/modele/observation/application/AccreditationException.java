package ml.modele.observation.application;

import java.util.List;

import jakarta.ejb.ApplicationException;

/**
 * An accreditation request that a user can correct, with the key of its message in the
 * {@code accreditation} bundle (see {@link AccreditationMessages}) and its arguments. The
 * transaction is rolled back, so nothing of the request is stored.
 */
@ApplicationException(rollback = true)
public class AccreditationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String messageKey;
    private final List<Object> arguments;

    public AccreditationException(String messageKey, Object... arguments) {
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
