package ml.modele.observation.domain.pvt;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Checks result sheets for impossible or implausible figures. */
public final class DataQualityRules {

    /** Default turnout above which a sheet is flagged. */
    public static final double DEFAULT_MAX_PLAUSIBLE_TURNOUT = 0.95;

    private final double maxPlausibleTurnout;

    /** Creates rules with the default 95 % turnout threshold. */
    public DataQualityRules() {
        this(DEFAULT_MAX_PLAUSIBLE_TURNOUT);
    }

    /** Creates rules that flag a turnout strictly above {@code maxPlausibleTurnout} (a share in (0, 1]). */
    public DataQualityRules(double maxPlausibleTurnout) {
        if (!(maxPlausibleTurnout > 0 && maxPlausibleTurnout <= 1)) {
            throw new IllegalArgumentException("Turnout threshold must be in (0, 1], got " + maxPlausibleTurnout);
        }
        this.maxPlausibleTurnout = maxPlausibleTurnout;
    }

    /** Returns the problems of one sheet, empty when none is found. */
    public Set<QualityProblem> check(ResultSheet sheet) {
        Set<QualityProblem> problems = EnumSet.noneOf(QualityProblem.class);
        long optionSum = 0;
        for (int votes : sheet.optionVotes()) {
            optionSum += votes;
            if (votes > sheet.registeredVoters()) {
                problems.add(QualityProblem.OPTION_VOTES_ABOVE_REGISTERED);
            }
        }
        if (sheet.voters() > sheet.registeredVoters()) {
            problems.add(QualityProblem.VOTERS_ABOVE_REGISTERED);
        }
        if (sheet.voters() > maxPlausibleTurnout * sheet.registeredVoters()) {
            problems.add(QualityProblem.TURNOUT_ABOVE_THRESHOLD);
        }
        if (optionSum > sheet.validVotes()) {
            problems.add(QualityProblem.OPTION_VOTES_ABOVE_VALID);
        }
        if ((long) sheet.validVotes() + sheet.nullVotes() != sheet.voters()) {
            problems.add(QualityProblem.VALID_PLUS_NULL_NOT_VOTERS);
        }
        return problems;
    }

    /** Returns a flag for each sheet with at least one problem, in input order. */
    public List<QualityFlag> flag(List<ResultSheet> sheets) {
        List<QualityFlag> flags = new ArrayList<>();
        for (ResultSheet sheet : sheets) {
            Set<QualityProblem> problems = check(sheet);
            if (!problems.isEmpty()) {
                flags.add(new QualityFlag(sheet.stationCode(), problems));
            }
        }
        return flags;
    }
}
