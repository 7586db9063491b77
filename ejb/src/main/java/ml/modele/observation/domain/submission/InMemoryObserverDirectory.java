package ml.modele.observation.domain.submission;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.ConcurrentHashMap;
import ml.modele.observation.domain.observer.ObserverCode;

/** Observer directory kept in memory, for tests and benchmarks. Thread-safe. */
public final class InMemoryObserverDirectory implements ObserverDirectory {

    private final Map<ObserverCode, ObserverProfile> observers = new ConcurrentHashMap<>();
    private final Map<String, Integer> registeredVoters = new ConcurrentHashMap<>();

    /** Adds or replaces an observer. */
    public InMemoryObserverDirectory add(ObserverProfile observer) {
        observers.put(observer.code(), observer);
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
    public OptionalInt registeredVoters(String stationCode) {
        Integer registered = registeredVoters.get(stationCode);
        return registered == null ? OptionalInt.empty() : OptionalInt.of(registered);
    }
}
