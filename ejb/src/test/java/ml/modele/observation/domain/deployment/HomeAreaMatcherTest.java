package ml.modele.observation.domain.deployment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import ml.modele.observation.domain.deployment.HomeAreaMatcher.Candidate;
import ml.modele.observation.domain.deployment.HomeAreaMatcher.Proximity;
import ml.modele.observation.domain.deployment.HomeAreaMatcher.Result;
import ml.modele.observation.domain.deployment.HomeAreaMatcher.Station;

class HomeAreaMatcherTest {

    @Test
    void sameCommuneBeforeSameCercle() {
        Station first = new Station("B1", "ML040101");
        Station second = new Station("B2", "ML040102");
        // The only observer of ML040102 must not go to B1, which a neighbour of its commune covers.
        List<Candidate> candidates = List.of(new Candidate("A", "ML040102"), new Candidate("B", "ML040103"));

        Result result = HomeAreaMatcher.match(List.of(first, second), candidates);

        assertEquals(2, result.matches().size());
        assertEquals("B", result.matches().get(0).candidate().observerCode());
        assertEquals(Proximity.CERCLE, result.matches().get(0).proximity());
        assertEquals("A", result.matches().get(1).candidate().observerCode());
        assertEquals(Proximity.COMMUNE, result.matches().get(1).proximity());
    }

    @Test
    void regionIsTheLastResort() {
        Station station = new Station("B1", "ML040101");

        Result result = HomeAreaMatcher.match(List.of(station), List.of(new Candidate("A", "ML050201"),
                new Candidate("B", "ML040301")));

        assertEquals(Proximity.REGION, result.matches().get(0).proximity());
        assertEquals("B", result.matches().get(0).candidate().observerCode());
    }

    @Test
    void stationWithoutObserverInRegionIsUnmatched() {
        Station covered = new Station("B1", "ML040101");
        Station uncovered = new Station("B2", "ML040102");

        Result result = HomeAreaMatcher.match(List.of(covered, uncovered), List.of(new Candidate("A", "ML040101"),
                new Candidate("C", "ML050101")));

        assertEquals(1, result.matches().size());
        assertEquals(List.of(uncovered), result.unmatched());
    }

    @Test
    void observerIsTakenOnce() {
        Result result = HomeAreaMatcher.match(List.of(new Station("B1", "ML040101"), new Station("B2", "ML040101")),
                List.of(new Candidate("A", "ML040101")));

        assertEquals(1, result.matches().size());
        assertEquals("B2", result.unmatched().get(0).stationCode());
    }
}
