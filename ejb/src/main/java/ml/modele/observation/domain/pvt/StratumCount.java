package ml.modele.observation.domain.pvt;

/**
 * Reporting progress of one stratum.
 *
 * @param key stratum key
 * @param populationSize stations of the stratum in the frame
 * @param sampled sampled stations
 * @param reported usable reports received
 * @param missing sampled stations without a usable report
 * @param groupKey key of the estimation group holding the stratum; the stratum's own key
 *     unless it was merged
 */
public record StratumCount(String key, int populationSize, int sampled, int reported, int missing, String groupKey) {
}
