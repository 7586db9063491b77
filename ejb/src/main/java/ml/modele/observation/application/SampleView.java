package ml.modele.observation.application;

import java.time.Instant;
import java.util.List;

import ml.modele.observation.domain.pvt.SampleSizePlan;
import ml.modele.observation.domain.sample.SampleParameters;
import ml.modele.observation.domain.sample.SampleStatus;

/**
 * A stored PVT sample as screens, the REST API and exports read it.
 *
 * @param sizePlan the computation of the total size, or null when the size was entered
 * @param changedAt time of the last draw, seal or replacement: the date of the data
 * @param stations every drawn station, stratum by stratum, in drawn order
 */
public record SampleView(
        long electionId,
        String electionName,
        long mapVersionId,
        SampleParameters parameters,
        SampleSizePlan sizePlan,
        long seed,
        String seal,
        SampleStatus status,
        int frameStations,
        long frameVoters,
        Instant drawnAt,
        String drawnBy,
        Instant sealedAt,
        String sealedBy,
        Instant changedAt,
        long version,
        List<Stratum> strata,
        List<Station> stations,
        List<Replacement> replacements) {

    /** Returns the number of stations in the current sample. */
    public int size() {
        return (int) stations.stream().filter(Station::inSample).count();
    }

    public boolean sealed() {
        return status == SampleStatus.SEALED;
    }

    /**
     * One stratum.
     *
     * @param area URBAN or RURAL, or null for a région stratum
     * @param proportionalQuota exact proportional share of the total before rounding
     * @param sampleSize n_h as drawn
     * @param reserveSize reserve stations drawn
     * @param reserveLeft reserve stations not used yet
     */
    public record Stratum(
            String key,
            String regionCode,
            String regionName,
            String area,
            int frameStations,
            long frameVoters,
            double proportionalQuota,
            int sampleSize,
            int reserveSize,
            int reserveLeft) {

        /** Returns n_h / N_h, the share of the stratum's stations in the sample. */
        public double samplingFraction() {
            return frameStations == 0 ? 0 : (double) sampleSize / frameStations;
        }
    }

    /**
     * One drawn station.
     *
     * @param drawRank 1-based position in the stratum's draw
     * @param state SAMPLED, RESERVE, REPLACED or PROMOTED
     */
    public record Station(
            String stratumKey,
            String regionCode,
            String regionName,
            int drawRank,
            String code,
            String centreName,
            String communeName,
            String cercleName,
            int registeredVoters,
            String area,
            String securityStatus,
            String state) {

        public boolean inSample() {
            return "SAMPLED".equals(state) || "PROMOTED".equals(state);
        }
    }

    /** One logged replacement. */
    public record Replacement(
            String stratumKey,
            String replacedCode,
            String replacementCode,
            String reason,
            String replacedBy,
            Instant replacedAt,
            String sealBefore,
            String sealAfter) {
    }
}
