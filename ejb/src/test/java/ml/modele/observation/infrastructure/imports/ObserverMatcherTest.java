package ml.modele.observation.infrastructure.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import ml.modele.observation.domain.observer.ObserverCategory;
import ml.modele.observation.domain.observer.ObserverCode;
import ml.modele.observation.domain.observer.ObserverDetails;
import ml.modele.observation.domain.observer.ObserverStatus;
import ml.modele.observation.domain.observer.Sex;
import ml.modele.observation.infrastructure.imports.ObserverImportPlan.Action;

class ObserverMatcherTest {

    private static final String HEADER = "code,last_name,first_name,sex,birth_year,organisation,category,"
            + "commune_code,national_id,phones,status,supervisor_code\n";
    private static final String OLT = ObserverCode.fromSequence(1).digits();
    private static final String OCT = ObserverCode.fromSequence(2).digits();

    private final ObserverFileReader reader = new ObserverFileReader(Set.of("ML040626"), Map.of("AJCAD", "AJCAD"),
            2026);

    private final List<ObserverDetails> stored = List.of(
            observer(OLT, "Diarra", ObserverCategory.LONG_TERM, "NI0001", "+22376000001", null),
            observer(OCT, "Touré", ObserverCategory.SHORT_TERM, "NI0002", "+22376000002", OLT));

    @Test
    void identicalRowChangesNothing() {
        ObserverImportPlan plan = plan(HEADER + OCT + ",Touré,Awa,F,1990,AJCAD,OCT,ML040626,NI0002,76000002,,\n");

        assertEquals(List.of(), plan.problems());
        assertEquals(Action.UNCHANGED, plan.rows().get(0).action());
    }

    @Test
    void rowWithoutCodeMatchesByNationalIdThenPhone() {
        ObserverImportPlan plan = plan(HEADER
                + ",Touré,Awa,F,1990,AJCAD,OCT,ML040626,NI0002,76000009,actif,\n"
                + ",Diarra,Awa,F,1990,AJCAD,OLT,ML040626,,76000001,,\n");

        assertEquals(List.of(), plan.problems());
        assertEquals(Action.UPDATE, plan.rows().get(0).action());
        assertEquals(OCT, plan.rows().get(0).details().code());
        assertEquals(List.of("phones +22376000002 -> +22376000009", "status CANDIDATE -> ACTIVE"),
                plan.rows().get(0).changes());
        assertEquals(OLT, plan.rows().get(1).details().code());
        assertEquals("NI0001", plan.rows().get(1).details().nationalId());
    }

    @Test
    void phoneOfAnotherObserverRejectsRow() {
        ObserverImportPlan plan = plan(HEADER + ",Sidibé,Awa,F,1990,AJCAD,OCT,ML040626,NI0003,"
                + "\"76000003; 76000001\",,\n");

        assertEquals(0, plan.rows().size());
        assertEquals("observer.phone.duplicateInRegistry", plan.problems().get(0).messageKey());
        assertEquals(List.of(OLT), plan.problems().get(0).details());
    }

    @Test
    void nationalIdOfAnotherObserverRejectsRow() {
        ObserverImportPlan plan = plan(HEADER + OCT + ",Touré,Awa,F,1990,AJCAD,OCT,ML040626,NI0001,76000002,,\n");

        assertEquals("observer.nationalId.duplicateInRegistry", plan.problems().get(0).messageKey());
        assertEquals(1, plan.rejectedRows());
    }

    @Test
    void supervisorMustBeOneCategoryUp() {
        ObserverImportPlan plan = plan(HEADER
                + ",Sidibé,Awa,F,1990,AJCAD,OCT,ML040626,,76000003,," + OCT + "\n"
                + ",Sidibé,Ali,M,1990,AJCAD,OCT,ML040626,,76000004,," + OLT + "\n");

        assertEquals(1, plan.rows().size());
        ImportProblem problem = plan.problems().get(0);
        assertEquals("observer.supervisor.wrongCategory", problem.messageKey());
        assertEquals(2, problem.rowNumber());
    }

    @Test
    void rejectedSupervisorRejectsTheRowsItSupervises() {
        String newOlt = ObserverCode.fromSequence(10).digits();
        ObserverImportPlan plan = plan(HEADER
                + newOlt + ",Koné,Ali,M,1990,AJCAD,OLT,ML040626,,76000001,,\n"
                + ",Koné,Awa,F,1990,AJCAD,OCT,ML040626,,76000005,," + newOlt + "\n");

        assertEquals(0, plan.rows().size());
        assertEquals(List.of("observer.phone.duplicateInRegistry", "observer.supervisor.unknown"),
                plan.problems().stream().map(ImportProblem::messageKey).toList());
    }

    private ObserverImportPlan plan(String csv) {
        try {
            return new ObserverMatcher(stored).plan(reader.read(TableReader.readCsv(csv)));
        } catch (UnreadableFileException e) {
            throw new AssertionError(e);
        }
    }

    private static ObserverDetails observer(String code, String lastName, ObserverCategory category,
                                            String nationalId, String phone, String supervisor) {
        return new ObserverDetails(code, lastName, "Awa", Sex.F, 1990, "AJCAD", category, "ML040626", "",
                false, nationalId, List.of(phone), ObserverStatus.CANDIDATE, supervisor);
    }
}
