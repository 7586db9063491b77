package ml.modele.observation.application;

import java.time.Instant;
import java.util.List;

/**
 * Coverage of an election, within the caller's région: the lines in display order (the cercles of
 * a région, then the région's total), and the total of every line shown.
 */
public record CoverageView(long electionId, String electionName, Instant computedAt, List<CoverageFigures> lines,
                           CoverageFigures total) {
}
