package ml.modele.observation.domain.geography;

import java.util.Objects;

/**
 * Polling centre (centre de vote): a place in one commune that contains one or more polling stations.
 *
 * @param code        centre code, unique in the country
 * @param communeCode P-code of the commune
 * @param name        display name
 * @param generated   true for a centre of the generated demonstration frame, which is not a real place
 */
public record PollingCentre(String code, String communeCode, String name, boolean generated) {

    public PollingCentre {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(communeCode, "communeCode");
        Objects.requireNonNull(name, "name");
    }
}
