package ml.modele.observation.simulator;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.DoubleFunction;

import ml.modele.observation.domain.geography.PollingStation;

/**
 * The "true" result sheet (procès-verbal) of every station of the frame, which the observers
 * copy into their RES messages and which the PVT estimate must contain.
 *
 * <p>Calibrated on the official results of the constitutional referendum of 18 June 2023 as
 * published by the electoral authority (AIGE): YES 96.91 % of valid votes, turnout 38.23 % of
 * registered voters, null ballots 0.78 % of voters. The national figures of the generated sheets
 * come within rounding of those values (see {@link #summary()}). Turnout and YES share vary by
 * région around them; the région of Kidal, where no vote took place in 2023, has no voters. The
 * regional levels are invented for the demonstration, not taken from the official breakdown.
 */
public final class ElectionTruth {

    public static final double OFFICIAL_YES_SHARE = 0.9691;
    public static final double OFFICIAL_TURNOUT = 0.3823;
    public static final double OFFICIAL_NULL_SHARE = 0.0078;
    /** P-code of the région of Kidal, where no polling station opened in 2023. */
    public static final String REGION_WITHOUT_VOTE = "ML08";

    /** Relative turnout of each région before calibration. */
    private static final Map<String, Double> REGIONAL_TURNOUT = Map.of(
            "ML01", 1.05, "ML02", 1.10, "ML03", 1.15, "ML04", 1.10, "ML05", 0.85,
            "ML06", 0.95, "ML07", 0.90, "ML09", 0.80, "ML10", 0.90);
    /** Shift of the YES share of each région on the logit scale before calibration. */
    private static final Map<String, Double> REGIONAL_YES_SHIFT = Map.of(
            "ML01", 0.2, "ML02", 0.1, "ML03", 0.3, "ML04", 0.2, "ML05", 0.0,
            "ML06", 0.4, "ML07", 0.5, "ML09", -0.9, "ML10", 0.4);

    /** One station's sheet: registered, voters, null, valid, YES and NO; E + F = D, D + C = B, B at most A. */
    public record Sheet(String stationCode, String regionCode, int registered, int voters, int nullBallots,
            int valid, int yes, int no) {

        /** Returns true when the station opened (any station outside the région without a vote). */
        public boolean voted() {
            return !REGION_WITHOUT_VOTE.equals(regionCode);
        }
    }

    /** National figures of a set of sheets. */
    public record Summary(long registered, long voters, long nullBallots, long valid, long yes) {

        public double turnout() {
            return registered == 0 ? 0 : (double) voters / registered;
        }

        public double yesShare() {
            return valid == 0 ? 0 : (double) yes / valid;
        }

        public double nullShare() {
            return voters == 0 ? 0 : (double) nullBallots / voters;
        }
    }

    private final Map<String, Sheet> sheets;

    private ElectionTruth(Map<String, Sheet> sheets) {
        this.sheets = sheets;
    }

    /** Generates the sheets of these stations; the same stations and seed give the same sheets. */
    public static ElectionTruth generate(List<PollingStation> stations, long seed) {
        Random random = new Random(seed);
        int count = stations.size();
        double[] turnout = new double[count];
        double[] yesLogit = new double[count];
        double[] nullShare = new double[count];
        for (int i = 0; i < count; i++) {
            String region = region(stations.get(i).code());
            turnout[i] = OFFICIAL_TURNOUT * REGIONAL_TURNOUT.getOrDefault(region, 0.0)
                    * Math.exp(0.15 * random.nextGaussian());
            yesLogit[i] = REGIONAL_YES_SHIFT.getOrDefault(region, 0.0) + 0.5 * random.nextGaussian();
            nullShare[i] = OFFICIAL_NULL_SHARE * Math.exp(0.3 * random.nextGaussian());
        }

        double turnoutScale = calibrate(0.2, 3.0, OFFICIAL_TURNOUT,
                scale -> build(stations, turnout, scale, yesLogit, 0, nullShare).summary().turnout());
        double yesShift = calibrate(-5, 10, OFFICIAL_YES_SHARE,
                shift -> build(stations, turnout, turnoutScale, yesLogit, shift, nullShare).summary().yesShare());
        return build(stations, turnout, turnoutScale, yesLogit, yesShift, nullShare);
    }

    /** Returns the sheet of a station of the frame. */
    public Sheet sheet(String stationCode) {
        Sheet sheet = sheets.get(stationCode);
        if (sheet == null) {
            throw new IllegalArgumentException("Station " + stationCode + " is not in the generated frame");
        }
        return sheet;
    }

    /** Returns the national figures of every station. */
    public Summary summary() {
        return summarise(sheets.values());
    }

    /** Returns the figures of the given sheets added up. */
    public static Summary summarise(Iterable<Sheet> some) {
        long registered = 0;
        long voters = 0;
        long nullBallots = 0;
        long valid = 0;
        long yes = 0;
        for (Sheet sheet : some) {
            registered += sheet.registered();
            voters += sheet.voters();
            nullBallots += sheet.nullBallots();
            valid += sheet.valid();
            yes += sheet.yes();
        }
        return new Summary(registered, voters, nullBallots, valid, yes);
    }

    static String region(String stationCode) {
        return stationCode.substring(0, 4);
    }

    private static ElectionTruth build(List<PollingStation> stations, double[] turnout, double turnoutScale,
                                       double[] yesLogit, double yesShift, double[] nullShare) {
        Map<String, Sheet> sheets = new HashMap<>(stations.size() * 2);
        for (int i = 0; i < stations.size(); i++) {
            PollingStation station = stations.get(i);
            int registered = station.registeredVoters();
            int voters = (int) Math.round(registered * Math.min(0.95, turnout[i] * turnoutScale));
            int nullBallots = (int) Math.round(voters * nullShare[i]);
            int valid = voters - nullBallots;
            double yesShare = 1 / (1 + Math.exp(-(yesLogit[i] + yesShift)));
            int yes = (int) Math.round(valid * yesShare);
            sheets.put(station.code(), new Sheet(station.code(), region(station.code()), registered, voters,
                    nullBallots, valid, yes, valid - yes));
        }
        return new ElectionTruth(sheets);
    }

    /** Finds by bisection the parameter whose result is the target; the result must grow with the parameter. */
    private static double calibrate(double low, double high, double target, DoubleFunction<Double> result) {
        for (int i = 0; i < 40; i++) {
            double middle = (low + high) / 2;
            if (result.apply(middle) < target) {
                low = middle;
            } else {
                high = middle;
            }
        }
        return (low + high) / 2;
    }
}
