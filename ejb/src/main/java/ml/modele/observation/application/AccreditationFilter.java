package ml.modele.observation.application;

import ml.modele.observation.domain.accreditation.AccreditationStep;
import ml.modele.observation.domain.observer.ObserverCategory;

/**
 * Filter of the accreditation list; a null or blank value does not filter. An observer
 * without a file for the election counts as a candidate.
 *
 * @param name         part of the name, any case and accents
 * @param region       région P-code of the observer's home commune (ML04)
 * @param organisation partner organisation code
 */
public record AccreditationFilter(String name, ObserverCategory category, String region, String organisation,
                                  AccreditationStep step) {

    public static AccreditationFilter none() {
        return new AccreditationFilter(null, null, null, null, null);
    }
}
