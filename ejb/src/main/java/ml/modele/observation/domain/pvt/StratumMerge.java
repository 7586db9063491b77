package ml.modele.observation.domain.pvt;

/**
 * Merge of a stratum, or of a group of already merged strata, with fewer than two reports
 * into another group, because the variance within a stratum needs at least two reports.
 *
 * @param stratumKey key of the merged group (the key of its first stratum)
 * @param reported reports in the merged group before the merge
 * @param mergedIntoKey key of the group it was merged into
 * @param sameRegion whether both groups belong to the same région
 */
public record StratumMerge(String stratumKey, int reported, String mergedIntoKey, boolean sameRegion) {
}
