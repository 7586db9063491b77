package ml.modele.observation.application;

import java.util.Map;

import ml.modele.observation.domain.observer.ObserverCategory;
import ml.modele.observation.domain.observer.Sex;

/**
 * Numbers of observers in a filtered list, by category, partner organisation, région and sex.
 *
 * @param byOrganisation counts by organisation code
 * @param byRegion       counts by région P-code
 */
public record ObserverCounts(long total, Map<ObserverCategory, Long> byCategory, Map<String, Long> byOrganisation,
                             Map<String, Long> byRegion, Map<Sex, Long> bySex) {

    public ObserverCounts {
        byCategory = Map.copyOf(byCategory);
        byOrganisation = Map.copyOf(byOrganisation);
        byRegion = Map.copyOf(byRegion);
        bySex = Map.copyOf(bySex);
    }
}
