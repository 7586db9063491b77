package ml.modele.observation.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

class ExpectedCoverageTest {

    private static final List<String> FORMS = List.of("ARV", "DVT", "FDP", "RES");

    @Test
    void countsAcceptedMessagesOfDeployedObservers() {
        List<PlannedSms> day = List.of(
                sms("900017", "ARV", true), sms("900017", "RES", false), sms("900017", "RES", true),
                sms("900025", "ARV", false), sms("900033", "ARV", true), sms("900041", "URG", true));
        Map<String, String> stationOf = Map.of("900017", "ML01010101-C001-B01", "900025", "ML01010101-C001-B02",
                "900041", "ML02010101-C001-B01");

        ExpectedCoverage coverage = ExpectedCoverage.of(day, stationOf, Set.of("ML01010101-C001-B01"), FORMS, "RES",
                "ARV");

        assertEquals(1, coverage.stations("ML01", "ARV"), "the rejected ARV of 900025 stores nothing");
        assertEquals(1, coverage.stations("ML01", "RES"), "the corrected RES counts once");
        assertEquals(1, coverage.resultsIn());
        assertEquals(0, coverage.stations("ML02", "ARV"), "URG is not a counted form");
        assertEquals(4, coverage.observersReporting());
    }

    @Test
    void countsSampledStationsWithoutVoteThatSentArrival() {
        List<PlannedSms> day = List.of(
                sms("900017", "ARV", true), sms("900025", "ARV", true), sms("900033", "ARV", false),
                sms("900041", "ARV", true));
        Map<String, String> stationOf = Map.of("900017", "ML08010101-C001-B01", "900025", "ML08010101-C001-B02",
                "900033", "ML08010101-C001-B03", "900041", "ML01010101-C001-B01");
        Set<String> sampled = Set.of("ML08010101-C001-B01", "ML08010101-C001-B03", "ML01010101-C001-B01");

        ExpectedCoverage coverage = ExpectedCoverage.of(day, stationOf, sampled, FORMS, "RES", "ARV");

        // B02 is not sampled, B03's only message was rejected, and ML01 had a vote.
        assertEquals(1, coverage.notOpened());
    }

    private static PlannedSms sms(String observer, String form, boolean accepted) {
        return new PlannedSms(observer, "22370000000", 0, form, form + " " + observer, null, false, false, "",
                accepted);
    }
}
