package ml.modele.observation.application.tabulation;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import ml.modele.observation.domain.pvt.PvtReport;
import ml.modele.observation.domain.pvt.QualityFlag;
import ml.modele.observation.domain.pvt.RatioEstimate;

/**
 * Everything the dashboard shows for one election: PVT estimates, their convergence, the verdicts
 * on official results, the process statistics of the checklists and the reporting coverage.
 *
 * @param electionId    election
 * @param scope         NATIONAL, or the région P-code the caller is limited to
 * @param dataVersion   version of the data the view was computed from
 * @param optionLabels  ballot options in results-form order, French label then English label
 * @param sampledStations stations in the PVT sample (within the scope)
 * @param resultSheets  sampled stations with a result sheet, whatever its status
 * @param notOpenedStations sampled stations counted with no voters because their latest arrival
 *                      checklist reports that they did not open and they have no counted result sheet
 * @param countedSheets sampled stations that the estimates count: counted result sheets plus the
 *                      stations reported not opened. The estimates need at least two.
 * @param report        estimates from the counted sheets of sampled stations and the zero sheets of
 *                      those that did not open; empty below two sheets
 * @param convergence   estimates as the counted sheets arrived, oldest first, from the first count
 *                      whose option shares are all defined ({@link RatioEstimate#defined()})
 * @param verdicts      comparison of each official figure with the estimate of its scope; a figure
 *                      whose estimate is not defined gets a line without estimate
 * @param statistics    share of stations per answer of each checklist question, national then by région
 * @param coverage      reporting coverage per région
 */
public record TabulationView(
        long electionId,
        String scope,
        String dataVersion,
        List<OptionLabel> optionLabels,
        int sampledStations,
        int resultSheets,
        int notOpenedStations,
        int countedSheets,
        Optional<PvtReport> report,
        List<ConvergencePoint> convergence,
        List<Verdict> verdicts,
        List<AnswerShare> statistics,
        List<RegionCoverage> coverage) {

    /** Label of a ballot option in both languages. */
    public record OptionLabel(String fr, String en) {
    }

    /**
     * Estimates after the first {@code reported} counted sheets.
     *
     * @param at arrival time of the last of those sheets (the time its counted version was stored)
     */
    public record ConvergencePoint(int reported, Instant at, List<RatioEstimate> optionShares, RatioEstimate turnout) {
    }

    /**
     * Official figure against the PVT estimate.
     *
     * @param scope        NATIONAL or a région P-code
     * @param figure       option index from 0, or -1 for turnout
     * @param official     official share
     * @param estimate     PVT estimate of the same share in the same scope
     * @param margin95     half-width of its 95 % interval
     * @param inside95     whether the official share lies in the interval
     * @param marginsApart |official − estimate| / margin95
     * @param estimated    false while the scope has no PVT estimate yet; then only scope, figure
     *                     and official are meaningful (the other numbers are NaN)
     */
    public record Verdict(String scope, int figure, double official, double estimate, double margin95,
                          boolean inside95, double marginsApart, boolean estimated) {

        /** Figure index of turnout. */
        public static final int TURNOUT = -1;

        /** Returns the line of an official figure that has no estimate to compare with yet. */
        static Verdict withoutEstimate(String scope, int figure, double official) {
            return new Verdict(scope, figure, official, Double.NaN, Double.NaN, false, Double.NaN, false);
        }
    }

    /**
     * Share of stations that gave one answer to one checklist question.
     *
     * @param scope         NATIONAL or a région P-code
     * @param formCode      checklist form
     * @param questionCode  question
     * @param questionFr    question label in French
     * @param questionEn    question label in English
     * @param answerCode    answer (1 yes, 2 no, or a choice digit)
     * @param answerFr      answer label in French
     * @param answerEn      answer label in English
     * @param sampleAnswers sampled stations that answered the question
     * @param sampleShare   stratified estimate from the sampled stations, with its margin; empty below two answers
     * @param allAnswers    stations that answered, sampled or not
     * @param allShare      plain share among all answering stations, without a margin (they are not a random sample)
     */
    public record AnswerShare(String scope, String formCode, String questionCode, String questionFr,
                              String questionEn, String answerCode, String answerFr, String answerEn,
                              int sampleAnswers, Optional<RatioEstimate> sampleShare, int allAnswers,
                              double allShare) {
    }

    /**
     * Reporting coverage of one région.
     *
     * @param sampled     sampled stations
     * @param stationsByForm stations with a stored submission of each checklist or results form, in form order
     * @param opened      stations whose latest arrival checklist reports them open (ARV-type question
     *                    "did it open" answered yes)
     * @param resultsIn   sampled stations with a counted result sheet
     * @param incidents   incidents reported in the région
     */
    public record RegionCoverage(String regionCode, String regionName, int sampled,
                                 List<FormCount> stationsByForm, int opened, int resultsIn, int incidents) {

        /** Share of sampled stations with counted results, 0 when the région has no sampled station. */
        public double resultsShare() {
            return sampled == 0 ? 0 : (double) resultsIn / sampled;
        }
    }

    /** Stations that submitted one form. */
    public record FormCount(String formCode, int stations) {
    }
}
