package ml.modele.observation.simulator;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;

/** Figures and checks of one simulated day, printed at the end of the run. */
public final class SimulationReport {

    /** One check: what was expected, what the platform or the SMSC showed, and whether they agree. */
    public record Check(String name, String expected, String actual, boolean passed) {

        /** Returns a check that passes when the two counts are equal. */
        static Check equal(String name, long expected, long actual) {
            return new Check(name, Long.toString(expected), Long.toString(actual), expected == actual);
        }

        /**
         * Returns a check that passes when a true share lies in the interval estimate ± margin.
         * A missing estimate or margin (null in the JSON, NaN here) fails.
         */
        static Check inside(String name, double truth, double estimate, double margin) {
            boolean known = !Double.isNaN(estimate) && !Double.isNaN(margin);
            return new Check(name, String.format(Locale.ROOT, "%.2f %% inside the interval", 100 * truth),
                    known ? String.format(Locale.ROOT, "%.2f %% ± %.2f", 100 * estimate, 100 * margin) : "no estimate",
                    known && Math.abs(truth - estimate) <= margin);
        }

        @Override
        public String toString() {
            return (passed ? "OK   " : "FAIL ") + name + ": expected " + expected + ", got " + actual;
        }
    }

    final Map<String, Double> setupSeconds = new LinkedHashMap<>();
    final List<Check> checks = new ArrayList<>();
    final List<String> notes = new ArrayList<>();
    final ElectionTruth.Summary truth;
    int smscPort;
    int deployed;
    int sampled;
    int sampledObserved;
    int messages;
    int corrections;
    int redeliveries;
    int concatenated;
    int ucs2;
    int observersTexting;
    final Map<String, Integer> byForm = new TreeMap<>();
    final Map<PlannedSms.Typo, Integer> byTypo = new EnumMap<>(PlannedSms.Typo.class);
    ElectionTruth.Summary sampleTruth;
    long firstDeliverNanos;
    long lastResponseNanos;
    long lastReplyNanos;
    long lastResultsNanos;
    long finalEstimateNanos;
    String estimates = "none";
    long[] latenciesNanos = new long[0];
    long stored;
    long redeliveriesCounted;
    long partial;
    long toReply;
    long capped;
    long repliesReceived;
    int intakeRepliesMatching;
    int smscRetries;
    long peakHeapBytes = -1;
    int heapSamples;
    double bareReceiverRate = -1;
    /** Duration of the request that published the preliminary statement (both PDFs rendered), or -1. */
    long statementPublishNanos = -1;

    SimulationReport(ElectionTruth.Summary truth) {
        this.truth = truth;
    }

    /** Returns the checks that failed. */
    public List<Check> mismatches() {
        return checks.stream().filter(check -> !check.passed()).toList();
    }

    /** Returns every check. */
    public List<Check> checks() {
        return List.copyOf(checks);
    }

    /** Returns the number of planned messages (without the SMSC's redeliveries). */
    public int messages() {
        return messages;
    }

    void expect(String name, long expected, long actual) {
        checks.add(Check.equal(name, expected, actual));
    }

    void add(List<Check> more) {
        checks.addAll(more);
    }

    void note(String note) {
        notes.add(note);
    }

    /** Keeps the national estimates of the dashboard's JSON as one line for the output. */
    void describeEstimates(JsonObject tabulation) {
        // The platform sends null estimates, with the reason beside them, below two counted sheets.
        if (!(tabulation.get("estimates") instanceof JsonObject national)) {
            estimates = "none (fewer than two counted result sheets)";
            return;
        }
        JsonObject yes = national.getJsonArray("optionShares").getJsonObject(0);
        JsonObject turnout = national.getJsonObject("turnout");
        estimates = String.format(Locale.ROOT, "YES %s, turnout %s from %d stations", interval(yes),
                interval(turnout), national.getInt("stationsUsed"));
    }

    private static String interval(JsonObject estimate) {
        if (!(estimate.get("ratio") instanceof JsonNumber ratio)) {
            return "no estimate";
        }
        String margin95 = estimate.get("margin95") instanceof JsonNumber margin
                ? String.format(Locale.ROOT, "%.2f", 100 * margin.doubleValue()) : "?";
        String margin99 = estimate.get("margin99") instanceof JsonNumber margin
                ? String.format(Locale.ROOT, "%.2f", 100 * margin.doubleValue()) : "?";
        return String.format(Locale.ROOT, "%.2f %% (± %s at 95 %%, ± %s at 99 %%)", 100 * ratio.doubleValue(),
                margin95, margin99);
    }

    void describePlan(List<PlannedSms> day, Set<String> sampledStations, ElectionTruth electionTruth) {
        messages = day.size();
        Set<String> senders = new java.util.HashSet<>();
        List<ElectionTruth.Sheet> sampleSheets = new ArrayList<>();
        for (PlannedSms sms : day) {
            senders.add(sms.sender());
            byForm.merge(sms.form(), 1, Integer::sum);
            corrections += sms.correction() ? 1 : 0;
            redeliveries += sms.redelivered() ? 1 : 0;
            if (sms.typo() != null) {
                byTypo.merge(sms.typo(), 1, Integer::sum);
            }
            List<SmsSegments.Segment> segments = SmsSegments.encode(sms.text(), 0);
            concatenated += segments.size() > 1 ? 1 : 0;
            ucs2 += segments.get(0).dataCoding() == SmsSegments.UCS2 ? 1 : 0;
        }
        for (String station : sampledStations) {
            sampleSheets.add(electionTruth.sheet(station));
        }
        observersTexting = senders.size();
        sampleTruth = ElectionTruth.summarise(sampleSheets);
    }

    /** Prints the figures, the checks and the notes. */
    public void print(PrintStream out) {
        out.println("== Election-day simulation ==");
        out.printf(Locale.ROOT, "Truth (all stations): turnout %.2f %%, YES %.2f %% of valid, null %.2f %% of voters"
                        + " (official 2023: 38.23 %%, 96.91 %%, 0.78 %%)%n",
                100 * truth.turnout(), 100 * truth.yesShare(), 100 * truth.nullShare());
        if (sampleTruth != null) {
            out.printf(Locale.ROOT, "Truth (sampled stations): turnout %.2f %%, YES %.2f %%%n",
                    100 * sampleTruth.turnout(), 100 * sampleTruth.yesShare());
        }
        out.printf(Locale.ROOT, "SMSC on 127.0.0.1:%d; %d OCT deployed, %d sampled stations, %d of them observed%n",
                smscPort, deployed, sampled, sampledObserved);
        setupSeconds.forEach((step, seconds) -> out.printf(Locale.ROOT, "Set-up: %s in %.1f s%n", step, seconds));
        out.printf(Locale.ROOT, "Plan: %d messages from %d observers %s; %d corrections, %d redelivered by the SMSC,"
                + " %d in UCS-2, %d concatenated; typing errors %s%n", messages, observersTexting, byForm, corrections,
                redeliveries, ucs2, concatenated, byTypo);

        double deliverySeconds = (lastResponseNanos - firstDeliverNanos) / 1e9;
        long endNanos = Math.max(lastResponseNanos, lastReplyNanos);
        double endToEndSeconds = (endNanos - firstDeliverNanos) / 1e9;
        out.printf(Locale.ROOT, "Delivery: %d messages in %.1f s (%.1f messages/s); end to end with the replies"
                + " %.1f s (%.1f messages/s)%n", messages, deliverySeconds, messages / deliverySeconds,
                endToEndSeconds, messages / endToEndSeconds);
        out.printf(Locale.ROOT, "deliver_sm to deliver_sm_resp: p50 %.1f ms, p99 %.1f ms, max %.1f ms over %d PDUs;"
                + " %d deliver_sm sent again after a temporary error%n", percentile(0.50), percentile(0.99),
                percentile(1.0), latenciesNanos.length, smscRetries);
        out.println("Last results message to the final estimate on the dashboard (data version polled every 0.1 s): "
                + (finalEstimateNanos == 0 ? "not reached"
                : String.format(Locale.ROOT, "%.1f s", (finalEstimateNanos - lastResultsNanos) / 1e9)));
        out.println("PVT estimates on the dashboard: " + estimates);
        out.println("Peak used heap of the platform (MicroProfile Metrics sampled every 0.5 s, a lower bound): "
                + (peakHeapBytes < 0 ? "not available (no /metrics?scope=base)"
                : peakHeapBytes / (1024 * 1024) + " MiB over " + heapSamples + " samples"));
        out.println("Bare jSMPP receiver on the same SMSC: " + (bareReceiverRate < 0 ? "not measured"
                : String.format(Locale.ROOT, "%.1f messages/s", bareReceiverRate)));
        out.printf("Replies: %d to send by the platform, %d capped, %d received; %d equal to the SMS grammar's reply%n",
                toReply, capped, repliesReceived, intakeRepliesMatching);
        out.println("Preliminary statement rendering (the publish request, French and English PDFs): "
                + (statementPublishNanos < 0 ? "not published"
                : String.format(Locale.ROOT, "%.1f s", statementPublishNanos / 1e9)));

        checks.forEach(out::println);
        notes.forEach(note -> out.println("NOTE: " + note));
        out.println(mismatches().isEmpty() ? "All checks passed." : mismatches().size() + " checks failed.");
    }

    /** Returns a percentile of the deliver_sm latencies in milliseconds (nearest rank). */
    double percentile(double share) {
        if (latenciesNanos.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(share * latenciesNanos.length) - 1;
        return latenciesNanos[Math.max(0, Math.min(latenciesNanos.length - 1, rank))] / 1e6;
    }
}
