package ml.modele.observation.simulator;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ml.modele.observation.simulator.PlannedSms.Typo;

/** Puts one typing error into a correctly typed message ({@code FORM CODE Xvalue ... [@ comment]}). */
final class Typos {

    private static final Pattern ANSWER = Pattern.compile("^([A-Z])(\\d+)$");

    private Typos() {
    }

    /** Returns the text with the error; a text that offers no place for it comes back unchanged. */
    static String apply(Typo typo, String text, Random random) {
        int at = text.indexOf(" @ ");
        String coded = at < 0 ? text : text.substring(0, at);
        String comment = at < 0 ? "" : text.substring(at);
        List<String> tokens = new ArrayList<>(List.of(coded.split(" ")));
        switch (typo) {
            case LETTER_FOR_DIGIT -> letterForDigit(tokens, random);
            case SPACING -> {
                return spacing(tokens, random) + comment;
            }
            case MISSING_CODE -> dropRequiredAnswer(tokens, random);
            case OUT_OF_RANGE -> outOfRange(tokens);
            case WRONG_ARITHMETIC -> wrongArithmetic(tokens);
            case WRONG_OBSERVER_CODE -> tokens.set(1, mistype(tokens.get(1)));
        }
        return String.join(" ", tokens) + comment;
    }

    /** Returns the answers of the correct text for these question codes, e.g. "F1 G1". */
    static String missingAnswers(String text, List<String> codes) {
        List<String> answers = new ArrayList<>();
        for (String token : text.split(" @ ")[0].split(" ")) {
            Matcher answer = ANSWER.matcher(token);
            if (answer.matches() && codes.contains(answer.group(1))) {
                answers.add(token);
            }
        }
        return String.join(" ", answers);
    }

    private static void letterForDigit(List<String> tokens, Random random) {
        for (int i = 2; i < tokens.size(); i++) {
            String token = tokens.get(i);
            String value = token.substring(1);
            if (value.contains("0") || value.contains("1")) {
                String replaced = value.replace('0', 'O').replace('1', random.nextBoolean() ? 'I' : 'l');
                tokens.set(i, token.charAt(0) + replaced);
                return;
            }
        }
    }

    private static String spacing(List<String> tokens, Random random) {
        StringBuilder text = new StringBuilder(tokens.get(0).toLowerCase(Locale.ROOT));
        String[] separators = {"  ", ", ", " - ", ". ", " "};
        for (int i = 1; i < tokens.size(); i++) {
            text.append(separators[random.nextInt(separators.length)]).append(tokens.get(i).toLowerCase(Locale.ROOT));
        }
        return text.toString();
    }

    /** Drops an answer to a required question: A to the last figure on RES, B on the checklists, A on URG. */
    private static void dropRequiredAnswer(List<String> tokens, Random random) {
        String form = tokens.get(0);
        String code = switch (form) {
            case "RES" -> String.valueOf((char) ('A' + random.nextInt(6)));
            case "ARV", "DVT" -> "B";
            case "FDP" -> "C";
            default -> "A";
        };
        tokens.removeIf(token -> token.length() > 1 && token.startsWith(code) && Character.isDigit(token.charAt(1)));
    }

    private static void outOfRange(List<String> tokens) {
        for (int i = 2; i < tokens.size(); i++) {
            if (tokens.get(i).startsWith("A")) {
                tokens.set(i, "A25");
                return;
            }
        }
    }

    /** Adds ten to the YES figure (E), so that E + F no longer equals the valid votes. */
    private static void wrongArithmetic(List<String> tokens) {
        for (int i = 2; i < tokens.size(); i++) {
            Matcher answer = ANSWER.matcher(tokens.get(i));
            if (answer.matches() && "E".equals(answer.group(1))) {
                tokens.set(i, "E" + (Integer.parseInt(answer.group(2)) + 10));
                return;
            }
        }
    }

    /** Swaps two neighbouring digits of the code, or changes the last one when they are equal. */
    private static String mistype(String code) {
        char[] digits = code.toCharArray();
        if (digits[2] != digits[3]) {
            char kept = digits[2];
            digits[2] = digits[3];
            digits[3] = kept;
        } else {
            digits[5] = (char) ('0' + (digits[5] - '0' + 1) % 10);
        }
        return new String(digits);
    }
}
