package ml.modele.observation.domain.deployment;

import ml.modele.observation.domain.geography.AdminLevel;
import ml.modele.observation.domain.geography.SecurityStatus;

/**
 * Place proposed for a deployment, with what the placement rules need to know about it.
 *
 * @param kind              kind of place
 * @param id                id of the admin unit, centre or station; null for the reserve pool
 * @param code              P-code, centre code or station code; null for the reserve pool
 * @param regionCode        P-code of the région that contains the place; null for the reserve pool
 * @param level             level of an admin unit, null for other kinds
 * @param securityStatus    security status of a station, null for other kinds
 * @param retired           whether a station was retired from the map
 * @param accessibleStations for a centre, how many of its stations are not inaccessible
 */
public record DeploymentPlace(PlaceKind kind, Long id, String code, String regionCode, AdminLevel level,
                              SecurityStatus securityStatus, boolean retired, int accessibleStations) {

    /** P-code of the cercle of the District de Bamako, whose OLT are deployed per commune. */
    public static final String BAMAKO_CERCLE = "ML0901";

    /** The reserve pool. */
    public static DeploymentPlace reserve() {
        return new DeploymentPlace(PlaceKind.RESERVE, null, null, null, null, null, false, 0);
    }

    public static DeploymentPlace adminUnit(long id, String code, AdminLevel level) {
        return new DeploymentPlace(PlaceKind.ADMIN_UNIT, id, code, regionOf(code), level, null, false, 0);
    }

    public static DeploymentPlace centre(long id, String code, String communeCode, int accessibleStations) {
        return new DeploymentPlace(PlaceKind.POLLING_CENTRE, id, code, regionOf(communeCode), null, null, false,
                accessibleStations);
    }

    public static DeploymentPlace station(long id, String code, String communeCode, SecurityStatus status,
                                          boolean retired) {
        return new DeploymentPlace(PlaceKind.POLLING_STATION, id, code, regionOf(communeCode), null, status,
                retired, 0);
    }

    /** Tells whether this is a commune of the District de Bamako. */
    public boolean isBamakoCommune() {
        return level == AdminLevel.COMMUNE && code.startsWith(BAMAKO_CERCLE);
    }

    /** Returns the région P-code, the first 4 characters of any P-code (ML04 for ML040626). */
    private static String regionOf(String pCode) {
        return pCode.substring(0, Math.min(4, pCode.length()));
    }
}
