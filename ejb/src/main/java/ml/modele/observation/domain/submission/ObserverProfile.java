package ml.modele.observation.domain.submission;

import java.util.Objects;
import java.util.Set;
import ml.modele.observation.domain.observer.ObserverCode;

/**
 * Observer as the SMS intake sees it.
 *
 * @param code        the observer code
 * @param stationCode code of the polling station the observer is deployed to, empty when none
 * @param language    language of the replies
 * @param phones      the observer's phone numbers in E.164 (+223 and 8 digits)
 */
public record ObserverProfile(ObserverCode code, String stationCode, Language language, Set<String> phones) {

    public ObserverProfile {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(language, "language");
        stationCode = stationCode == null ? "" : stationCode;
        phones = Set.copyOf(phones);
    }
}
