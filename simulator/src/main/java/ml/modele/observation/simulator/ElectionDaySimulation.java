package ml.modele.observation.simulator;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import ml.modele.observation.application.DefaultDataSetup;
import ml.modele.observation.domain.form.DefaultFormSets;
import ml.modele.observation.domain.form.FormDefinition;
import ml.modele.observation.domain.form.FormKind;
import ml.modele.observation.domain.geography.AdminHierarchy;
import ml.modele.observation.domain.geography.AdminLevel;
import ml.modele.observation.domain.geography.AdminUnit;
import ml.modele.observation.domain.geography.MaliFrameGenerator;
import ml.modele.observation.domain.geography.PollingStation;
import ml.modele.observation.infrastructure.imports.AdminUnitImporter;

/**
 * One simulated election day against a running platform. The SMSC starts first, so that the
 * platform can bind while the set-up runs. Then every planned SMS is delivered on the compressed
 * clock, the simulation times the dashboard's final estimate, waits for the replies and checks
 * the platform's counts, its PVT interval and its coverage, and the bare receiver's rate is
 * measured last.
 */
public final class ElectionDaySimulation {

    private static final Logger LOG = Logger.getLogger(ElectionDaySimulation.class.getName());

    /** Checklist and results forms of the referendum, whose stations the dashboard counts. */
    private static final List<String> COUNTED_FORMS = DefaultFormSets.referendum().forms().stream()
            .filter(form -> form.kind() == FormKind.CHECKLIST || form.kind() == FormKind.RESULTS)
            .map(FormDefinition::code).toList();
    private static final String RESULTS_FORM = DefaultFormSets.referendum().forms().stream()
            .filter(form -> form.kind() == FormKind.RESULTS).map(FormDefinition::code).findFirst().orElseThrow();
    /** First checklist form: the platform reads from it whether a station opened. */
    private static final String ARRIVAL_FORM = DefaultFormSets.referendum().forms().stream()
            .filter(form -> form.kind() == FormKind.CHECKLIST).map(FormDefinition::code).findFirst().orElseThrow();
    private static final long POLL_NANOS = TimeUnit.MILLISECONDS.toNanos(100);

    private final SimulatorOptions options;

    public ElectionDaySimulation(SimulatorOptions options) {
        this.options = options;
    }

    /** Runs the day and returns its figures and mismatches; a set-up that fails throws. */
    public SimulationReport run() throws Exception {
        AdminHierarchy map = new AdminUnitImporter().importDefaultMali();
        List<AdminUnit> communes = map.unitsAt(AdminLevel.COMMUNE);
        List<PollingStation> frame = new MaliFrameGenerator().generate(communes, DefaultDataSetup.FRAME_SEED).stations();
        ElectionTruth truth = ElectionTruth.generate(frame, options.seed());
        SimulationReport report = new SimulationReport(truth.summary());

        PlatformClient platform = new PlatformClient(options.platform(), options.adminUser(), options.adminPassword());
        try (SimulatedSmsc smsc = new SimulatedSmsc(options.smscPort(), options.systemId(), options.smppPassword(),
                options.shortCode());
             HeapSampler heap = new HeapSampler(options.platform())) {
            report.smscPort = smsc.port();
            PlatformSetup.Prepared prepared = new PlatformSetup(platform, options)
                    .run(frame, communes.stream().map(AdminUnit::code).toList());
            report.setupSeconds.putAll(prepared.stepSeconds());
            report.deployed = prepared.deployed().size();
            report.sampled = prepared.sampledStations().size();
            report.sampledObserved = (int) prepared.deployed().stream()
                    .filter(observer -> prepared.sampledStations().contains(observer.stationCode())).count();

            List<PlannedSms> day = new DayPlanner(truth, prepared.deployed(), options.seed(), options.typoShare(),
                    options.silentShare(), options.redeliveryShare()).plan(prepared.deployed());
            report.describePlan(day, prepared.sampledStations(), truth);

            Map<String, String> stationOf = new HashMap<>();
            prepared.deployed().forEach(observer -> stationOf.put(observer.code(), observer.stationCode()));
            ExpectedCoverage expected = ExpectedCoverage.of(day, stationOf, prepared.sampledStations(), COUNTED_FORMS,
                    RESULTS_FORM, ARRIVAL_FORM);

            noteEarlierMessages(platform, report);
            smsc.awaitBound(TimeUnit.SECONDS.toMillis(options.bindTimeoutSeconds()));
            Instant since = Instant.now().minusSeconds(1);
            deliverDay(smsc, day, report);
            awaitFinalEstimate(platform, prepared.electionId(), expected.resultsIn(), report);
            awaitReplies(platform, smsc, since, day, report);
            checkCounts(platform, smsc, since, day, report);
            checkReplyTexts(smsc, day, report);
            checkTabulation(platform, prepared, truth, expected, report);
            report.peakHeapBytes = heap.peakBytes();
            report.heapSamples = heap.samples();
            report.smscRetries = smsc.retries();
        }
        if (options.bareMessages() > 0) {
            report.bareReceiverRate = BareReceiverBenchmark.run(options.bareMessages(), options.window());
        }
        return report;
    }

    /**
     * Notes messages stored before this run. The dashboard's coverage adds up every run, and the
     * platform takes a text that a sender repeats within 10 minutes as a redelivery, so the
     * coverage and count checks hold only against a platform that has received no SMS yet.
     */
    private static void noteEarlierMessages(PlatformClient platform, SimulationReport report)
            throws IOException, InterruptedException {
        long earlier = platform.get("sms/inbox/counts").asJsonObject().getJsonNumber("stored").longValue();
        if (earlier > 0) {
            report.note("the platform held " + earlier + " SMS before this run, so the coverage checks count them"
                    + " too; run the simulator against a new data folder for checks that hold");
        }
    }

    private void deliverDay(SimulatedSmsc smsc, List<PlannedSms> day, SimulationReport report) throws Exception {
        ExecutorService senders = Executors.newFixedThreadPool(options.window());
        // At most four messages per sender thread wait in the queue, so the clock cannot run far ahead.
        Semaphore queued = new Semaphore(options.window() * 4);
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        List<Future<?>> sent = new ArrayList<>();
        AtomicLong lastResults = new AtomicLong();
        long start = System.nanoTime();
        for (int i = 0; i < day.size(); i++) {
            PlannedSms sms = day.get(i);
            long due = start + offsetNanos(sms, i);
            long wait = due - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            queued.acquire();
            sent.add(senders.submit(() -> {
                try {
                    for (long latency : smsc.deliver(sms)) {
                        latencies.add(latency);
                    }
                    if (sms.redelivered()) {
                        smsc.deliver(sms);
                    }
                    if (RESULTS_FORM.equals(sms.form())) {
                        lastResults.accumulateAndGet(System.nanoTime(), Math::max);
                    }
                } finally {
                    queued.release();
                }
                return null;
            }));
        }

        for (Future<?> future : sent) {
            future.get();
        }
        senders.shutdown();
        report.firstDeliverNanos = start;
        report.lastResponseNanos = System.nanoTime();
        report.lastResultsNanos = lastResults.get();
        report.latenciesNanos = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        LOG.info(day.size() + " messages delivered in " + (report.lastResponseNanos - start) / 1_000_000 + " ms");
    }

    private long offsetNanos(PlannedSms sms, int index) {
        if (options.daySeconds() > 0) {
            return (long) (sms.minute() / DayPlanner.DAY_MINUTES * options.daySeconds() * 1e9);
        }
        return options.rate() > 0 ? (long) (index / options.rate() * 1e9) : 0;
    }

    /** Waits until the platform has stored every message and the SMSC has every reply that the platform queued. */
    private void awaitReplies(PlatformClient platform, SimulatedSmsc smsc, Instant since, List<PlannedSms> day,
                              SimulationReport report) throws IOException, InterruptedException {
        Set<String> senders = new HashSet<>();
        day.forEach(sms -> senders.add(sms.sender()));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(options.replyTimeoutSeconds());
        while (System.nanoTime() < deadline) {
            JsonObject counts = platform.get("sms/inbox/counts?since=" + since).asJsonObject();
            long toReply = counts.getJsonObject("replyDecisions").getInt("REPLY", 0);
            JsonObject replies = counts.getJsonObject("replies");
            long waiting = replies.getInt("PENDING", 0) + replies.getInt("SENDING", 0);
            if (waiting == 0 && repliesTo(smsc, senders) >= toReply) {
                break;
            }
            TimeUnit.MILLISECONDS.sleep(500);
        }
        report.lastReplyNanos = smsc.lastReplyNanos();
    }

    private void checkCounts(PlatformClient platform, SimulatedSmsc smsc, Instant since, List<PlannedSms> day,
                             SimulationReport report) throws IOException, InterruptedException {
        JsonObject counts = platform.get("sms/inbox/counts?senders=true&since=" + since).asJsonObject();
        Map<String, Integer> sentBySender = new HashMap<>();
        long redelivered = 0;
        for (PlannedSms sms : day) {
            sentBySender.merge("+" + sms.sender(), 1, Integer::sum);
            redelivered += sms.redelivered() ? 1 : 0;
        }
        report.stored = counts.getJsonNumber("stored").longValue();
        report.redeliveriesCounted = counts.getJsonNumber("redeliveries").longValue();
        report.partial = counts.getJsonNumber("partial").longValue();
        JsonObject decisions = counts.getJsonObject("replyDecisions");
        report.toReply = decisions.getInt("REPLY", 0);
        report.capped = decisions.getInt("CAPPED", 0);
        Set<String> senders = new HashSet<>();
        day.forEach(sms -> senders.add(sms.sender()));
        report.repliesReceived = repliesTo(smsc, senders);

        report.expect("messages stored once", day.size(), report.stored);
        report.expect("redeliveries counted, not stored", redelivered, report.redeliveriesCounted);
        report.expect("long messages stored without all their parts", 0, report.partial);
        report.expect("replies received at the SMSC (one per message that the platform replies to)", report.toReply,
                report.repliesReceived);
        long others = smsc.replyCount() - report.repliesReceived;
        if (others > 0) {
            report.note(others + " other messages reached the SMSC for numbers that sent nothing, such as the"
                    + " critical-incident alerts to regional coordinators (observation.alerts.enabled)");
        }
        if (report.capped > 0) {
            report.note(report.capped + " messages got no reply because of the platform's cap of replies per sender"
                    + " and minute (observation.sms.replies-per-minute); raise it for a compressed day");
        }

        JsonObject storedBySender = counts.getJsonObject("senders");
        int senderMismatches = 0;
        int replyMismatches = 0;
        for (Map.Entry<String, Integer> sender : sentBySender.entrySet()) {
            int stored = storedBySender.containsKey(sender.getKey()) ? storedBySender.getInt(sender.getKey()) : 0;
            senderMismatches += stored == sender.getValue() ? 0 : 1;
            var replies = smsc.repliesByRecipient().get(sender.getKey().substring(1));
            int received = replies == null ? 0 : replies.get();
            boolean expected = report.capped == 0 ? received == stored : received <= stored;
            replyMismatches += expected ? 0 : 1;
        }
        report.expect("observers whose stored messages differ from those they sent", 0, senderMismatches);
        report.expect("observers with other than one reply per stored message", 0, replyMismatches);
        report.expect("observers who reported (coverage)", sentBySender.size(), storedBySender.size());
    }

    /**
     * Polls the dashboard's data version every 100 ms and, when it changes, the dashboard's figures,
     * until the sampled stations with counted results reach what was sent. Records the time from
     * the deliver_sm_resp of the last results message to that point; it stays unset on a timeout.
     */
    private void awaitFinalEstimate(PlatformClient platform, long electionId, int resultsSent,
                                    SimulationReport report) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(options.replyTimeoutSeconds());
        String seen = null;
        while (System.nanoTime() < deadline) {
            String version = platform.get("tabulation/" + electionId + "/version").asJsonObject().getString("version");
            if (!version.equals(seen)) {
                seen = version;
                JsonObject tabulation = platform.get("tabulation/" + electionId).asJsonObject();
                long now = System.nanoTime();
                int resultsIn = tabulation.getJsonArray("coverage").stream()
                        .mapToInt(region -> region.asJsonObject().getInt("resultsIn", 0)).sum();
                if (resultsIn >= resultsSent && tabulation.get("estimates") instanceof JsonObject) {
                    report.finalEstimateNanos = now;
                    return;
                }
            }
            TimeUnit.NANOSECONDS.sleep(POLL_NANOS);
        }
        LOG.warning("The dashboard did not show the " + resultsSent + " result sheets sent within "
                + options.replyTimeoutSeconds() + " s");
    }

    /** Compares the dashboard's PVT interval and coverage, and the deployment coverage, with what was sent. */
    private void checkTabulation(PlatformClient platform, PlatformSetup.Prepared prepared, ElectionTruth truth,
                                 ExpectedCoverage expected, SimulationReport report)
            throws IOException, InterruptedException {
        JsonObject tabulation = platform.get("tabulation/" + prepared.electionId()).asJsonObject();
        report.describeEstimates(tabulation);
        report.add(TabulationChecks.pvtInterval(tabulation, truth.summary()));
        report.add(TabulationChecks.coverage(tabulation, expected, COUNTED_FORMS));
        int others = prepared.othersAtSampledStations();
        JsonObject coverageView = platform.get("deployment/" + prepared.electionId() + "/coverage").asJsonObject();
        report.add(TabulationChecks.deployment(coverageView, prepared.deployed().size() + others,
                report.sampledObserved + others));

        List<JsonValue> incidents = platform.get("tabulation/incidents/" + prepared.electionId()).asJsonArray();
        checkStatement(prepared.electionId(), StatementChecks.Figures.of(tabulation, coverageView, incidents), report);
    }

    /**
     * Publishes the preliminary statement and compares the figures of its French PDF with those
     * of the dashboard. A step that the platform rejects, or a missing pdftotext, fails one check
     * and lets the run print its other figures.
     */
    private void checkStatement(long electionId, StatementChecks.Figures figures, SimulationReport report)
            throws InterruptedException {
        if (options.demoPassword().isEmpty()) {
            report.note("the preliminary statement was not published nor checked: give --demo-password, the"
                    + " password of " + options.pressUser() + " and " + options.chiefUser());
            return;
        }
        String step = "preliminary statement drafted by " + options.pressUser() + ", approved by "
                + options.chiefUser() + ", published and read with pdftotext";
        PreliminaryStatement.Published published;
        String text;
        try {
            published = new PreliminaryStatement(options).publish(electionId);
            report.statementPublishNanos = published.publishNanos();
            text = PreliminaryStatement.pdfToText(published.frenchPdf());
        } catch (IOException e) {
            LOG.warning("The preliminary statement could not be checked: " + e.getMessage());
            report.add(List.of(new SimulationReport.Check(step, "done", e.getMessage(), false)));
            return;
        }
        report.add(List.of(new SimulationReport.Check(step, "done", "done", true)));

        List<SimulationReport.Check> checks = StatementChecks.compare(text, figures);
        report.add(checks);
        if (checks.stream().anyMatch(check -> !check.passed())) {
            keepPdf(published, report);
        }
    }

    /** Writes the French PDF of a statement whose figures differ to a temporary file, and notes where. */
    private static void keepPdf(PreliminaryStatement.Published published, SimulationReport report) {
        try {
            Path file = Files.createTempFile("preliminary-statement-" + published.id() + "-", ".pdf");
            Files.write(file, published.frenchPdf());
            report.note("the French PDF of the preliminary statement " + published.id() + " is in " + file);
        } catch (IOException e) {
            LOG.warning("Writing the PDF of the preliminary statement " + published.id() + " to a temporary file"
                    + " failed: " + e.getMessage());
        }
    }

    /** Returns the messages that the SMSC received for these numbers (E.164 digits without the plus sign). */
    private static long repliesTo(SimulatedSmsc smsc, Set<String> recipients) {
        long count = 0;
        for (String recipient : recipients) {
            var replies = smsc.repliesByRecipient().get(recipient);
            count += replies == null ? 0 : replies.get();
        }
        return count;
    }

    /** Counts the replies whose text is the SMS grammar's reply; with --expect-intake true, each one must be. */
    private void checkReplyTexts(SimulatedSmsc smsc, List<PlannedSms> day, SimulationReport report) {
        Map<String, Integer> expected = new HashMap<>();
        for (PlannedSms sms : day) {
            expected.merge(sms.expectedReply(), 1, Integer::sum);
        }
        int matching = 0;
        for (String text : smsc.replyTexts()) {
            Integer left = expected.get(text);
            if (left != null && left > 0) {
                expected.put(text, left - 1);
                matching++;
            }
        }
        report.intakeRepliesMatching = matching;
        if (options.expectIntake()) {
            report.expect("replies equal to those of the SMS grammar", day.size(), matching);
        }
    }
}
