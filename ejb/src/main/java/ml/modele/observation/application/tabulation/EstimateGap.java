package ml.modele.observation.application.tabulation;

import java.util.List;
import java.util.Optional;

import ml.modele.observation.application.tabulation.TabulationView.AnswerShare;
import ml.modele.observation.domain.pvt.PvtReport;
import ml.modele.observation.domain.pvt.RatioEstimate;

/**
 * Reason why the dashboard shows no figure where an estimate would be, as a key of the screens'
 * bundle (messages*.properties of the web module) with its arguments. The dashboard page and the
 * tabulation JSON print this reason in place of the missing estimate.
 *
 * @param messageKey bundle key
 * @param arguments  arguments of the message, in order
 */
public record EstimateGap(String messageKey, List<Object> arguments) {

    public EstimateGap {
        arguments = List.copyOf(arguments);
    }

    /** Figure of a result sheet estimate, each with the denominator that must be positive on two sheets. */
    public enum Figure {
        /** Share of the valid votes of a ballot option. */
        OPTION_SHARE("tabulation.gap.noValidVotes"),
        /** Voters over registered voters. */
        TURNOUT("tabulation.gap.noRegistered"),
        /** Null ballots over voters. */
        NULL_SHARE("tabulation.gap.noVoters");

        private final String messageKey;

        Figure(String messageKey) {
            this.messageKey = messageKey;
        }
    }

    /** Returns why the view has no estimates, or empty when it has them. */
    public static Optional<EstimateGap> ofEstimates(TabulationView view) {
        if (view.report().isPresent()) {
            return Optional.empty();
        }
        if (view.sampledStations() == 0) {
            return Optional.of(new EstimateGap("tabulation.gap.noSampledStations", List.of()));
        }
        return Optional.of(new EstimateGap("tabulation.gap.fewSheets", List.of(view.countedSheets())));
    }

    /** Returns why the estimates without the flagged sheets are missing, or empty when the view has them. */
    public static Optional<EstimateGap> ofEstimatesWithoutFlagged(TabulationView view) {
        Optional<EstimateGap> noEstimates = ofEstimates(view);
        if (noEstimates.isPresent()) {
            return noEstimates;
        }
        PvtReport report = view.report().orElseThrow();
        if (report.estimatesWithoutFlagged().isPresent()) {
            return Optional.empty();
        }
        int clean = report.acceptedSheets() - report.qualityFlags().size();
        return Optional.of(new EstimateGap("tabulation.gap.fewCleanSheets", List.of(clean)));
    }

    /** Returns why a figure has no estimate to show, or empty when it is defined. */
    public static Optional<EstimateGap> ofFigure(RatioEstimate estimate, Figure figure) {
        if (estimate.defined()) {
            return Optional.empty();
        }
        return Optional.of(new EstimateGap(figure.messageKey, List.of(estimate.reports())));
    }

    /** Returns why a checklist answer has no share among sampled stations, or empty when it has one. */
    public static Optional<EstimateGap> ofSampleShare(AnswerShare share) {
        if (share.sampleShare().filter(RatioEstimate::defined).isPresent()) {
            return Optional.empty();
        }
        return Optional.of(new EstimateGap("tabulation.gap.fewAnswers", List.of(share.sampleAnswers())));
    }
}
