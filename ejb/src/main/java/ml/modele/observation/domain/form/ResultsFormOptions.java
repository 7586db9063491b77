package ml.modele.observation.domain.form;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import ml.modele.observation.domain.election.BallotOption;

/**
 * Vote questions of a results form, one per ballot option of the election. Each carries the
 * figure {@link ResultFigure#OPTION_VOTES}. The tabulation reads them in form order as the
 * options' votes and takes their labels as the options' names.
 *
 * <p>Question codes follow {@link FormSetValidator}: letters without O, I and L, and no code is
 * the start of another code of the form. Up to 19 options next to the four figures A to D get
 * one letter each (E, F, G, H, J, K, M, ...). More options get two letters each.
 */
public final class ResultsFormOptions {

    private static final String LETTERS = "ABCDEFGHJKMNPQRSTUVWXYZ";
    private static final int MAX_CODE_LENGTH = 3;

    private ResultsFormOptions() {
    }

    /**
     * Problem that stops the results form from following new ballot options.
     *
     * @param type         what is wrong
     * @param option       the option concerned, as its question label ("C02 – Awa Traoré")
     * @param formCode     the results form
     * @param questionCode the option's question, empty for an option without a code yet
     * @param answers      stored answers to that question, 0 when it has no code yet
     */
    public record Problem(Type type, String option, String formCode, String questionCode, long answers) {

        /** Kind of problem. */
        public enum Type {
            /** The option's question has stored answers, so it cannot be removed or change code. */
            OPTION_IN_USE,
            /** Every code is taken, and the stored submissions forbid renumbering the questions. */
            NO_FREE_CODE
        }
    }

    /**
     * Form set proposed for new ballot options.
     *
     * @param set      the set with the results form updated, equal to the current one when nothing changes
     * @param problems what forbids the change, in option order; empty when {@code set} may be stored
     */
    public record Update(FormSet set, List<Problem> problems) {

        public Update {
            problems = List.copyOf(problems);
        }
    }

    /** Returns the label of an option's question in both languages: "C01 – Awa Traoré", or the code alone. */
    public static String label(BallotOption option) {
        String code = option.getCode().strip();
        String name = option.getLabel().strip();
        return name.isEmpty() || name.equalsIgnoreCase(code) ? code : code + " – " + name;
    }

    /** Returns the required vote question of an option, 0 to {@link DefaultFormSets#MAX_SHEET_FIGURE}. */
    public static Question question(String code, String section, BallotOption option) {
        String label = label(option);
        return Question.figure(code, section, ResultFigure.OPTION_VOTES, DefaultFormSets.MAX_SHEET_FIGURE, label,
                label);
    }

    /**
     * Returns {@code count} question codes that neither equal nor start, nor are started by, a
     * taken code or one another. It takes one letter each when enough are free, else two
     * letters each, else three; empty when even three letters do not give enough codes.
     */
    public static Optional<List<String>> freeCodes(Collection<String> takenCodes, int count) {
        for (int length = 1; length <= MAX_CODE_LENGTH; length++) {
            List<String> codes = new ArrayList<>();
            for (String code : codesOfLength(length)) {
                if (codes.size() == count) {
                    break;
                }
                if (takenCodes.stream().noneMatch(other -> code.startsWith(other) || other.startsWith(code))) {
                    codes.add(code);
                }
            }
            if (codes.size() == count) {
                return Optional.of(codes);
            }
        }
        return Optional.empty();
    }

    /**
     * Proposes the form set whose results form follows new ballot options. The question of an
     * option that keeps its code (compared without case) keeps its question code. It takes the new
     * label when the option's code or label changed, and stays as it is otherwise. A new option
     * gets a code that no question of the form has, and a removed option loses its question. The
     * vote questions take the place of the first one, in the new options' order, and the other
     * questions stay where they are.
     *
     * <p>The stored submissions decide what may change, as {@link FormSetChangeRules} decides for
     * the designer. A question with stored answers cannot be removed, so removing its option or
     * changing its code is a problem. When no code is free, a results form without submissions
     * gets new codes for all its vote questions, and one with submissions has a problem.
     *
     * @param before the options the results form was made for, matched to its vote questions in
     *               order when the counts agree, else by label
     * @param after  the new options, non-empty
     */
    public static Update update(FormSet current, List<BallotOption> before, List<BallotOption> after,
                                StoredAnswers stored) {
        if (after.isEmpty()) {
            throw new IllegalArgumentException("An election has at least one ballot option");
        }
        Optional<FormDefinition> found = current.forms().stream().filter(form -> form.kind() == FormKind.RESULTS)
                .findFirst();
        if (found.isEmpty()) {
            return new Update(current, List.of());
        }
        FormDefinition results = found.get();
        List<Question> voteQuestions = results.questions().stream()
                .filter(question -> question.figure() == ResultFigure.OPTION_VOTES).toList();
        Map<String, Question> questionOfOption = match(voteQuestions, before);
        Map<String, BallotOption> previous = new HashMap<>();
        before.forEach(option -> previous.put(key(option), option));
        String section = voteQuestions.isEmpty() ? results.titleFr() : voteQuestions.get(0).section();

        // A new option never takes the code of a removed one: stored answers and printed cards
        // would then count that option's votes for the new one.
        Set<String> takenCodes = new HashSet<>();
        results.questions().forEach(question -> takenCodes.add(question.code()));
        Set<String> otherCodes = new HashSet<>();
        results.questions().stream().filter(question -> question.figure() != ResultFigure.OPTION_VOTES)
                .forEach(question -> otherCodes.add(question.code()));
        Question[] newQuestions = new Question[after.size()];
        List<Integer> added = new ArrayList<>();
        for (int k = 0; k < after.size(); k++) {
            BallotOption option = after.get(k);
            Question old = questionOfOption.get(key(option));
            if (old == null) {
                added.add(k);
                continue;
            }
            BallotOption was = previous.get(key(option));
            boolean sameText = was.getCode().strip().equals(option.getCode().strip())
                    && was.getLabel().strip().equals(option.getLabel().strip());
            newQuestions[k] = sameText ? old : question(old.code(), old.section(), option);
        }

        List<Problem> problems = new ArrayList<>();
        Optional<List<String>> codes = freeCodes(takenCodes, added.size());
        boolean inUse = stored.submissions(results.code()) > 0;
        if (codes.isPresent()) {
            for (int i = 0; i < added.size(); i++) {
                newQuestions[added.get(i)] = question(codes.get().get(i), section, after.get(added.get(i)));
            }
        } else if (!inUse) {
            List<String> fresh = freeCodes(otherCodes, after.size()).orElseThrow(() -> new IllegalArgumentException(
                    after.size() + " ballot options do not fit in question codes of " + MAX_CODE_LENGTH + " letters"));
            for (int k = 0; k < after.size(); k++) {
                newQuestions[k] = question(fresh.get(k), section, after.get(k));
            }
        } else {
            problems.add(new Problem(Problem.Type.NO_FREE_CODE, label(after.get(added.get(0))), results.code(), "",
                    0));
        }

        // Without a free code, the added options have no question: the set is only checked, not stored.
        List<Question> questions = new ArrayList<>();
        for (Question question : newQuestions) {
            if (question != null) {
                questions.add(question);
            }
        }
        FormSet proposed = replace(current, results, questions);
        problems.addAll(inUseProblems(current, proposed, stored, results, questionOfOption, before));
        return new Update(problems.isEmpty() ? proposed : current, problems);
    }

    /**
     * Returns the vote question of each option of {@code options}, by {@link #key}: the k-th
     * question for the k-th option when the counts agree, else the question whose French label is
     * the option's question label, its label or its code.
     */
    private static Map<String, Question> match(List<Question> voteQuestions, List<BallotOption> options) {
        Map<String, Question> matched = new HashMap<>();
        if (voteQuestions.size() == options.size()) {
            for (int k = 0; k < options.size(); k++) {
                matched.put(key(options.get(k)), voteQuestions.get(k));
            }
            return matched;
        }
        Set<Question> used = new HashSet<>();
        for (BallotOption option : options) {
            for (Question question : voteQuestions) {
                String text = question.labelFr().strip();
                if (!used.contains(question) && (text.equalsIgnoreCase(label(option))
                        || text.equalsIgnoreCase(option.getLabel().strip())
                        || text.equalsIgnoreCase(option.getCode().strip()))) {
                    matched.put(key(option), question);
                    used.add(question);
                    break;
                }
            }
        }
        return matched;
    }

    /** Returns one problem per removed vote question that has stored answers, named by its option. */
    private static List<Problem> inUseProblems(FormSet current, FormSet proposed, StoredAnswers stored,
                                               FormDefinition results, Map<String, Question> questionOfOption,
                                               List<BallotOption> before) {
        Map<String, String> optionOfQuestion = new HashMap<>();
        for (BallotOption option : before) {
            Question question = questionOfOption.get(key(option));
            if (question != null) {
                optionOfQuestion.put(question.code(), label(option));
            }
        }
        List<Problem> problems = new ArrayList<>();
        for (FormProblem problem : FormSetChangeRules.check(current, proposed, stored)) {
            if (problem.type() != FormProblem.Type.QUESTION_IN_USE_REMOVED
                    || !problem.formCode().equals(results.code())) {
                // Only vote questions change, and only by being removed; anything else is a bug here.
                throw new IllegalStateException("Unexpected change of form " + problem.formCode() + ": " + problem);
            }
            String code = problem.questionCode();
            String option = optionOfQuestion.getOrDefault(code,
                    results.question(code).map(Question::labelFr).orElse(code));
            problems.add(new Problem(Problem.Type.OPTION_IN_USE, option, results.code(), code,
                    stored.answers(results.code(), code)));
        }
        return problems;
    }

    private static FormSet replace(FormSet current, FormDefinition results, List<Question> voteQuestions) {
        List<Question> questions = new ArrayList<>();
        boolean placed = false;
        for (Question question : results.questions()) {
            if (question.figure() != ResultFigure.OPTION_VOTES) {
                questions.add(question);
            } else if (!placed) {
                questions.addAll(voteQuestions);
                placed = true;
            }
        }
        if (!placed) {
            questions.addAll(voteQuestions);
        }
        FormDefinition updated = new FormDefinition(results.code(), results.kind(), results.titleFr(),
                results.titleEn(), questions);
        List<FormDefinition> forms = new ArrayList<>();
        for (FormDefinition form : current.forms()) {
            forms.add(form == results ? updated : form);
        }
        return new FormSet(current.name(), forms);
    }

    /** Returns the option's code as the election compares codes: trimmed, without case. */
    private static String key(BallotOption option) {
        return option.getCode().strip().toUpperCase(Locale.ROOT);
    }

    private static List<String> codesOfLength(int length) {
        List<String> codes = new ArrayList<>(List.of(""));
        for (int position = 0; position < length; position++) {
            List<String> longer = new ArrayList<>();
            for (String start : codes) {
                for (char letter : LETTERS.toCharArray()) {
                    longer.add(start + letter);
                }
            }
            codes = longer;
        }
        return codes;
    }
}
