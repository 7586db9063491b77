package ml.modele.observation.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsmpp.bean.OptionalParameter;
import org.jsmpp.bean.OptionalParameters;
import org.jsmpp.extra.NegativeResponseException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The SMPP adapter deployed on Payara Micro, bound to a test SMSC on 127.0.0.1, with the raw
 * inbox storing into the embedded MariaDB and replying through the outbox.
 *
 * <p>The SMSC starts in the static initializer, which {@link StartSmsc} runs before Arquillian
 * reads arquillian.xml; that file passes the port to the Micro JVM as
 * {@code -Dobservation.smpp.port=${it.smsc.port}}.
 * Failsafe gives each test class its own JVM, so the property belongs to this class alone.
 */
@ExtendWith({SmppIT.StartSmsc.class, ArquillianExtension.class})
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SmppIT {

    private static final String SHORT_CODE = "36123";
    private static final int MESSAGES = Integer.getInteger("it.smpp.messages", 10_000);
    private static final int LINK_CUTS = 5;
    private static final int SENDERS_IN_PARALLEL = 8;
    private static final TestSmsc SMSC;
    /** Submits that reached the SMSC before their inbound message was committed. */
    private static final List<String> REPLIES_BEFORE_COMMIT = new java.util.concurrent.CopyOnWriteArrayList<>();

    static {
        try {
            SMSC = new TestSmsc();
        } catch (Exception e) {
            throw new ExceptionInInitializerError(e);
        }
        System.setProperty("it.smsc.host", "127.0.0.1");
        System.setProperty("it.smsc.port", String.valueOf(SMSC.port()));
    }

    /** Initialises the test class, and so starts its SMSC, before the Arquillian extension runs. */
    static final class StartSmsc implements BeforeAllCallback {
        @Override
        public void beforeAll(ExtensionContext context) throws ClassNotFoundException {
            Class.forName(SmppIT.class.getName(), true, SmppIT.class.getClassLoader());
        }
    }

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ShrinkWrap.createFromZipFile(WebArchive.class,
                new File(System.getProperty("micro.dir"), "observation.war"));
    }

    /** Deployment URL from Arquillian; only its port is used, because its host may not be loopback. */
    @ArquillianResource
    private URL deploymentUrl;

    @AfterAll
    static void stopSmsc() throws Exception {
        SMSC.close();
    }

    @Test
    @Order(1)
    void storesEveryMessageOnceAndRepliesOnce() throws Exception {
        awaitSchema();
        SMSC.awaitBound(120_000);
        installFailureTrigger();
        Connection checker = database();
        SMSC.onSubmit(submit -> checkCommitted(checker, submit));

        AtomicInteger resent = new AtomicInteger();
        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(SENDERS_IN_PARALLEL);
        List<Future<?>> sent = new ArrayList<>();
        int cutEvery = MESSAGES / (LINK_CUTS + 1);
        for (int i = 0; i < MESSAGES; i++) {
            int index = i;
            sent.add(pool.submit(() -> deliverUntilAnswered(sender(index), "OBS " + index + " RAS", resent)));
            if (i > 0 && i % cutEvery == 0 && i / cutEvery <= LINK_CUTS) {
                waitFor(sent.subList(0, i - SENDERS_IN_PARALLEL * 4));
                SMSC.cutLink();
            }
        }
        waitFor(sent);
        pool.shutdown();
        double deliverySeconds = (System.nanoTime() - start) / 1e9;

        String failing = "+22370000001";
        try {
            SMSC.deliver(failing.substring(1), 1, SHORT_CODE, 0, 0, gsm("ECHEC TEST"));
            fail("expected 0x64 while the database rejects the message");
        } catch (NegativeResponseException e) {
            assertEquals(0x64, e.getCommandStatus());
        }
        execute("DELETE FROM it_fail_flag");
        SMSC.deliver(failing.substring(1), 1, SHORT_CODE, 0, 0, gsm("ECHEC TEST"));

        int expected = MESSAGES + 1;
        awaitOutboxDrained(expected);
        double totalSeconds = (System.nanoTime() - start) / 1e9;
        assertEquals(expected, count("SELECT COUNT(*) FROM sms_inbound"));
        assertEquals(expected, count("SELECT COUNT(DISTINCT sender) FROM sms_inbound"));
        assertEquals(1, count("SELECT COUNT(*) FROM sms_inbound WHERE sender_e164 = '" + failing + "'"));
        // A submit cut off by a link cut before its response is UNKNOWN: never resent, maybe received.
        int unknown = count("SELECT COUNT(*) FROM sms_outbound WHERE status = 'UNKNOWN'");
        assertEquals(expected - unknown, count("SELECT COUNT(*) FROM sms_outbound WHERE status = 'SENT'"));
        assertEquals(expected, count("SELECT COUNT(*) FROM sms_outbound"));

        Map<String, Integer> repliesPerRecipient = new HashMap<>();
        for (TestSmsc.Submit submit : SMSC.submits()) {
            repliesPerRecipient.merge(submit.destination(), 1, Integer::sum);
        }
        assertTrue(repliesPerRecipient.values().stream().allMatch(n -> n == 1), "a recipient got two replies");
        assertEquals(0, count("SELECT COUNT(*) FROM sms_outbound WHERE status = 'SENT' AND recipient NOT IN ("
                + repliesPerRecipient.keySet().stream().map(r -> "'+" + r + "'").collect(Collectors.joining(", "))
                + ")"), "replies recorded as sent that the SMSC never received");
        assertTrue(repliesPerRecipient.size() >= expected - unknown, "recipients of replies");
        assertEquals(List.of(), REPLIES_BEFORE_COMMIT, "replies sent before their message was committed");
        assertTrue(SMSC.binds() >= LINK_CUTS + 1, "binds: " + SMSC.binds());
        System.out.println("SmppIT: " + expected + " messages, " + SMSC.binds() + " binds, " + resent.get()
                + " deliveries resent after a cut, " + count("SELECT COALESCE(SUM(redeliveries), 0) FROM sms_inbound")
                + " redeliveries recognised, " + unknown + " replies UNKNOWN after a cut; deliveries took " + String.format("%.1f", deliverySeconds)
                + " s, all replies sent after " + String.format("%.1f", totalSeconds) + " s (includes the link cuts)");
        SMSC.onSubmit(submit -> { });
        checker.close();
    }

    @Test
    @Order(2)
    void decodesEveryShapeThroughTheAdapter() throws Exception {
        SMSC.deliver("22376100001", 1, SHORT_CODE, 0, 8, "Bureau fermé à 18h, ça va. ɲɛ ɔ ŋ".getBytes(StandardCharsets.UTF_16BE));
        SMSC.deliver("76100002", 2, SHORT_CODE, 0, 0, new byte[] {0x00, 0x1B, 0x65, 0x1B, 0x28, 0x1B, 0x29, 0x04});
        SMSC.deliver("0022376100003", 0, SHORT_CODE, 0, 3, "Dépouillement terminé".getBytes(StandardCharsets.ISO_8859_1));

        byte[] whole = "Première partie. Seconde partie: PV affiché à l'entrée du bureau de vote numéro 12."
                .getBytes(StandardCharsets.UTF_16BE);
        int half = (whole.length / 4) * 2;
        byte[][] parts = {java.util.Arrays.copyOfRange(whole, 0, half), java.util.Arrays.copyOfRange(whole, half, whole.length)};
        SMSC.deliver("22376100004", 1, SHORT_CODE, 0x40, 8, withUdh16(0x1234, 2, 2, parts[1]));
        SMSC.deliver("22376100004", 1, SHORT_CODE, 0x40, 8, withUdh16(0x1234, 2, 1, parts[0]));

        SMSC.deliver("22376100005", 1, SHORT_CODE, 0, 0, new byte[0],
                new OptionalParameter.OctetString((short) 0x0424, gsm("Charge utile longue")));
        SMSC.deliver("22376100006", 1, SHORT_CODE, 0, 0, gsm("SAR deux"), OptionalParameters.newSarMsgRefNum(7),
                OptionalParameters.newSarTotalSegments(2), OptionalParameters.newSarSegmentSeqnum(2));
        SMSC.deliver("22376100006", 1, SHORT_CODE, 0, 0, gsm("SAR un "), OptionalParameters.newSarMsgRefNum(7),
                OptionalParameters.newSarTotalSegments(2), OptionalParameters.newSarSegmentSeqnum(1));

        assertEquals("Bureau fermé à 18h, ça va. ɲɛ ɔ ŋ", storedText("+22376100001"));
        assertEquals("@€{}è", storedText("+22376100002"));
        assertEquals("Dépouillement terminé", storedText("+22376100003"));
        assertEquals("Première partie. Seconde partie: PV affiché à l'entrée du bureau de vote numéro 12.",
                storedText("+22376100004"));
        assertEquals("Charge utile longue", storedText("+22376100005"));
        assertEquals("SAR un SAR deux", storedText("+22376100006"));
        assertEquals(8, count("SELECT data_coding FROM sms_inbound WHERE sender_e164 = '+22376100001'"));
    }

    @Test
    @Order(3)
    void appliesReceiptToSentReply() throws Exception {
        awaitOutboxDrained(count("SELECT COUNT(*) FROM sms_outbound"));
        String messageId;
        try (Connection connection = database(); Statement query = connection.createStatement();
             ResultSet row = query.executeQuery(
                     "SELECT smsc_message_id FROM sms_outbound WHERE recipient = '+22376100001'")) {
            assertTrue(row.next(), "no reply to +22376100001");
            messageId = row.getString(1);
        }
        String receipt = "id:00" + messageId.toUpperCase() + " sub:001 dlvrd:001 submit date:2607281030"
                + " done date:2607281031 stat:DELIVRD err:000 text:MODELE";
        SMSC.deliver("22376100001", 1, SHORT_CODE, 0x04, 0, receipt.getBytes(StandardCharsets.US_ASCII));

        assertEquals("DELIVRD", string("SELECT delivery_state FROM sms_outbound WHERE recipient = '+22376100001'"));
        assertEquals(1, count("SELECT COUNT(*) FROM sms_inbound WHERE sender_e164 = '+22376100001'"),
                "a receipt was stored as a message");
    }

    @Test
    @Order(4)
    void channelScreenShowsBindToEva() throws Exception {
        URI base = URI.create("http://127.0.0.1:" + deploymentUrl.getPort() + "/observation/");
        WebSession eva = new WebSession(base);
        assertEquals(302, eva.login("eva", "Demo-IT-2026").statusCode());

        HttpResponse<String> page = eva.get("eva/sms-channel.xhtml");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("Canal SMS"), page.body());
        assertTrue(page.body().contains("BOUND"), page.body());
        assertTrue(eva.get("index.xhtml").body().contains("eva/sms-channel.xhtml"), "menu of the EVA");

        WebSession press = new WebSession(base);
        assertEquals(302, press.login("presse", "Demo-IT-2026").statusCode());
        assertEquals(403, press.get("eva/sms-channel.xhtml").statusCode());

        HttpResponse<String> ready = new WebSession(URI.create("http://127.0.0.1:" + deploymentUrl.getPort() + "/"))
                .get("health/ready");
        assertTrue(ready.body().contains("smpp"), ready.body());
    }

    private static void deliverUntilAnswered(String sender, String text, AtomicInteger resent) {
        for (int attempt = 0; attempt < 50; attempt++) {
            try {
                SMSC.deliver(sender, 1, SHORT_CODE, 0, 0, gsm(text));
                return;
            } catch (Exception e) {
                // A cut link or a timeout: deliver again after the rebind, as an SMSC does.
                resent.incrementAndGet();
                sleep(200);
            }
        }
        throw new AssertionError("deliver_sm from " + sender + " never answered");
    }

    private static void checkCommitted(Connection checker, TestSmsc.Submit submit) {
        synchronized (checker) {
            try (PreparedStatement query = checker.prepareStatement(
                    "SELECT COUNT(*) FROM sms_inbound WHERE sender_e164 = ?")) {
                query.setString(1, "+" + submit.destination());
                try (ResultSet row = query.executeQuery()) {
                    row.next();
                    if (row.getInt(1) == 0) {
                        REPLIES_BEFORE_COMMIT.add(submit.destination());
                    }
                }
            } catch (SQLException e) {
                REPLIES_BEFORE_COMMIT.add(submit.destination() + ": " + e);
            }
        }
    }

    private static String sender(int index) {
        return String.format("2237%07d", 1_000_000 + index);
    }

    private static byte[] gsm(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] withUdh16(int reference, int total, int sequence, byte[] payload) {
        byte[] message = new byte[7 + payload.length];
        message[0] = 6;
        message[1] = 0x08;
        message[2] = 4;
        message[3] = (byte) (reference >> 8);
        message[4] = (byte) reference;
        message[5] = (byte) total;
        message[6] = (byte) sequence;
        System.arraycopy(payload, 0, message, 7, payload.length);
        return message;
    }

    private static void waitFor(List<Future<?>> futures) throws Exception {
        for (Future<?> future : new ArrayList<>(futures)) {
            future.get(10, TimeUnit.MINUTES);
        }
    }

    private static void awaitSchema() throws Exception {
        for (int i = 0; i < 240; i++) {
            try {
                count("SELECT COUNT(*) FROM sms_outbound");
                return;
            } catch (SQLException | java.io.IOException e) {
                sleep(500);
            }
        }
        throw new AssertionError("The sms_outbound table never appeared");
    }

    private static void awaitOutboxDrained(int expected) throws Exception {
        for (int i = 0; i < 1200; i++) {
            if (count("SELECT COUNT(*) FROM sms_outbound WHERE status IN ('PENDING', 'SENDING')") == 0
                    && count("SELECT COUNT(*) FROM sms_outbound") >= expected) {
                return;
            }
            sleep(500);
        }
        throw new AssertionError("Outbox not drained: "
                + count("SELECT COUNT(*) FROM sms_outbound WHERE status IN ('PENDING', 'SENDING')") + " waiting");
    }

    private static String storedText(String senderE164) throws Exception {
        return string("SELECT text FROM sms_inbound WHERE sender_e164 = '" + senderE164 + "'");
    }

    private static void installFailureTrigger() throws Exception {
        execute("CREATE TABLE it_fail_flag (id INT PRIMARY KEY)");
        execute("INSERT INTO it_fail_flag VALUES (1)");
        execute("CREATE TRIGGER it_fail_once BEFORE INSERT ON sms_inbound FOR EACH ROW BEGIN"
                + " IF NEW.text = 'ECHEC TEST' AND EXISTS (SELECT 1 FROM it_fail_flag) THEN"
                + " SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'test failure'; END IF; END");
    }

    private static void execute(String sql) throws Exception {
        try (Connection connection = database(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static int count(String sql) throws Exception {
        try (Connection connection = database(); Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getInt(1);
        }
    }

    private static String string(String sql) throws Exception {
        try (Connection connection = database(); Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery(sql)) {
            assertTrue(row.next(), "no row for " + sql);
            return row.getString(1);
        }
    }

    private static Connection database() throws Exception {
        String port = Files.readString(Path.of(System.getProperty("it.db.dir"), "port")).strip();
        return DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + port + "/observation", "root", "");
    }

    private static void sleep(long millis) {
        try {
            TimeUnit.MILLISECONDS.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
