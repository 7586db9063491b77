package ml.modele.observation.application.observer;

import java.util.List;
import java.util.Optional;

/**
 * Outcome of a PIN login: the identity when the PIN was right, else the message key and its
 * arguments. A failure is returned rather than thrown, so that its counted attempt is stored.
 */
public record ObserverLoginOutcome(Optional<ObserverIdentity> identity, String messageKey, List<Object> arguments) {

    public static ObserverLoginOutcome success(ObserverIdentity identity) {
        return new ObserverLoginOutcome(Optional.of(identity), "", List.of());
    }

    public static ObserverLoginOutcome failure(String messageKey, Object... arguments) {
        return new ObserverLoginOutcome(Optional.empty(), messageKey, List.of(arguments));
    }

    public boolean succeeded() {
        return identity.isPresent();
    }
}
