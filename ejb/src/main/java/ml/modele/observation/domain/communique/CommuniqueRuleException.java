package ml.modele.observation.domain.communique;

import ml.modele.observation.domain.MessageKeyException;

/**
 * A workflow step that a communiqué's rules forbid, such as an author approving their own draft.
 * Carries the resource-bundle key of the user's message and its arguments.
 */
public class CommuniqueRuleException extends MessageKeyException {

    private static final long serialVersionUID = 1L;

    public CommuniqueRuleException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
