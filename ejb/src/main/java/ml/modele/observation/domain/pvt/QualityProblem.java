package ml.modele.observation.domain.pvt;

/** Impossible or implausible figure on a result sheet, see {@link DataQualityRules}. */
public enum QualityProblem {

    /** Votes for one option exceed the registered voters. */
    OPTION_VOTES_ABOVE_REGISTERED,

    /** Voters exceed the registered voters (turnout above 100 %). */
    VOTERS_ABOVE_REGISTERED,

    /** Turnout is above the plausibility threshold (95 % by default), 100 % included. */
    TURNOUT_ABOVE_THRESHOLD,

    /** The option votes add up to more than the valid votes. */
    OPTION_VOTES_ABOVE_VALID,

    /** Valid plus null votes differ from the number of voters. */
    VALID_PLUS_NULL_NOT_VOTERS
}
