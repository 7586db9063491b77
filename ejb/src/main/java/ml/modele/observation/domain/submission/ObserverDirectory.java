package ml.modele.observation.domain.submission;

import java.util.Optional;
import java.util.OptionalInt;
import ml.modele.observation.domain.observer.ObserverCode;

/** Look-up of observers, by code and by phone, and of stations, for the SMS intake. */
public interface ObserverDirectory {

    /** Returns the observer with this code, if registered. */
    Optional<ObserverProfile> findByCode(ObserverCode code);

    /** Returns the observer who has this phone number (E.164), if any; one of them when several share it. */
    Optional<ObserverProfile> findByPhone(String e164);

    /** Returns the registered voters of a polling station, if the station and its figure are known. */
    OptionalInt registeredVoters(String stationCode);
}
