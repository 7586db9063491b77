package ml.modele.observation.it;

import static ml.modele.observation.it.ItDatabase.connect;
import static ml.modele.observation.it.ItDatabase.count;
import static ml.modele.observation.it.ItDatabase.update;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsmpp.bean.AlertNotification;
import org.jsmpp.bean.BindType;
import org.jsmpp.bean.DataSm;
import org.jsmpp.bean.DeliverSm;
import org.jsmpp.bean.NumberingPlanIndicator;
import org.jsmpp.bean.TypeOfNumber;
import org.jsmpp.session.BindParameter;
import org.jsmpp.session.DataSmResult;
import org.jsmpp.session.MessageReceiverListener;
import org.jsmpp.session.SMPPSession;
import org.jsmpp.session.Session;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Benchmark of SMS intake, not part of the test suite (its name does not end in IT, so Failsafe
 * runs it only when named with {@code -Dit.test=SmppIntakeBenchmark}; see docs/benchmarks.md).
 *
 * <p>In one run it measures, with the same sender code and the same test SMSC implementation:
 * <ol>
 *   <li>the rate of a bare jSMPP 3.0.2 receiver in this JVM that responds to every deliver_sm at once
 *       (the upper bound);</li>
 *   <li>the sustained rate through the deployed adapter on Payara Micro, where the raw inbox bean
 *       stores every message into MariaDB (durable defaults) and queues its acknowledgement, which
 *       the outbox sends back to the SMSC while deliveries go on;</li>
 *   <li>the latency from deliver_sm to deliver_sm_resp through the deployed adapter at a paced
 *       500 messages/s.</li>
 * </ol>
 * Settings: {@code -Dbench.messages} (default 20,000), {@code -Dbench.senders} (sending threads of
 * the SMSC, default 32), {@code -Dbench.rate} (default 500), {@code -Dbench.seconds} (paced
 * duration, default 20), {@code -Dit.smpp.parallel-deliveries} (adapter workers, default 64),
 * {@code -Dit.smpp.delivery-batch-size} and {@code -Dit.smpp.delivery-batch-millis} (default 32 and 5), and
 * {@code -Dbench.flush-once-per-second=true}, which sets innodb_flush_log_at_trx_commit to 2 to show
 * the cost of the flush at each commit (not durable: never the figure to compare with the target),
 * {@code -Dbench.jfr=FILE}, which records Payara Micro with JFR during the sustained phase, and
 * {@code -Dbench.receipts=true}, which makes the SMSC send a delivery receipt for every reply.
 */
@ExtendWith({OwnDatabase.class, OwnSmsc.class, ArquillianExtension.class})
@RunAsClient
class SmppIntakeBenchmark {

    private static final String SHORT_CODE = "36123";
    private static final int MESSAGES = Integer.getInteger("bench.messages", 20_000);
    private static final int SENDERS = Integer.getInteger("bench.senders", 32);
    private static final int RATE = Integer.getInteger("bench.rate", 500);
    private static final int PACED_SECONDS = Integer.getInteger("bench.seconds", 20);
    private static final int WARM_UP = Math.min(5_000, MESSAGES / 4);
    /** USER_HZ of Linux, the unit of /proc/PID/stat times (100 on x86-64; check with getconf CLK_TCK). */
    private static final int CLOCK_TICKS_PER_SECOND = 100;
    private static final TestSmsc SMSC = OwnSmsc.smsc();
    private static final AtomicInteger resent = new AtomicInteger();
    private static volatile String firstError;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ShrinkWrap.createFromZipFile(WebArchive.class,
                new File(System.getProperty("micro.dir"), "observation.war"));
    }

    @Test
    void measureIntake() throws Exception {
        awaitSchema();
        SMSC.awaitBound(120_000);
        // The demonstration election loads in the background after start-up. Once it is ongoing, the
        // intake parses each message instead of storing it unparsed, so runs compare alike only after it.
        boolean ongoing = awaitOngoingElection();
        if (Boolean.getBoolean("bench.flush-once-per-second")) {
            // Only to show what the commit flush costs: acknowledged messages may then be lost in a crash.
            update("SET GLOBAL innodb_flush_log_at_trx_commit = 2");
        }
        print("machine: " + Runtime.getRuntime().availableProcessors() + " cores, " + cpuModel()
                + ", Java " + System.getProperty("java.version"));
        print("MariaDB: innodb_flush_log_at_trx_commit=" + variable("innodb_flush_log_at_trx_commit")
                + ", sync_binlog=" + variable("sync_binlog") + ", log_bin=" + variable("log_bin")
                + ", innodb_doublewrite=" + variable("innodb_doublewrite"));
        print("ongoing election: " + (ongoing ? "yes, so each message is parsed against its forms"
                : "none after 180 s, so each message is stored as NO_ELECTION without a parse"));
        print("settings: " + MESSAGES + " messages, " + SENDERS + " SMSC sending threads, adapter parallel"
                + " deliveries " + System.getProperty("it.smpp.parallel-deliveries", "64") + ", batches of up to "
                + System.getProperty("it.smpp.delivery-batch-size", "32") + " messages or "
                + System.getProperty("it.smpp.delivery-batch-millis", "5") + " ms, delivery receipts for the replies "
                + (Boolean.getBoolean("bench.receipts") ? "on" : "off"));

        double bare = bareReceiverRate();
        // An operator's SMSC sends a receipt for each reply, which comes back as one more deliver_sm.
        SMSC.sendReceipts(Boolean.getBoolean("bench.receipts"));

        String warmUpLoad = loadAverage();
        sendAll(SMSC, WARM_UP, 2_000_000);
        awaitStored("2237200", WARM_UP);
        print("warm-up: " + WARM_UP + " messages through the adapter (load " + warmUpLoad + ")");

        String load = loadAverage();
        Map<String, Long> statusBefore = serverStatus();
        startRecording();
        double[] cpuBefore = cpuSeconds();
        long nanos = sendAll(SMSC, MESSAGES, 3_000_000);
        double[] cpuAfter = cpuSeconds();
        stopRecording();
        Map<String, Long> statusAfter = serverStatus();
        double adapter = MESSAGES / (nanos / 1e9);
        print(String.format("adapter: %,d messages in %.2f s = %.0f messages/s (load %s -> %s)", MESSAGES,
                nanos / 1e9, adapter, load, loadAverage()));
        print(String.format("CPU time per message during that phase: Payara Micro %.3f ms, MariaDB %.3f ms,"
                + " test JVM with the SMSC %.3f ms", (cpuAfter[0] - cpuBefore[0]) * 1e3 / MESSAGES,
                (cpuAfter[1] - cpuBefore[1]) * 1e3 / MESSAGES, (cpuAfter[2] - cpuBefore[2]) * 1e3 / MESSAGES));
        print("MariaDB work per message during that phase: " + perMessage(statusBefore, statusAfter));
        assertEquals(MESSAGES, count("SELECT COUNT(*) FROM sms_inbound WHERE sender LIKE '22373%' OR sender LIKE '22374%'"),
                "messages stored");
        print("intake status of the stored messages: " + intakeStatuses());
        print(String.format("adapter / bare: %.2f", adapter / bare));
        print("deliveries resent after a failure so far: " + resent.get()
                + (firstError == null ? "" : " (first error: " + firstError + ")"));

        awaitOutboxDrained();
        pacedLatency();
    }

    /** Binds a jSMPP receiver from this JVM to a second test SMSC and measures how fast it responds. */
    private static double bareReceiverRate() throws Exception {
        AtomicLong received = new AtomicLong();
        try (TestSmsc bareSmsc = new TestSmsc()) {
            SMPPSession receiver = new SMPPSession();
            receiver.setPduProcessorDegree(Integer.getInteger("it.smpp.parallel-deliveries", 64));
            receiver.setQueueCapacity(1_000);
            receiver.setMessageReceiverListener(new CountingReceiver(received));
            receiver.connectAndBind("127.0.0.1", bareSmsc.port(), new BindParameter(BindType.BIND_RX, "bare", "bare",
                    "", TypeOfNumber.UNKNOWN, NumberingPlanIndicator.UNKNOWN, null), 10_000);
            try {
                bareSmsc.awaitBound(10_000);
                sendAll(bareSmsc, WARM_UP, 2_000_000);
                String load = loadAverage();
                long nanos = sendAll(bareSmsc, MESSAGES, 3_000_000);
                double rate = MESSAGES / (nanos / 1e9);
                print(String.format("bare jSMPP receiver: %,d messages in %.2f s = %.0f messages/s (load %s -> %s)",
                        MESSAGES, nanos / 1e9, rate, load, loadAverage()));
                assertEquals(WARM_UP + MESSAGES, received.get(), "messages the bare receiver got");
                return rate;
            } finally {
                receiver.unbindAndClose();
            }
        }
    }

    /** Sends deliver_sm at a fixed rate and reports the time to deliver_sm_resp. */
    private void pacedLatency() throws Exception {
        int total = RATE * PACED_SECONDS;
        long intervalNanos = TimeUnit.SECONDS.toNanos(1) / RATE;
        long[] fromIntended = new long[total];
        long[] fromCall = new long[total];
        AtomicInteger failures = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(128);
        String load = loadAverage();
        List<Future<?>> sent = new ArrayList<>(total);

        long start = System.nanoTime();
        for (int i = 0; i < total; i++) {
            long intended = start + i * intervalNanos;
            long wait = intended - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            int index = i;
            sent.add(pool.submit(() -> {
                long call = System.nanoTime();
                try {
                    deliver(SMSC, 5_000_000 + index);
                } catch (Exception e) {
                    failures.incrementAndGet();
                }
                long end = System.nanoTime();
                fromIntended[index] = end - intended;
                fromCall[index] = end - call;
            }));
        }
        for (Future<?> future : sent) {
            future.get(5, TimeUnit.MINUTES);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();

        print(String.format("paced: %,d messages at %d/s target, %.0f/s achieved, %d failed (load %s -> %s)",
                total, RATE, total / seconds, failures.get(), load, loadAverage()));
        print("deliver_sm -> deliver_sm_resp from the call: " + percentiles(fromCall));
        print("deliver_sm -> deliver_sm_resp from the intended send time: " + percentiles(fromIntended));
        assertEquals(0, failures.get(), "deliveries that failed");
    }

    /**
     * Delivers {@code count} messages from {@link #SENDERS} threads and returns the elapsed time. A
     * delivery that fails (error status, timeout, link down) is delivered again, as an SMSC does, and
     * counted in {@link #resent}.
     */
    private static long sendAll(TestSmsc smsc, int count, int firstSender) throws Exception {
        AtomicInteger next = new AtomicInteger();
        AtomicInteger lost = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(SENDERS);
        List<Future<?>> workers = new ArrayList<>();
        long start = System.nanoTime();
        for (int t = 0; t < SENDERS; t++) {
            workers.add(pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                    if (!deliverUntilAnswered(smsc, firstSender + i)) {
                        lost.incrementAndGet();
                    }
                }
            }));
        }
        for (Future<?> worker : workers) {
            worker.get(30, TimeUnit.MINUTES);
        }
        long nanos = System.nanoTime() - start;
        pool.shutdown();
        assertEquals(0, lost.get(), "deliveries never answered; first error: " + firstError);
        return nanos;
    }

    private static boolean deliverUntilAnswered(TestSmsc smsc, int senderNumber) {
        for (int attempt = 0; attempt < 50; attempt++) {
            try {
                deliver(smsc, senderNumber);
                return true;
            } catch (Exception e) {
                resent.incrementAndGet();
                if (firstError == null) {
                    firstError = e.toString();
                }
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(100));
            }
        }
        return false;
    }

    private static void deliver(TestSmsc smsc, int senderNumber) throws Exception {
        smsc.deliver(String.format("2237%07d", senderNumber), 1, SHORT_CODE, 0, 0,
                ("OBS " + senderNumber + " RAS bureau ouvert").getBytes(StandardCharsets.US_ASCII));
    }

    private static String percentiles(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return String.format("p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, p99.9 %.1f ms, max %.1f ms",
                at(sorted, 0.50), at(sorted, 0.90), at(sorted, 0.99), at(sorted, 0.999), sorted[sorted.length - 1] / 1e6);
    }

    private static double at(long[] sorted, double quantile) {
        int index = (int) Math.ceil(quantile * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
    }

    private static void print(String line) {
        System.out.println("SmppIntakeBenchmark: " + line);
    }

    private static String loadAverage() throws IOException {
        String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
        return fields[0] + " " + fields[1] + " " + fields[2];
    }

    /**
     * Returns the CPU seconds (user and system) used so far by the Payara Micro JVM, by the
     * embedded MariaDB server and by this JVM, read from /proc; the first two are descendants of
     * this JVM, which Arquillian started them from.
     */
    private static double[] cpuSeconds() {
        double payara = 0;
        double mariadb = 0;
        for (ProcessHandle process : ProcessHandle.current().descendants().toList()) {
            String command = process.info().command().orElse("");
            String arguments = String.join(" ", process.info().arguments().orElse(new String[0]));
            if (command.endsWith("mariadbd") || command.endsWith("mysqld")) {
                mariadb += cpuSeconds(process.pid());
            } else if (arguments.contains("payara-micro.jar")) {
                payara += cpuSeconds(process.pid());
            }
        }
        return new double[] {payara, mariadb, cpuSeconds(ProcessHandle.current().pid())};
    }

    private static double cpuSeconds(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            // Fields after the command name in brackets: state is field 3, utime 14 and stime 15, in clock ticks.
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / (double) CLOCK_TICKS_PER_SECOND;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    private static String cpuModel() throws IOException {
        return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(line -> line.startsWith("model name"))
                .findFirst().map(line -> line.substring(line.indexOf(':') + 1).strip()).orElse("unknown CPU");
    }

    private static void awaitSchema() throws Exception {
        for (int i = 0; i < 240; i++) {
            try {
                count("SELECT COUNT(*) FROM sms_outbound");
                return;
            } catch (Exception e) {
                TimeUnit.MILLISECONDS.sleep(500);
            }
        }
        throw new AssertionError("The sms_outbound table never appeared");
    }

    /** Waits up to 180 s for an ongoing election and returns whether one appeared. */
    private static boolean awaitOngoingElection() throws Exception {
        for (int i = 0; i < 360; i++) {
            if (count("SELECT COUNT(*) FROM election WHERE status = 'ONGOING'") > 0) {
                return true;
            }
            TimeUnit.MILLISECONDS.sleep(500);
        }
        return false;
    }

    private static void awaitStored(String senderPrefix, int expected) throws Exception {
        for (int i = 0; i < 600 && count("SELECT COUNT(*) FROM sms_inbound WHERE sender LIKE '" + senderPrefix + "%'")
                < expected; i++) {
            TimeUnit.MILLISECONDS.sleep(100);
        }
    }

    private static void awaitOutboxDrained() throws Exception {
        long start = System.nanoTime();
        for (int i = 0; i < 3_000; i++) {
            if (count("SELECT COUNT(*) FROM sms_outbound WHERE status IN ('PENDING', 'SENDING')") == 0) {
                print(String.format("outbox drained %.1f s after the last delivery", (System.nanoTime() - start) / 1e9));
                return;
            }
            TimeUnit.MILLISECONDS.sleep(200);
        }
        throw new AssertionError("Outbox not drained after 10 minutes");
    }

    private static String intakeStatuses() throws Exception {
        StringBuilder statuses = new StringBuilder();
        try (Connection connection = connect(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT intake_status, COUNT(*) FROM sms_inbound"
                     + " GROUP BY intake_status ORDER BY intake_status")) {
            while (rows.next()) {
                statuses.append(statuses.length() == 0 ? "" : ", ").append(rows.getString(1)).append(' ')
                        .append(rows.getInt(2));
            }
        }
        return statuses.toString();
    }

    /** Counters of SHOW GLOBAL STATUS that tell what the server did: statements, commits, rows. */
    private static Map<String, Long> serverStatus() throws Exception {
        Map<String, Long> counters = new LinkedHashMap<>();
        try (Connection connection = connect(); Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SHOW GLOBAL STATUS WHERE Variable_name IN ('Questions',"
                     + " 'Com_select', 'Com_insert', 'Com_update', 'Com_delete', 'Com_commit', 'Com_stmt_execute',"
                     + " 'Com_stmt_prepare', 'Com_stmt_close', 'Innodb_rows_read', 'Innodb_rows_inserted',"
                     + " 'Innodb_rows_updated', 'Innodb_data_fsyncs', 'Handler_read_rnd_next', 'Handler_read_key',"
                     + " 'Handler_read_next')")) {
            while (row.next()) {
                counters.put(row.getString(1), row.getLong(2));
            }
        }
        return counters;
    }

    private static String perMessage(Map<String, Long> before, Map<String, Long> after) {
        StringBuilder line = new StringBuilder();
        for (Map.Entry<String, Long> counter : after.entrySet()) {
            double value = (counter.getValue() - before.getOrDefault(counter.getKey(), 0L)) / (double) MESSAGES;
            line.append(line.length() == 0 ? "" : ", ").append(counter.getKey()).append(' ')
                    .append(String.format("%.2f", value));
        }
        return line.toString();
    }

    /** Starts a JFR recording of Payara Micro when -Dbench.jfr names the file to write. */
    private static void startRecording() throws Exception {
        String file = System.getProperty("bench.jfr");
        if (file != null) {
            jcmd("JFR.start", "name=bench", "settings=profile", "filename=" + file);
        }
    }

    private static void stopRecording() throws Exception {
        if (System.getProperty("bench.jfr") != null) {
            jcmd("JFR.stop", "name=bench");
            print("JFR recording of Payara Micro written to " + System.getProperty("bench.jfr"));
        }
    }

    private static void jcmd(String... arguments) throws Exception {
        long pid = ProcessHandle.current().descendants()
                .filter(process -> String.join(" ", process.info().arguments().orElse(new String[0]))
                        .contains("payara-micro.jar"))
                .findFirst().orElseThrow().pid();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "jcmd")
                .toString(), String.valueOf(pid)));
        command.addAll(Arrays.asList(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IOException("jcmd " + String.join(" ", arguments) + " failed: " + output);
        }
    }

    private static String variable(String name) throws Exception {
        try (Connection connection = connect(); Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SHOW VARIABLES LIKE '" + name + "'")) {
            return row.next() ? row.getString(2) : "unset";
        }
    }

    /** Message listener that responds to every deliver_sm at once, as the bare upper bound. */
    private record CountingReceiver(AtomicLong received) implements MessageReceiverListener {

        @Override
        public void onAcceptDeliverSm(DeliverSm deliverSm) {
            received.incrementAndGet();
        }

        @Override
        public void onAcceptAlertNotification(AlertNotification alertNotification) {
        }

        @Override
        public DataSmResult onAcceptDataSm(DataSm dataSm, Session source) {
            throw new UnsupportedOperationException("data_sm is not part of the benchmark");
        }
    }
}
