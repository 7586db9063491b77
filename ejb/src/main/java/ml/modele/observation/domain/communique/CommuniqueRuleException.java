package ml.modele.observation.domain.communique;

import java.util.List;

/**
 * A workflow step that a communiqué's rules forbid, such as an author approving their own draft.
 * Carries the resource-bundle key of the user's message and its arguments.
 */
public class CommuniqueRuleException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String messageKey;
    private final List<Object> arguments;

    public CommuniqueRuleException(String messageKey, Object... arguments) {
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
