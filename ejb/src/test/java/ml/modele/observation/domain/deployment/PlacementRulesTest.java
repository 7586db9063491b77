package ml.modele.observation.domain.deployment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import ml.modele.observation.domain.geography.AdminLevel;
import ml.modele.observation.domain.geography.SecurityStatus;
import ml.modele.observation.domain.observer.ObserverCategory;

class PlacementRulesTest {

    private static final DeploymentPlace STATION = DeploymentPlace.station(1, "ML04010101-001-01", "ML040101",
            SecurityStatus.ACCESSIBLE, false);
    private static final DeploymentPlace CERCLE = DeploymentPlace.adminUnit(2, "ML0401", AdminLevel.CERCLE);
    private static final DeploymentPlace REGION = DeploymentPlace.adminUnit(3, "ML04", AdminLevel.REGION);

    @Test
    void acceptsShortTermAtAccessibleStation() {
        PlacementRules.check("100016", ObserverCategory.SHORT_TERM, STATION);
        PlacementRules.check("100016", ObserverCategory.SHORT_TERM, DeploymentPlace.station(1, "S", "ML040101",
                SecurityStatus.AT_RISK, false));
    }

    @Test
    void rejectsInaccessibleStation() {
        DeploymentPlace inaccessible = DeploymentPlace.station(1, "ML04010101-001-01", "ML040101",
                SecurityStatus.INACCESSIBLE, false);

        PlacementException rejected = rejects(() -> PlacementRules.check("100016", ObserverCategory.SHORT_TERM,
                inaccessible));

        assertEquals("deployment.error.stationInaccessible", rejected.messageKey());
        assertEquals("ML04010101-001-01", rejected.arguments()[0]);
        assertEquals("100016", rejected.arguments()[1]);
    }

    @Test
    void rejectsRetiredStation() {
        DeploymentPlace retired = DeploymentPlace.station(1, "S1", "ML040101", SecurityStatus.ACCESSIBLE, true);

        assertEquals("deployment.error.stationRetired",
                rejects(() -> PlacementRules.check("100016", ObserverCategory.SHORT_TERM, retired)).messageKey());
    }

    @Test
    void rejectsCentreWithoutAccessibleStation() {
        DeploymentPlace closed = DeploymentPlace.centre(4, "C1", "ML040101", 0);
        DeploymentPlace open = DeploymentPlace.centre(4, "C1", "ML040101", 1);

        PlacementRules.check("100016", ObserverCategory.SHORT_TERM, open);
        assertEquals("deployment.error.centreInaccessible",
                rejects(() -> PlacementRules.check("100016", ObserverCategory.SHORT_TERM, closed)).messageKey());
    }

    @Test
    void keepsEachCategoryToItsPlaces() {
        assertEquals("deployment.error.stationNeedsShortTerm",
                rejects(() -> PlacementRules.check("1", ObserverCategory.LONG_TERM, STATION)).messageKey());
        assertEquals("deployment.error.centreNeedsShortTerm", rejects(() -> PlacementRules.check("1",
                ObserverCategory.LONG_TERM, DeploymentPlace.centre(4, "C1", "ML040101", 3))).messageKey());
        assertEquals("deployment.error.unitNeedsLongTerm",
                rejects(() -> PlacementRules.check("1", ObserverCategory.SHORT_TERM, CERCLE)).messageKey());
        assertEquals("deployment.error.longTermNeedsCercle",
                rejects(() -> PlacementRules.check("1", ObserverCategory.LONG_TERM, REGION)).messageKey());
        assertEquals("deployment.error.coordinatorNeedsRegion", rejects(() -> PlacementRules.check("1",
                ObserverCategory.REGIONAL_COORDINATOR, CERCLE)).messageKey());

        PlacementRules.check("1", ObserverCategory.LONG_TERM, CERCLE);
        PlacementRules.check("1", ObserverCategory.REGIONAL_COORDINATOR, REGION);
        PlacementRules.check("1", ObserverCategory.NATIONAL_SUPERVISOR, REGION);
    }

    @Test
    void placesBamakoOltByCommune() {
        DeploymentPlace bamakoCercle = DeploymentPlace.adminUnit(5, "ML0901", AdminLevel.CERCLE);
        DeploymentPlace bamakoCommune = DeploymentPlace.adminUnit(6, "ML090103", AdminLevel.COMMUNE);
        DeploymentPlace otherCommune = DeploymentPlace.adminUnit(7, "ML040101", AdminLevel.COMMUNE);

        PlacementRules.check("1", ObserverCategory.LONG_TERM, bamakoCommune);
        assertEquals("deployment.error.longTermNeedsCercle",
                rejects(() -> PlacementRules.check("1", ObserverCategory.LONG_TERM, bamakoCercle)).messageKey());
        assertEquals("deployment.error.longTermNeedsCercle",
                rejects(() -> PlacementRules.check("1", ObserverCategory.LONG_TERM, otherCommune)).messageKey());
    }

    @Test
    void acceptsEveryCategoryInReserve() {
        for (ObserverCategory category : ObserverCategory.values()) {
            PlacementRules.check("1", category, DeploymentPlace.reserve());
        }
    }

    @Test
    void derivesRegionFromPlaceCode() {
        assertEquals("ML04", STATION.regionCode());
        assertEquals("ML04", CERCLE.regionCode());
        assertEquals(null, DeploymentPlace.reserve().regionCode());
    }

    private static PlacementException rejects(Executable check) {
        return assertThrows(PlacementException.class, check);
    }
}
