package ml.modele.observation.domain.pvt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * Runs the data-quality rules on Ghana 2008 presidential results, 1,633 polling stations where
 * the published NPP and NDC shares of 14 stations add up to more than the votes cast.
 */
class GhanaDataQualityTest {

    private static final String RESOURCE = "/pvt/ghana_2008_pres_pollingstation_IchinoNathan_subset.csv";

    /**
     * Returns one accepted sheet per station with complete figures. The file gives shares
     * rounded to 7 digits and total votes, so votes are round(share × total). It has no
     * registered voters and no null ballots, so registered is set to twice the total and null
     * to 0: only the option-sum rule can then fire.
     */
    private static List<ResultSheet> sheets() {
        CsvFile csv = CsvFile.read(RESOURCE);
        int id = csv.column("ps_id");
        int npp = csv.column("npp2008ps_pres_p");
        int ndc = csv.column("ndc2008ps_pres_p");
        int total = csv.column("totalvotes2008ps_pres");
        List<ResultSheet> sheets = new ArrayList<>();
        for (List<String> row : csv.rows()) {
            if (row.get(npp).equals("NA") || row.get(ndc).equals("NA") || row.get(total).equals("NA")) {
                continue;
            }
            int votes = Integer.parseInt(row.get(total));
            int nppVotes = (int) Math.round(Double.parseDouble(row.get(npp)) * votes);
            int ndcVotes = (int) Math.round(Double.parseDouble(row.get(ndc)) * votes);
            sheets.add(new ResultSheet(row.get(id), 2 * votes, votes, 0, votes, List.of(nppVotes, ndcVotes),
                    SheetStatus.ACCEPTED));
        }
        return sheets;
    }

    @Test
    void flagsStationsWhoseVotesExceedValid() {
        List<ResultSheet> sheets = sheets();

        List<QualityFlag> flags = new DataQualityRules().flag(sheets);

        assertEquals(1_590, sheets.size(), "1,633 stations less 43 with a missing figure");
        assertEquals(14, flags.size());
        for (QualityFlag flag : flags) {
            assertEquals(Set.of(QualityProblem.OPTION_VOTES_ABOVE_VALID), flag.problems(), flag.stationCode());
        }
    }

    @Test
    void shareRoundingAloneIsNotFlagged() {
        // Station 10297: shares 0.4534884 + 0.5465117 = 1.0000001, but 39 + 47 votes = 86, the total.
        List<String> flagged = new DataQualityRules().flag(sheets()).stream().map(QualityFlag::stationCode).toList();

        assertFalse(flagged.contains("10297"));
    }
}
