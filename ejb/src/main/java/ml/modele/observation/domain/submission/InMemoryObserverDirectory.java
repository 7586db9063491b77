package ml.modele.observation.domain.submission;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.ConcurrentHashMap;
import ml.modele.observation.domain.observer.ObserverCode;

/** Observer directory kept in memory, for tests and benchmarks. Thread-safe. */
public final class InMemoryObserverDirectory implements ObserverDirectory {

    private final Map<ObserverCode, ObserverProfile> observers = new ConcurrentHashMap<>();
    private final Map<String, ObserverProfile> observersByPhone = new ConcurrentHashMap<>();
    private final Map<String, Integer> registeredVoters = new ConcurrentHashMap<>();

    /** Adds or replaces an observer; a phone number already added moves to this observer. */
    public InMemoryObserverDirectory add(ObserverProfile observer) {
        observers.put(observer.code(), observer);
        for (String phone : observer.phones()) {
            observersByPhone.put(phone, observer);
        }
        return this;
    }

    /** Sets the registered voters of a station. */
    public InMemoryObserverDirectory station(String stationCode, int registered) {
        registeredVoters.put(stationCode, registered);
        return this;
    }

    @Override
    public Optional<ObserverProfile> findByCode(ObserverCode code) {
        return Optional.ofNullable(observers.get(code));
    }

    @Override
    public Optional<ObserverProfile> findByPhone(String e164) {
        return Optional.ofNullable(observersByPhone.get(e164));
    }

    @Override
    public OptionalInt registeredVoters(String stationCode) {
        Integer registered = registeredVoters.get(stationCode);
        return registered == null ? OptionalInt.empty() : OptionalInt.of(registered);
    }
}
