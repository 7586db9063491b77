package ml.modele.observation.domain.deployment;

import ml.modele.observation.domain.geography.AdminLevel;
import ml.modele.observation.domain.geography.SecurityStatus;
import ml.modele.observation.domain.observer.ObserverCategory;

/**
 * Which place each category of observer may be deployed to. An OCT goes to a polling station,
 * or to a polling centre for a roving team; an OLT to a cercle, or to a commune in the District
 * de Bamako, whose six communes each have their own OLT; a regional coordinator or a national
 * supervisor to a région. Anyone may wait in the reserve pool. No one is sent to an inaccessible
 * or retired station, nor to a centre whose stations are all inaccessible.
 */
public final class PlacementRules {

    private PlacementRules() {
    }

    /**
     * Checks a proposed deployment.
     *
     * @throws PlacementException naming the observer and the place, when the rules reject it
     */
    public static void check(String observerCode, ObserverCategory category, DeploymentPlace place) {
        switch (place.kind()) {
            case RESERVE -> {
                // Any observer may wait in the reserve pool.
            }
            case POLLING_STATION -> checkStation(observerCode, category, place);
            case POLLING_CENTRE -> checkCentre(observerCode, category, place);
            case ADMIN_UNIT -> checkAdminUnit(observerCode, category, place);
        }
    }

    private static void checkStation(String observerCode, ObserverCategory category, DeploymentPlace place) {
        if (category != ObserverCategory.SHORT_TERM) {
            throw new PlacementException("deployment.error.stationNeedsShortTerm", observerCode, place.code());
        }
        if (place.retired()) {
            throw new PlacementException("deployment.error.stationRetired", place.code(), observerCode);
        }
        if (place.securityStatus() == SecurityStatus.INACCESSIBLE) {
            throw new PlacementException("deployment.error.stationInaccessible", place.code(), observerCode);
        }
    }

    private static void checkCentre(String observerCode, ObserverCategory category, DeploymentPlace place) {
        if (category != ObserverCategory.SHORT_TERM) {
            throw new PlacementException("deployment.error.centreNeedsShortTerm", observerCode, place.code());
        }
        if (place.accessibleStations() == 0) {
            throw new PlacementException("deployment.error.centreInaccessible", place.code(), observerCode);
        }
    }

    private static void checkAdminUnit(String observerCode, ObserverCategory category, DeploymentPlace place) {
        switch (category) {
            case SHORT_TERM -> throw new PlacementException("deployment.error.unitNeedsLongTerm", observerCode,
                    place.code());
            case LONG_TERM -> checkLongTermUnit(observerCode, place);
            case REGIONAL_COORDINATOR, NATIONAL_SUPERVISOR -> {
                if (place.level() != AdminLevel.REGION) {
                    throw new PlacementException("deployment.error.coordinatorNeedsRegion", observerCode,
                            place.code());
                }
            }
        }
    }

    private static void checkLongTermUnit(String observerCode, DeploymentPlace place) {
        boolean cercle = place.level() == AdminLevel.CERCLE && !place.code().equals(DeploymentPlace.BAMAKO_CERCLE);
        if (!cercle && !place.isBamakoCommune()) {
            throw new PlacementException("deployment.error.longTermNeedsCercle", observerCode, place.code());
        }
    }
}
