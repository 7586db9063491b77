package ml.modele.observation.simulator;

import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import ml.modele.observation.simulator.SimulationReport.Check;

/**
 * Compares the text of the French preliminary statement PDF with the figures that the dashboard
 * and the deployment coverage showed. The sentences matched are those of the communiqué bundle
 * ({@code communiques_fr.properties}: {@code communique.summary}, {@code communique.incidents.summary},
 * {@code communique.margin}, {@code communique.turnout}), and the figures are formatted as the PDF
 * formats them: thousands grouped with a space, shares with one decimal and a comma (38,2 %),
 * margins in points with one decimal (± 1,3 pt), both rounded half-even.
 */
final class StatementChecks {

    private static final String FIGURE = "([0-9][0-9 ]*)";
    private static final String SHARE = "([0-9]+,[0-9] %)";
    private static final String POINTS = "([0-9]+,[0-9])";
    private static final String NOT_FOUND = "sentence not found in the PDF";
    /** Characters shown after the start of a sentence whose figures were not found. */
    private static final int CONTEXT_CHARACTERS = 60;

    private StatementChecks() {
    }

    /**
     * Figures that the statement must print.
     *
     * @param deployed      observers deployed (deployment coverage)
     * @param sampleSize    stations of the PVT sample (dashboard)
     * @param sheetsCounted sampled stations whose result sheets the estimates use (dashboard)
     * @param yesLabel      French label of the first ballot option, OUI in the referendum
     * @param yes           share of the first option and its 95 % margin, as ratios
     * @param turnout       turnout and its 95 % margin, as ratios
     * @param incidents     incidents reported
     * @param critical      incidents of a critical category
     */
    record Figures(long deployed, long sampleSize, long sheetsCounted, String yesLabel, Share yes,
                   Share turnout, long incidents, long critical) {

        /**
         * Reads the figures from the dashboard's JSON ({@code GET /api/tabulation/{election}}), the
         * deployment coverage ({@code GET /api/deployment/{election}/coverage}) and the incident list
         * ({@code GET /api/tabulation/incidents/{election}}).
         */
        static Figures of(JsonObject tabulation, JsonObject coverageView, List<JsonValue> incidentRows) {
            JsonObject estimates = tabulation.get("estimates") instanceof JsonObject national ? national : null;
            JsonObject yes = estimates == null || estimates.getJsonArray("optionShares").isEmpty() ? null
                    : estimates.getJsonArray("optionShares").getJsonObject(0);
            JsonObject turnout = estimates == null ? null : estimates.getJsonObject("turnout");
            long critical = incidentRows.stream().filter(row -> row.asJsonObject().getBoolean("critical", false))
                    .count();
            return new Figures(count(coverageView.getJsonObject("total"), "observersDeployed"),
                    count(tabulation, "sampledStations"), estimates == null ? 0 : count(estimates, "stationsUsed"),
                    tabulation.getJsonArray("options").getString(0),
                    new Share(number(yes, "ratio"), number(yes, "margin95")),
                    new Share(number(turnout, "ratio"), number(turnout, "margin95")),
                    incidentRows.size(), critical);
        }
    }

    /** An estimated share and its 95 % margin, as ratios; NaN where the dashboard had none. */
    record Share(double ratio, double margin) {
    }

    /**
     * Returns one check per figure. {@code text} is the output of pdftotext; no-break spaces and
     * line breaks count as single spaces.
     */
    static List<Check> compare(String text, Figures expected) {
        String flat = flatten(text);
        List<Check> checks = new ArrayList<>();
        String deployed = "La mission a déployé ";
        checks.add(figure("observers deployed in the preliminary statement", number(expected.deployed()),
                find(flat, deployed, FIGURE + " observateurs\\.", 1)));
        String sample = "L'échantillon du comptage parallèle compte ";
        checks.add(figure("PVT sample size in the preliminary statement", number(expected.sampleSize()),
                find(flat, sample, FIGURE + " bureaux", 1)));
        String sheets = "procès-verbaux de ces bureaux ont été reçus et comptés";
        checks.add(figure("result sheets counted in the preliminary statement", number(expected.sheetsCounted()),
                find(flat, "couverts par un observateur ; ", FIGURE + " " + sheets, 1)));

        String yesRow = expected.yesLabel() + " ";
        String shareAndMargin = SHARE + " ± " + POINTS + " pt";
        checks.add(figure(expected.yesLabel() + " share in the preliminary statement", percent(expected.yes().ratio()),
                find(flat, yesRow, shareAndMargin, 1)));
        checks.add(figure(expected.yesLabel() + " 95 % margin in the preliminary statement",
                points(expected.yes().margin()), find(flat, yesRow, shareAndMargin, 2)));
        String turnoutRow = "Taux de participation ";
        checks.add(figure("turnout in the preliminary statement", percent(expected.turnout().ratio()),
                find(flat, turnoutRow, shareAndMargin, 1)));
        checks.add(figure("turnout 95 % margin in the preliminary statement", points(expected.turnout().margin()),
                find(flat, turnoutRow, shareAndMargin, 2)));

        String incidents = "Les observateurs ont signalé ";
        String incidentFigures = FIGURE + " incidents, dont " + FIGURE + " d'une catégorie critique";
        checks.add(figure("incidents reported in the preliminary statement", number(expected.incidents()),
                find(flat, incidents, incidentFigures, 1)));
        checks.add(figure("critical incidents in the preliminary statement", number(expected.critical()),
                find(flat, incidents, incidentFigures, 2)));
        return checks;
    }

    /** Returns the text with every run of white space, no-break spaces included, as one space. */
    static String flatten(String text) {
        return text.replace('\u00A0', ' ').replace('\u202F', ' ').replaceAll("\\s+", " ");
    }

    /** Formats a whole number as the French PDF does after {@link #flatten}: 3 000. */
    static String number(long value) {
        return format("#,##0", value);
    }

    /** Formats a ratio as the French PDF's share: 38,2 %; NaN gives the PDF's dash. */
    static String percent(double ratio) {
        return Double.isNaN(ratio) ? "—" : format("#,##0.0", ratio * 100) + " %";
    }

    /** Formats a margin (a ratio) as the French PDF's points, without the ± and pt around it: 1,3. */
    static String points(double margin) {
        return Double.isNaN(margin) ? "—" : format("#,##0.0", margin * 100);
    }

    private static String format(String pattern, Object value) {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.ROOT);
        symbols.setGroupingSeparator(' ');
        symbols.setDecimalSeparator(',');
        DecimalFormat format = new DecimalFormat(pattern, symbols);
        format.setRoundingMode(RoundingMode.HALF_EVEN);
        return format.format(value);
    }

    /**
     * Finds the literal {@code lead} followed by {@code figures}, a regular expression, and returns
     * one of its groups. Without a match it returns what follows the first {@code lead} in the text,
     * so that a failed check shows what the PDF printed there.
     */
    private static Found find(String text, String lead, String figures, int group) {
        Matcher matcher = Pattern.compile(Pattern.quote(lead) + figures).matcher(text);
        if (matcher.find()) {
            return new Found(matcher.group(group).strip(), true);
        }
        int start = text.indexOf(lead);
        String context = start < 0 ? "" : ", the PDF has \"" + text.substring(start,
                Math.min(text.length(), start + lead.length() + CONTEXT_CHARACTERS)) + "...\"";
        return new Found(NOT_FOUND + context, false);
    }

    /** A figure read from the PDF, or the reason it could not be read. */
    private record Found(String text, boolean matched) {
    }

    private static Check figure(String name, String expected, Found printed) {
        return new Check(name, expected, printed.text(), printed.matched() && expected.equals(printed.text()));
    }

    private static long count(JsonObject object, String key) {
        return object != null && object.get(key) instanceof JsonNumber number ? number.longValue() : -1;
    }

    private static double number(JsonObject object, String key) {
        return object != null && object.get(key) instanceof JsonNumber number ? number.doubleValue() : Double.NaN;
    }
}
