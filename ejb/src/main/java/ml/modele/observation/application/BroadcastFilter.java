package ml.modele.observation.application;

import ml.modele.observation.domain.accreditation.AccreditationStep;
import ml.modele.observation.domain.observer.ObserverCategory;

/**
 * Selection of the observers an SMS broadcast goes to. A null or blank field does not filter,
 * and retired observers never receive one.
 *
 * @param region         région P-code of the home commune, e.g. ML05 for Mopti
 * @param organisation   code of the partner organisation
 * @param step           accreditation step reached in the election (CANDIDATE includes observers without a file)
 * @param notAccredited  true to keep only observers not accredited yet (any step but ACCREDITED)
 */
public record BroadcastFilter(ObserverCategory category, String region, String organisation, AccreditationStep step,
                              boolean notAccredited) {
}
