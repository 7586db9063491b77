package ml.modele.observation.domain.geography;

import java.util.Objects;

/**
 * Polling station (bureau de vote) inside a polling centre.
 *
 * @param code             station code, unique in the country
 * @param centreCode       code of the polling centre
 * @param registeredVoters number of voters on the station's list (électeurs inscrits), 0 or more
 * @param coordinates      position, or null when the file gives none
 * @param areaType         urban or rural setting
 * @param generated        true for a station of the generated demonstration frame
 */
public record PollingStation(String code, String centreCode, int registeredVoters, Coordinates coordinates,
                             AreaType areaType, boolean generated) {

    public PollingStation {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(centreCode, "centreCode");
        Objects.requireNonNull(areaType, "areaType");
        if (registeredVoters < 0) {
            throw new IllegalArgumentException("Negative registered voters for station " + code);
        }
    }
}
