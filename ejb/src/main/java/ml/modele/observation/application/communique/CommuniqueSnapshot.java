package ml.modele.observation.application.communique;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Every figure a communiqué prints, frozen when its draft is created and stored as JSON, with the
 * labels in French and English so that both languages render from the same snapshot. Shares and
 * margins are ratios (0.382 for 38.2 %); margins are half-widths of the interval.
 *
 * @param electionName      name of the election
 * @param takenAt           time of the data, ISO-8601 instant
 * @param dataVersion       tabulation data version the figures were computed from
 * @param deployed          observers deployed, by région and category
 * @param stations          active polling stations of the election's map
 * @param stationsCovered   stations with an observer deployed to them
 * @param sampledStations   stations of the PVT sample
 * @param sampledCovered    sampled stations with an observer deployed
 * @param strata            strata of the sample
 * @param sheetsCounted     sampled stations whose counted result sheet the estimates use
 * @param estimates         estimated share of each ballot option; empty below two counted sheets
 * @param turnout           estimated turnout, or null without estimates
 * @param nullShare         estimated share of null ballots among voters, or null without estimates
 * @param verdicts          official results against the estimates, national then by région
 * @param findings          share of sampled stations per checklist answer, national
 * @param incidents         incidents by région and category; an incident of two categories counts in both
 * @param incidentsReported incidents reported, each once
 * @param criticalIncidents incidents with at least one critical category, each once
 */
public record CommuniqueSnapshot(
        String electionName,
        String takenAt,
        String dataVersion,
        List<DeployedCount> deployed,
        long stations,
        long stationsCovered,
        int sampledStations,
        long sampledCovered,
        int strata,
        int sheetsCounted,
        List<Estimate> estimates,
        Estimate turnout,
        Estimate nullShare,
        List<VerdictLine> verdicts,
        List<Finding> findings,
        List<IncidentCount> incidents,
        long incidentsReported,
        long criticalIncidents) {

    /** Confidence level of every printed margin. */
    public static final double CONFIDENCE = 0.95;

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    /** Observers of one category deployed in one région. */
    public record DeployedCount(String regionCode, String regionName, String category, long observers) {
    }

    /** An estimated share with its 95 % margin, both NaN when the figure had no defined estimate. */
    public record Estimate(String labelFr, String labelEn, double share, double margin) {
    }

    /**
     * An official figure against the estimate of its scope.
     *
     * @param scope     NATIONAL or a région P-code
     * @param scopeName name of the région, or null for NATIONAL
     * @param estimate  estimate, NaN when the scope has none yet
     * @param margin    95 % margin of the estimate, NaN when the scope has none yet
     */
    public record VerdictLine(String scope, String scopeName, String labelFr, String labelEn, double official,
                              double estimate, double margin, boolean inside, boolean estimated) {
    }

    /**
     * Share of sampled stations that gave one answer to one checklist question.
     *
     * @param formCode checklist code (ARV opening, DVT voting, FDP closing and counting by default)
     * @param margin   95 % margin, NaN below two answers
     */
    public record Finding(String formCode, String formFr, String formEn, String questionFr, String questionEn,
                          String answerFr, String answerEn, int answers, double share, double margin) {
    }

    /** Incidents of one category in one région. */
    public record IncidentCount(String regionCode, String regionName, String categoryCode, String labelFr,
                                String labelEn, boolean critical, long incidents) {
    }

    /** Returns the observers deployed in all régions and categories. */
    public long observersDeployed() {
        return deployed.stream().mapToLong(DeployedCount::observers).sum();
    }

    /** Returns the share of sampled stations whose counted results arrived, 0 without a sample. */
    public double reportingRate() {
        return sampledStations == 0 ? 0 : (double) sheetsCounted / sampledStations;
    }

    /** Returns the snapshot as JSON. */
    public String toJson() {
        try {
            return JSON.writeValueAsString(this);
        } catch (IOException e) {
            throw new UncheckedIOException("Writing a communique snapshot as JSON failed", e);
        }
    }

    /** Reads a snapshot written by {@link #toJson}. */
    public static CommuniqueSnapshot fromJson(String json) {
        try {
            return JSON.readValue(json, CommuniqueSnapshot.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Reading a communique snapshot failed", e);
        }
    }
}
