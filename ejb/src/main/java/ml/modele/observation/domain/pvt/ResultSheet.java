package ml.modele.observation.domain.pvt;

import java.util.List;
import java.util.Objects;

/**
 * Figures reported by an observer for one polling station.
 *
 * @param stationCode code of the polling station
 * @param registeredVoters voters registered at the station
 * @param voters voters who cast a ballot
 * @param nullVotes null (spoilt) ballots
 * @param validVotes valid ballots
 * @param optionVotes votes per option (candidate or list), same order for every sheet
 * @param status processing state; the estimator uses only {@link SheetStatus#ACCEPTED}
 */
public record ResultSheet(
        String stationCode,
        int registeredVoters,
        int voters,
        int nullVotes,
        int validVotes,
        List<Integer> optionVotes,
        SheetStatus status) {

    public ResultSheet {
        Objects.requireNonNull(stationCode, "stationCode");
        Objects.requireNonNull(status, "status");
        optionVotes = List.copyOf(optionVotes);
        if (registeredVoters < 0 || voters < 0 || nullVotes < 0 || validVotes < 0) {
            throw new IllegalArgumentException("Result sheet of station " + stationCode
                    + " has a negative count: registered=" + registeredVoters + ", voters=" + voters
                    + ", null=" + nullVotes + ", valid=" + validVotes);
        }
        for (Integer votes : optionVotes) {
            if (votes < 0) {
                throw new IllegalArgumentException("Result sheet of station " + stationCode
                        + " has negative option votes: " + optionVotes);
            }
        }
    }
}
