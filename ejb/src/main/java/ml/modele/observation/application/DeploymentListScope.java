package ml.modele.observation.application;

/**
 * The part of the country that a deployment list covers: every région the caller sees, one
 * région, or one cercle with its région.
 *
 * @param regionCode région P-code, or null for every région
 * @param regionName région name, or null for every région
 * @param cercleCode cercle P-code, or null for the whole région or country
 * @param cercleName cercle name, or null for the whole région or country
 */
public record DeploymentListScope(String regionCode, String regionName, String cercleCode, String cercleName) {

    /** Every région the caller sees. */
    public static final DeploymentListScope ALL = new DeploymentListScope(null, null, null, null);

    /** Tells whether a line of the given région and cercle belongs to the scope. */
    public boolean covers(String lineRegionCode, String lineCercleCode) {
        return (regionCode == null || regionCode.equals(lineRegionCode))
                && (cercleCode == null || cercleCode.equals(lineCercleCode));
    }
}
