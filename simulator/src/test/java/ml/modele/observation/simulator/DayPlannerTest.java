package ml.modele.observation.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import ml.modele.observation.application.DefaultDataSetup;
import ml.modele.observation.domain.geography.AdminLevel;
import ml.modele.observation.domain.deployment.HomeAreaMatcher;
import ml.modele.observation.domain.geography.AdminUnit;
import ml.modele.observation.domain.geography.MaliFrameGenerator;
import ml.modele.observation.domain.geography.PollingStation;
import ml.modele.observation.domain.observer.ObserverCategory;
import ml.modele.observation.domain.observer.ObserverDetails;
import ml.modele.observation.infrastructure.imports.AdminUnitImporter;
import ml.modele.observation.infrastructure.imports.DemoObserverRoster;
import ml.modele.observation.simulator.DayPlanner.DeployedObserver;

class DayPlannerTest {

    private static List<PollingStation> frame;
    private static ElectionTruth truth;
    private static List<DeployedObserver> observers;

    @BeforeAll
    static void generate() {
        List<AdminUnit> communes = new AdminUnitImporter().importDefaultMali().unitsAt(AdminLevel.COMMUNE);
        frame = new MaliFrameGenerator().generate(communes, DefaultDataSetup.FRAME_SEED).stations();
        truth = ElectionTruth.generate(frame, 2023);
        List<ObserverDetails> octs = DemoObserverRoster.generate(communes.stream().map(AdminUnit::code).toList(),
                DemoObserverRoster.Settings.DEMO).stream()
                .filter(observer -> observer.category() == ObserverCategory.SHORT_TERM).toList();
        Set<String> sampled = frame.stream().map(PollingStation::code).filter(code -> code.hashCode() % 25 == 0)
                .collect(Collectors.toSet());
        // The platform's bulk path staffs the sampled stations with the same matcher.
        Map<String, String> stationOf = new HashMap<>();
        HomeAreaMatcher.match(
                sampled.stream().sorted().map(code -> new HomeAreaMatcher.Station(code, code.substring(0, 8))).toList(),
                octs.stream().map(oct -> new HomeAreaMatcher.Candidate(oct.code(), oct.communeCode())).toList())
                .matches().forEach(match -> stationOf.put(match.candidate().observerCode(),
                        match.station().stationCode()));
        stationOf.putAll(PlatformSetup.stationsInHomeCommunes(octs, stationOf, sampled, frame));
        observers = new ArrayList<>();
        for (ObserverDetails oct : octs) {
            observers.add(new DeployedObserver(oct.code(), oct.phones().get(0), stationOf.get(oct.code())));
        }
    }

    @Test
    void truthMatchesOfficialFigures() {
        ElectionTruth.Summary summary = truth.summary();

        assertEquals(ElectionTruth.OFFICIAL_TURNOUT, summary.turnout(), 0.0005);
        assertEquals(ElectionTruth.OFFICIAL_YES_SHARE, summary.yesShare(), 0.0005);
        assertEquals(ElectionTruth.OFFICIAL_NULL_SHARE, summary.nullShare(), 0.0010);
    }

    @Test
    void truthHasNoVoteInKidal() {
        List<ElectionTruth.Sheet> kidal = frame.stream().map(station -> truth.sheet(station.code()))
                .filter(sheet -> sheet.regionCode().equals(ElectionTruth.REGION_WITHOUT_VOTE)).toList();

        assertFalse(kidal.isEmpty());
        assertEquals(0, ElectionTruth.summarise(kidal).voters());
    }

    @Test
    void sheetsAddUp() {
        for (PollingStation station : frame) {
            ElectionTruth.Sheet sheet = truth.sheet(station.code());
            assertEquals(sheet.valid(), sheet.yes() + sheet.no(), station.code());
            assertEquals(sheet.voters(), sheet.valid() + sheet.nullBallots(), station.code());
            assertTrue(sheet.voters() <= sheet.registered(), station.code());
        }
    }

    @Test
    void everyOctGetsOwnStation() {
        Set<String> stations = observers.stream().map(DeployedObserver::stationCode).collect(Collectors.toSet());

        assertEquals(3000, observers.size());
        assertEquals(observers.size(), stations.size());
    }

    @Test
    void planIsReproducible() {
        List<PlannedSms> first = plan();
        List<PlannedSms> second = plan();

        assertEquals(first, second);
    }

    @Test
    void rejectedTypoIsFollowedByCorrection() {
        List<PlannedSms> day = plan();
        long rejectedTypos = day.stream().filter(sms -> sms.typo() != null && !sms.typo().readRight()).count();
        long corrections = day.stream().filter(PlannedSms::correction).count();

        assertTrue(rejectedTypos > 100, "rejected typos: " + rejectedTypos);
        // A swapped observer code can still pass its check digit, so a few typos need no correction.
        assertTrue(corrections >= rejectedTypos * 9 / 10, corrections + " corrections for " + rejectedTypos + " typos");
        assertTrue(corrections <= rejectedTypos, corrections + " corrections for " + rejectedTypos + " typos");
    }

    @Test
    void checklistCorrectionCompletesRecord() {
        List<PlannedSms> corrections = plan().stream()
                .filter(sms -> sms.correction() && !"RES".equals(sms.form()) && !"URG".equals(sms.form()))
                .toList();
        // A checklist missing a required code is corrected by a message that carries that code alone.
        List<PlannedSms> partial = corrections.stream()
                .filter(sms -> sms.text().split(" ").length == 3)
                .toList();

        assertFalse(partial.isEmpty(), "no checklist correction carries only the missing answer");
        for (PlannedSms sms : corrections) {
            assertTrue(sms.expectedReply().contains("enregistr"), sms.text() + " -> " + sms.expectedReply());
            assertFalse(sms.expectedReply().contains("Manque"), sms.text() + " -> " + sms.expectedReply());
        }
    }

    @Test
    void messagesWithoutTypoAreAcknowledged() {
        for (PlannedSms sms : plan()) {
            if (sms.typo() == null || sms.typo().readRight()) {
                assertTrue(sms.expectedReply().contains("enregistr"), sms.text() + " -> " + sms.expectedReply());
            }
        }
    }

    @Test
    void planHasEveryFormEncodingAndLongMessages() {
        List<PlannedSms> day = plan();
        Set<String> forms = day.stream().map(PlannedSms::form).collect(Collectors.toSet());
        long ucs2 = day.stream().filter(sms -> !SmsSegments.isGsm7(sms.text())).count();
        long concatenated = day.stream().filter(sms -> SmsSegments.encode(sms.text(), 1).size() > 1).count();

        assertEquals(Set.of("ARV", "DVT", "URG", "FDP", "RES"), forms);
        assertTrue(ucs2 > 50, "UCS-2 messages: " + ucs2);
        assertTrue(concatenated > 50, "concatenated messages: " + concatenated);
    }

    @Test
    void noSenderRepeatsText() {
        Set<String> seen = new HashSet<>();
        for (PlannedSms sms : plan()) {
            assertTrue(seen.add(sms.sender() + "|" + sms.text()), sms.text());
        }
    }

    private static List<PlannedSms> plan() {
        return new DayPlanner(truth, observers, 7, 0.08, 0.03, 0.01).plan(observers);
    }
}
