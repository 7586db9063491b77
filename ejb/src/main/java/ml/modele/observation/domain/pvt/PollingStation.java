package ml.modele.observation.domain.pvt;

import java.util.Objects;

/**
 * Polling station of the sampling frame.
 *
 * @param code unique station code; must not contain a line feed because the sample seal
 *     separates codes with one
 * @param region région of the station
 * @param area urban or rural setting, or {@code null} when unknown
 * @param registeredVoters number of voters registered at the station
 */
public record PollingStation(String code, String region, AreaType area, int registeredVoters) {

    public PollingStation {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(region, "region");
        if (code.isEmpty() || code.indexOf('\n') >= 0) {
            throw new IllegalArgumentException(
                    "Polling station code must be non-empty and contain no line feed: '" + code + "'");
        }
        if (registeredVoters < 0) {
            throw new IllegalArgumentException("Polling station " + code
                    + " has a negative number of registered voters: " + registeredVoters);
        }
    }
}
