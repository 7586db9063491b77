package ml.modele.observation.application;

import ml.modele.observation.domain.observer.ObserverCategory;

/** One observer of a supervision chain (OCT, OLT, regional coordinator, national supervisor). */
public record SupervisorLink(String code, String name, ObserverCategory category) {
}
