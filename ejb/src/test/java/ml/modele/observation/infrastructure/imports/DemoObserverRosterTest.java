package ml.modele.observation.infrastructure.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import ml.modele.observation.domain.geography.AdminLevel;
import ml.modele.observation.domain.geography.AdminUnit;
import ml.modele.observation.domain.observer.ObserverCategory;
import ml.modele.observation.domain.observer.ObserverDetails;

class DemoObserverRosterTest {

    private static final Map<String, String> ORGANISATIONS = Map.of("OBSERVATOIRE", "Observatoire",
            "AJCAD", "AJCAD", "DONIBLOG", "Doniblog", "DHQ", "DHQ-Mali", "TUWINDI", "Tuwindi");

    private final List<String> communes = new AdminUnitImporter().importDefaultMali().unitsAt(AdminLevel.COMMUNE)
            .stream().map(AdminUnit::code).toList();

    @Test
    void rosterHasTheMissionsObservers() {
        List<ObserverDetails> roster = DemoObserverRoster.generate(communes, DemoObserverRoster.Settings.DEMO);

        Map<ObserverCategory, Long> counts = roster.stream()
                .collect(Collectors.groupingBy(ObserverDetails::category, Collectors.counting()));
        assertEquals(10L, counts.get(ObserverCategory.NATIONAL_SUPERVISOR));
        assertEquals(10L, counts.get(ObserverCategory.REGIONAL_COORDINATOR));
        assertEquals(55L, counts.get(ObserverCategory.LONG_TERM));
        assertEquals(3000L, counts.get(ObserverCategory.SHORT_TERM));
        assertEquals(6L, roster.stream().filter(o -> o.category() == ObserverCategory.LONG_TERM)
                .filter(o -> o.communeCode().startsWith("ML09")).count());
        assertEquals(701L, roster.stream().filter(o -> o.category() == ObserverCategory.SHORT_TERM)
                .map(ObserverDetails::communeCode).distinct().count());
        assertTrue(roster.stream().allMatch(o -> o.lastName().endsWith("(fictif)")));
    }

    @Test
    void supervisorsFollowTheChainWithinTheRegion() {
        List<ObserverDetails> roster = DemoObserverRoster.generate(communes, DemoObserverRoster.Settings.DEMO);
        Map<String, ObserverDetails> byCode = roster.stream()
                .collect(Collectors.toMap(ObserverDetails::code, Function.identity()));

        for (ObserverDetails observer : roster) {
            ObserverDetails supervisor = byCode.get(observer.supervisorCode());
            if (observer.category() == ObserverCategory.NATIONAL_SUPERVISOR) {
                assertEquals(null, supervisor);
            } else {
                assertEquals(observer.category().supervisorCategory().orElseThrow(), supervisor.category());
            }
            if (observer.category() == ObserverCategory.LONG_TERM || observer.category() == ObserverCategory.SHORT_TERM) {
                assertEquals(observer.communeCode().substring(0, 4), supervisor.communeCode().substring(0, 4),
                        observer.code());
            }
        }
    }

    @Test
    void workbookReadsBackWithoutProblems() throws Exception {
        List<ObserverDetails> roster = DemoObserverRoster.generate(communes, DemoObserverRoster.Settings.DEMO);
        ByteArrayOutputStream workbook = new ByteArrayOutputStream();
        DemoObserverRoster.writeXlsx(roster, workbook);

        ObserverFile file = new ObserverFileReader(Set.copyOf(communes), ORGANISATIONS, 2026)
                .read(new ByteArrayInputStream(workbook.toByteArray()));
        ObserverImportPlan plan = new ObserverMatcher(List.of()).plan(file);

        assertEquals(List.of(), plan.problems());
        assertEquals(3075, plan.count(ObserverImportPlan.Action.ADD));
        assertEquals(roster.get(100), plan.rows().get(100).details());
    }

    @Test
    void rostersWithOtherSettingsDoNotCollide() {
        List<ObserverDetails> demo = DemoObserverRoster.generate(communes, DemoObserverRoster.Settings.DEMO);
        List<ObserverDetails> other = DemoObserverRoster.generate(communes,
                new DemoObserverRoster.Settings(10_001, 60_000_000, "TEST", 7L));

        Set<String> codes = demo.stream().map(ObserverDetails::code).collect(Collectors.toSet());
        Set<String> phones = demo.stream().flatMap(o -> o.phones().stream()).collect(Collectors.toSet());
        assertTrue(other.stream().noneMatch(o -> codes.contains(o.code())));
        assertTrue(other.stream().flatMap(o -> o.phones().stream()).noneMatch(phones::contains));
    }
}
