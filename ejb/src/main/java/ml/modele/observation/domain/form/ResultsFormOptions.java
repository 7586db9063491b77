package ml.modele.observation.domain.form;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

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
