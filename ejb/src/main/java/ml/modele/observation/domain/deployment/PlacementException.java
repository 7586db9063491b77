package ml.modele.observation.domain.deployment;

import ml.modele.observation.domain.MessageKeyException;

/**
 * A deployment that the placement rules reject, with the resource-bundle key of the message
 * and its arguments, so that the caller shows it in the user's language.
 */
public class PlacementException extends MessageKeyException {

    private static final long serialVersionUID = 1L;

    public PlacementException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
