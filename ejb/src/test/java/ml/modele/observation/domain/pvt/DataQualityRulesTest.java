package ml.modele.observation.domain.pvt;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class DataQualityRulesTest {

    private final DataQualityRules rules = new DataQualityRules();

    private static ResultSheet sheet(int registered, int voters, int nulls, int valid, Integer... options) {
        return new ResultSheet("S1", registered, voters, nulls, valid, List.of(options), SheetStatus.ACCEPTED);
    }

    @Test
    void consistentSheetHasNoProblem() {
        assertEquals(Set.of(), rules.check(sheet(500, 300, 10, 290, 150, 140)));
    }

    @Test
    void flagsOptionVotesAboveRegistered() {
        Set<QualityProblem> problems = rules.check(sheet(100, 90, 0, 90, 120, 0));

        assertEquals(true, problems.contains(QualityProblem.OPTION_VOTES_ABOVE_REGISTERED));
    }

    @Test
    void flagsVotersAboveRegistered() {
        Set<QualityProblem> problems = rules.check(sheet(100, 101, 1, 100, 50, 50));

        assertEquals(EnumSet.of(QualityProblem.VOTERS_ABOVE_REGISTERED, QualityProblem.TURNOUT_ABOVE_THRESHOLD),
                problems);
    }

    @Test
    void flagsTurnoutAboveNinetyFivePercent() {
        assertEquals(Set.of(), rules.check(sheet(100, 95, 0, 95, 50, 45)));
        assertEquals(Set.of(QualityProblem.TURNOUT_ABOVE_THRESHOLD), rules.check(sheet(100, 96, 0, 96, 50, 46)));
        assertEquals(Set.of(QualityProblem.TURNOUT_ABOVE_THRESHOLD), rules.check(sheet(100, 100, 0, 100, 50, 50)));
    }

    @Test
    void flagsOptionVotesAboveValid() {
        assertEquals(Set.of(QualityProblem.OPTION_VOTES_ABOVE_VALID), rules.check(sheet(500, 300, 10, 290, 150, 141)));
    }

    @Test
    void flagsValidPlusNullNotVoters() {
        assertEquals(Set.of(QualityProblem.VALID_PLUS_NULL_NOT_VOTERS), rules.check(sheet(500, 300, 10, 280, 150, 130)));
    }

    @Test
    void flagListsOnlySheetsWithProblems() {
        ResultSheet good = sheet(500, 300, 10, 290, 150, 140);
        ResultSheet bad = new ResultSheet("S2", 500, 300, 10, 290, List.of(200, 100), SheetStatus.ACCEPTED);

        List<QualityFlag> flags = rules.flag(List.of(good, bad));

        assertEquals(List.of(new QualityFlag("S2", Set.of(QualityProblem.OPTION_VOTES_ABOVE_VALID))), flags);
    }
}
