package ml.modele.observation.domain.submission;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import ml.modele.observation.domain.form.FormDefinition;
import ml.modele.observation.domain.form.Question;
import ml.modele.observation.domain.form.ResultFigure;

/**
 * Arithmetic of a result sheet: the option votes add up to the valid votes, valid votes plus null
 * ballots make the voters, and the voters do not exceed the registered voters of the sheet nor
 * those of the station. Checked only when voters, null, valid and every option were answered, so
 * a sheet with a missing figure is reported as incomplete, not as wrong.
 */
public final class SheetArithmetic {

    private final FormDefinition form;
    private final Collection<Answer> answers;
    private final Integer stationRegistered;

    /**
     * @param answers           the figures answered so far
     * @param stationRegistered registered voters of the station in the electoral map, or null when unknown
     */
    public SheetArithmetic(FormDefinition form, Collection<Answer> answers, Integer stationRegistered) {
        this.form = form;
        this.answers = answers;
        this.stationRegistered = stationRegistered;
    }

    /** Adds an error to the list for each rule the sheet breaks. */
    public void check(List<SubmissionError> errors) {
        Answer registered = null;
        Answer voters = null;
        Answer nullBallots = null;
        Answer valid = null;
        List<Answer> options = new ArrayList<>();
        for (Answer answer : answers) {
            ResultFigure figure = answer.question().figure();
            if (figure == null) {
                continue;
            }
            switch (figure) {
                case REGISTERED -> registered = answer;
                case VOTERS -> voters = answer;
                case NULL_BALLOTS -> nullBallots = answer;
                case VALID -> valid = answer;
                case OPTION_VOTES -> options.add(answer);
            }
        }
        if (voters == null || nullBallots == null || valid == null || options.size() != optionCount()) {
            return;
        }

        long optionSum = 0;
        StringBuilder optionCodes = new StringBuilder();
        for (Answer option : options) {
            optionSum += option.number();
            optionCodes.append(optionCodes.isEmpty() ? "" : "+").append(option.code());
        }
        if (optionSum != valid.number()) {
            errors.add(new SubmissionError(SubmissionError.Type.OPTIONS_NOT_VALID, valid.code(),
                    valid.value(), optionCodes + "=" + optionSum));
        }
        int validAndNull = valid.number() + nullBallots.number();
        if (validAndNull != voters.number()) {
            errors.add(new SubmissionError(SubmissionError.Type.VALID_NULL_NOT_VOTERS, voters.code(), voters.value(),
                    valid.code() + "+" + nullBallots.code() + "=" + validAndNull));
        }
        if (registered != null && voters.number() > registered.number()) {
            errors.add(new SubmissionError(SubmissionError.Type.VOTERS_ABOVE_SHEET_REGISTERED, voters.code(),
                    voters.value(), registered.code() + "=" + registered.value()));
        }
        if (stationRegistered != null && voters.number() > stationRegistered) {
            errors.add(new SubmissionError(SubmissionError.Type.VOTERS_ABOVE_STATION_REGISTERED, voters.code(),
                    voters.value(), String.valueOf(stationRegistered)));
        }
    }

    private int optionCount() {
        int count = 0;
        for (Question question : form.questions()) {
            if (question.figure() == ResultFigure.OPTION_VOTES) {
                count++;
            }
        }
        return count;
    }
}
