package ml.modele.observation.domain.accreditation;

import java.util.List;

/**
 * An accreditation step that the workflow rejects, with the key of its message in the
 * {@code accreditation} bundle and the arguments: the observer code and name first, then the
 * values the message names (steps as {@link AccreditationStep}, rendered with their labels).
 */
public class StepRejectedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String messageKey;
    private final List<Object> arguments;

    public StepRejectedException(String messageKey, Object... arguments) {
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
