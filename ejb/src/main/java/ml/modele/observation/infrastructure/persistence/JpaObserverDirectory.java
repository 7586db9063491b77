package ml.modele.observation.infrastructure.persistence;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import jakarta.persistence.EntityManager;

import ml.modele.observation.domain.deployment.Deployment;
import ml.modele.observation.domain.map.PollingStationEntity;
import ml.modele.observation.domain.observer.Observer;
import ml.modele.observation.domain.observer.ObserverCode;
import ml.modele.observation.domain.submission.Language;
import ml.modele.observation.domain.submission.ObserverDirectory;
import ml.modele.observation.domain.submission.ObserverProfile;

/**
 * Observer directory of one election over the observer registry: the observer's phones and
 * language from the registry, the station from their active deployment in the election, and the
 * registered voters from the election's map version. One instance serves one message; it keeps
 * what it looked up so that the caller can read the observer's row.
 */
public final class JpaObserverDirectory implements ObserverDirectory {

    private final EntityManager em;
    private final long electionId;
    private final long mapVersionId;
    private final Map<String, Observer> observers = new HashMap<>();

    public JpaObserverDirectory(EntityManager em, long electionId, long mapVersionId) {
        this.em = em;
        this.electionId = electionId;
        this.mapVersionId = mapVersionId;
    }

    @Override
    public Optional<ObserverProfile> findByCode(ObserverCode code) {
        return em.createNamedQuery(Observer.BY_CODE, Observer.class)
                .setParameter("code", code.digits())
                .getResultStream()
                .findFirst()
                .map(this::profile);
    }

    @Override
    public Optional<ObserverProfile> findByPhone(String e164) {
        return em.createQuery("SELECT p.observer FROM ObserverPhone p WHERE p.number = :number", Observer.class)
                .setParameter("number", e164)
                .getResultStream()
                .findFirst()
                .map(this::profile);
    }

    @Override
    public OptionalInt registeredVoters(String stationCode) {
        return em.createNamedQuery(PollingStationEntity.BY_CODE, PollingStationEntity.class)
                .setParameter("version", mapVersionId)
                .setParameter("code", stationCode)
                .getResultStream()
                .findFirst()
                .map(station -> OptionalInt.of(station.getRegisteredVoters()))
                .orElse(OptionalInt.empty());
    }

    /** Returns the registry row of an observer this directory returned. */
    public Optional<Observer> observer(ObserverCode code) {
        return Optional.ofNullable(observers.get(code.digits()));
    }

    private ObserverProfile profile(Observer observer) {
        observers.put(observer.getCode(), observer);
        String station = em.createNamedQuery(Deployment.STATION_OF_OBSERVER, Deployment.class)
                .setParameter("election", electionId)
                .setParameter("code", observer.getCode())
                .getResultStream()
                .findFirst()
                .map(Deployment::getPlaceCode)
                .orElse("");
        return new ObserverProfile(ObserverCode.parse(observer.getCode()), station,
                Language.ofSpokenLanguages(observer.getLanguages()),
                new LinkedHashSet<>(observer.getPhoneNumbers()));
    }
}
