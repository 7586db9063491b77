package ml.modele.observation.domain.submission;

import java.util.Optional;
import java.util.OptionalInt;
import ml.modele.observation.domain.observer.ObserverCode;

/** Look-up of observers and stations that the SMS intake validates against. */
public interface ObserverDirectory {

    /** Returns the observer with this code, if registered. */
    Optional<ObserverProfile> findByCode(ObserverCode code);

    /** Returns the registered voters of a polling station, if the station and its figure are known. */
    OptionalInt registeredVoters(String stationCode);
}
