package ml.modele.observation.domain;

import java.util.List;

/**
 * Base of the exceptions whose user message is a resource-bundle key with its arguments, so that
 * the caller shows it in the user's language. The exception's own message is for the logs.
 */
public abstract class MessageKeyException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String messageKey;
    private final List<Object> arguments;

    protected MessageKeyException(String messageKey, Object... arguments) {
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
