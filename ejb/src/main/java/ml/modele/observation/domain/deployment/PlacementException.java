package ml.modele.observation.domain.deployment;

import java.util.List;

/**
 * A deployment that the placement rules reject, with the resource-bundle key of the message
 * and its arguments, so that the caller shows it in the user's language.
 */
public class PlacementException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String messageKey;
    private final List<Object> arguments;

    public PlacementException(String messageKey, Object... arguments) {
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
