package ml.modele.observation.domain.pvt;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Result of {@link PvtEstimator#estimate}.
 *
 * @param acceptedSheets accepted sheets of sampled stations
 * @param ignoredByStatus sheets of sampled stations left out because their status is not
 *     {@link SheetStatus#ACCEPTED}, per status
 * @param ignoredOutsideSample sheets left out because their station is not in the sample
 * @param qualityFlags accepted sheets with impossible or implausible figures
 * @param estimates estimates from all accepted sheets
 * @param estimatesWithoutFlagged estimates without the flagged sheets; empty when fewer than
 *     two sheets remain
 */
public record PvtReport(
        int acceptedSheets,
        Map<SheetStatus, Integer> ignoredByStatus,
        int ignoredOutsideSample,
        List<QualityFlag> qualityFlags,
        PvtEstimates estimates,
        Optional<PvtEstimates> estimatesWithoutFlagged) {

    public PvtReport {
        ignoredByStatus = Map.copyOf(ignoredByStatus);
        qualityFlags = List.copyOf(qualityFlags);
    }

    /** Returns the number of sheets left out for their status or for being outside the sample. */
    public int ignoredSheets() {
        int ignored = ignoredOutsideSample;
        for (int count : ignoredByStatus.values()) {
            ignored += count;
        }
        return ignored;
    }
}
