package ml.modele.observation.domain.pvt;

/** Rule that maps a polling station to its stratum key. */
public enum StratificationScheme {

    /** One stratum per région: the key is the région. */
    REGION,

    /** One stratum per région and area type: the key is {@code région|URBAN} or {@code région|RURAL}. */
    REGION_AND_AREA;

    /**
     * Returns the stratum key of a station.
     *
     * @throws IllegalArgumentException if the scheme needs the area type and the station has none
     */
    public String stratumKey(PollingStation station) {
        if (this == REGION) {
            return station.region();
        }
        if (station.area() == null) {
            throw new IllegalArgumentException("Polling station " + station.code()
                    + " has no area type, which REGION_AND_AREA stratification requires");
        }
        return station.region() + "|" + station.area().name();
    }
}
