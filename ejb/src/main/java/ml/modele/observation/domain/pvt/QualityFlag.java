package ml.modele.observation.domain.pvt;

import java.util.Set;

/**
 * Problems found on one station's result sheet.
 *
 * @param stationCode code of the polling station
 * @param problems problems found, never empty
 */
public record QualityFlag(String stationCode, Set<QualityProblem> problems) {

    public QualityFlag {
        problems = Set.copyOf(problems);
    }
}
