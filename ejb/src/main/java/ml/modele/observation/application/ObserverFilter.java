package ml.modele.observation.application;

import java.io.Serializable;

import ml.modele.observation.domain.observer.ObserverCategory;
import ml.modele.observation.domain.observer.ObserverStatus;

/**
 * Criteria of the observer list; a null or blank criterion selects every observer.
 *
 * @param name         part of the last or first name, accents and case ignored
 * @param code         start of the observer code
 * @param phone        digits that one of the observer's numbers contains
 * @param organisation code of the partner organisation
 * @param region       P-code of the région of the home commune, e.g. ML04
 */
public record ObserverFilter(String name, String code, String phone, ObserverCategory category,
                             String organisation, String region, ObserverStatus status) implements Serializable {

    /** The filter that selects every observer. */
    public static final ObserverFilter ALL = new ObserverFilter(null, null, null, null, null, null, null);
}
