package ml.modele.observation.application;

import ml.modele.observation.domain.geography.AreaType;
import ml.modele.observation.domain.geography.SecurityStatus;

/**
 * Polling station of a sampling frame with the names a sample list prints.
 *
 * @param regionCode P-code of the station's région, e.g. ML04
 */
public record FrameStation(
        long id,
        String code,
        String regionCode,
        String regionName,
        String cercleName,
        String communeName,
        String centreName,
        AreaType area,
        int registeredVoters,
        SecurityStatus securityStatus) {
}
