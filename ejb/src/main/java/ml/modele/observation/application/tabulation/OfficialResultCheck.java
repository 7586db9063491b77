package ml.modele.observation.application.tabulation;

import java.util.List;

import ml.modele.observation.application.UserInputException;

/** Consistency rules of an official result before it is stored; each failure names the figures. */
final class OfficialResultCheck {

    private OfficialResultCheck() {
    }

    /**
     * Checks the figures.
     *
     * @param options number of ballot options on the results form
     * @throws UserInputException on a negative figure, a wrong number of options, voters above
     *     registered, valid plus null different from voters, or option votes that do not add up
     *     to the valid votes
     */
    static void check(long registered, long voters, long nullVotes, long validVotes, List<Long> optionVotes,
                      int options) {
        if (registered < 0 || voters < 0 || nullVotes < 0 || validVotes < 0
                || optionVotes.stream().anyMatch(votes -> votes == null || votes < 0)) {
            throw new UserInputException("official.error.negative");
        }
        if (optionVotes.size() != options) {
            throw new UserInputException("official.error.optionCount", optionVotes.size(), options);
        }
        if (registered == 0 || voters > registered) {
            throw new UserInputException("official.error.voters", voters, registered);
        }
        if (validVotes + nullVotes != voters) {
            throw new UserInputException("official.error.validPlusNull", validVotes, nullVotes, voters);
        }
        long sum = optionVotes.stream().mapToLong(Long::longValue).sum();
        if (sum != validVotes) {
            throw new UserInputException("official.error.optionSum", sum, validVotes);
        }
    }
}
