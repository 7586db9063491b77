package ml.modele.observation.application;

import ml.modele.observation.domain.accreditation.AccreditationStep;

/**
 * A step to take in one or more accreditation files, with what that step needs.
 *
 * @param step              TRAINED, CODE_SIGNED, REQUESTED, ACCREDITED or REFUSED
 * @param trainingSessionId the session attended, for TRAINED
 * @param badgeNumber       the number issued by the AIGE, for ACCREDITED of one observer
 * @param reason            the authority's reason, for REFUSED
 */
public record AccreditationRequest(AccreditationStep step, Long trainingSessionId, String badgeNumber,
                                   String reason) {

    public static AccreditationRequest of(AccreditationStep step) {
        return new AccreditationRequest(step, null, null, null);
    }
}
