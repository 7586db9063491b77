package ml.modele.observation.domain.pvt;

/**
 * Comparison of an officially announced share with the PVT estimate.
 *
 * @param officialShare announced share
 * @param estimate PVT estimate of the same share
 * @param margin95 half-width of the estimate's 95 % interval
 * @param inside95 whether the announced share lies in the 95 % interval, bounds included
 * @param marginsApart |official − estimate| / margin95; infinite when the margin is zero and
 *     the shares differ, zero when both are equal
 */
public record OfficialResultVerdict(
        double officialShare, double estimate, double margin95, boolean inside95, double marginsApart) {

    /** Compares an announced share with a PVT estimate. */
    public static OfficialResultVerdict of(double officialShare, RatioEstimate estimate) {
        double difference = Math.abs(officialShare - estimate.ratio());
        double margin = estimate.margin95();
        double marginsApart;
        if (difference == 0) {
            marginsApart = 0;
        } else if (margin == 0) {
            marginsApart = Double.POSITIVE_INFINITY;
        } else {
            marginsApart = difference / margin;
        }
        return new OfficialResultVerdict(officialShare, estimate.ratio(), margin, difference <= margin, marginsApart);
    }
}
