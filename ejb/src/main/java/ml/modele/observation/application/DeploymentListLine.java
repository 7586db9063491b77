package ml.modele.observation.application;

/**
 * One observer on the deployment list of a cercle.
 *
 * @param regionCode        région P-code
 * @param regionName        région name
 * @param cercleCode        cercle P-code
 * @param cercleName        cercle name
 * @param cercleStations    active polling stations of the cercle on the election's map
 * @param placeKind         POLLING_STATION, POLLING_CENTRE or ADMIN_UNIT
 * @param placeCode         code of the station or centre, or P-code of the cercle or commune
 * @param placeName         name of the polling centre, or of the cercle or commune
 * @param observerCode      observer code
 * @param lastName          last name
 * @param firstName         first names
 * @param category          observer category (LONG_TERM, SHORT_TERM...)
 * @param organisation      partner organisation
 * @param phone             first phone number, verified first; null when the caller may not see phones
 */
public record DeploymentListLine(String regionCode, String regionName, String cercleCode, String cercleName,
                                 long cercleStations, String placeKind, String placeCode, String placeName,
                                 String observerCode, String lastName, String firstName, String category,
                                 String organisation, String phone) {
}
