package ml.modele.observation.domain.form;

/** Figure of a result sheet (procès-verbal) that a question of a results form carries. */
public enum ResultFigure {
    /** Registered voters (inscrits). */
    REGISTERED,
    /** Voters who cast a ballot (votants). */
    VOTERS,
    /** Null ballots (bulletins nuls). */
    NULL_BALLOTS,
    /** Valid votes (suffrages exprimés). */
    VALID,
    /** Votes for one ballot option; a results form has one such question per option. */
    OPTION_VOTES
}
