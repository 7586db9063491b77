package ml.modele.observation.domain.geography;

/**
 * WGS 84 position of a polling centre or station, in decimal degrees.
 * The constructor accepts any position on Earth, and {@link #isInMali()} applies the national bounds.
 */
public record Coordinates(double latitude, double longitude) {

    // The boundary polygons of the 10 régions (P-codes ML01 to ML10) span 10.14° N to 25.00° N and
    // 12.24° W to 4.24° E. The bounds below round that box outwards. The import messages quote them.

    /** Southern bound used for Mali, in degrees of latitude. */
    public static final double MALI_MIN_LATITUDE = 10.0;
    /** Northern bound used for Mali, in degrees of latitude. */
    public static final double MALI_MAX_LATITUDE = 25.0;
    /** Western bound used for Mali, in degrees of longitude (negative west of Greenwich). */
    public static final double MALI_MIN_LONGITUDE = -12.5;
    /** Eastern bound used for Mali, in degrees of longitude. */
    public static final double MALI_MAX_LONGITUDE = 4.5;

    public Coordinates {
        if (latitude < -90 || latitude > 90 || longitude < -180 || longitude > 180
                || Double.isNaN(latitude) || Double.isNaN(longitude)) {
            throw new IllegalArgumentException("Invalid coordinates " + latitude + ", " + longitude);
        }
    }

    /** Checks the latitude against the bounding box of Mali. */
    public static boolean isLatitudeInMali(double latitude) {
        return latitude >= MALI_MIN_LATITUDE && latitude <= MALI_MAX_LATITUDE;
    }

    /** Checks the longitude against the bounding box of Mali. */
    public static boolean isLongitudeInMali(double longitude) {
        return longitude >= MALI_MIN_LONGITUDE && longitude <= MALI_MAX_LONGITUDE;
    }

    /** Checks the position against the bounding box of Mali, which also covers parts of its neighbours. */
    public boolean isInMali() {
        return isLatitudeInMali(latitude) && isLongitudeInMali(longitude);
    }
}
