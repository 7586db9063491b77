package ml.modele.observation.application;

import java.io.Serializable;

/**
 * The station retirements that a caller confirmed before a station import. A station file must
 * list every station of the country, and the stations missing from it are retired, so a partial
 * file sent by mistake would empty the map. Without a confirmation an import may therefore
 * retire at most half of the active stations.
 *
 * @param stations number of retirements confirmed, or -1 for no confirmation
 */
public record RetireConfirmation(int stations) implements Serializable {

    /** No confirmation: at most half of the active stations may be retired. */
    public static final RetireConfirmation NONE = new RetireConfirmation(-1);

    /** Any number of retirements, for scripts that pass confirmRetire=true and for the first start. */
    public static final RetireConfirmation ANY = new RetireConfirmation(Integer.MAX_VALUE);

    public RetireConfirmation {
        if (stations < -1) {
            throw new IllegalArgumentException("Confirmed retirements must be -1 or more: " + stations);
        }
    }

    /** Confirms the retirements that a preview showed to the user: at most that many may be retired. */
    public static RetireConfirmation upTo(int stations) {
        return new RetireConfirmation(stations);
    }

    /** Checks whether an import that retires {@code retired} of {@code activeStations} may be applied. */
    public boolean allows(int retired, int activeStations) {
        if (stations < 0) {
            return !retiresMostStations(retired, activeStations);
        }
        return retired <= stations;
    }

    /** Checks whether {@code retired} is more than half of {@code activeStations}. */
    public static boolean retiresMostStations(int retired, int activeStations) {
        return 2L * retired > activeStations;
    }
}
