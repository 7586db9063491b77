package ml.modele.observation.it;

import static ml.modele.observation.it.ItDatabase.connect;
import static ml.modele.observation.it.ItDatabase.count;
import static ml.modele.observation.it.ItDatabase.optionalText;
import static ml.modele.observation.it.ItDatabase.text;
import static ml.modele.observation.it.ItDatabase.update;
import static ml.modele.observation.it.Waits.sleep;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
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
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The SMPP adapter deployed on Payara Micro, bound to a test SMSC on 127.0.0.1, with the raw
 * inbox storing into the embedded MariaDB and replying through the outbox.
 *
 * <p>{@link OwnSmsc} starts the SMSC before Arquillian reads arquillian.xml, which passes the
 * port to the Micro JVM as {@code -Dobservation.smpp.port=${it.smsc.port}}.
 */
@ExtendWith({OwnDatabase.class, OwnSmsc.class, ArquillianExtension.class})
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SmppIT {

    private static final String SHORT_CODE = "36123";
    private static final int MESSAGES = Integer.getInteger("it.smpp.messages", 10_000);
    private static final int LINK_CUTS = 5;
    private static final int SENDERS_IN_PARALLEL = 8;
    private static final TestSmsc SMSC = OwnSmsc.smsc();
    /** Messages acknowledged (deliver_sm_resp or reply) before they were committed. */
    private static final List<String> ANSWERED_BEFORE_COMMIT = new java.util.concurrent.CopyOnWriteArrayList<>();
    private static Connection checker;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ShrinkWrap.createFromZipFile(WebArchive.class,
                new File(System.getProperty("micro.dir"), "observation.war"));
    }

    /** Deployment URL from Arquillian; only its port is used, because its host may not be loopback. */
    @ArquillianResource
    private URL deploymentUrl;

    @AfterAll
    static void closeChecker() throws Exception {
        if (checker != null) {
            checker.close();
        }
    }

    @Test
    @Order(1)
    void storesEveryMessageOnceAndRepliesOnce() throws Exception {
        awaitSchema();
        SMSC.awaitBound(120_000);
        installFailureTrigger();
        checker = connect();
        SMSC.onSubmit(submit -> checkCommitted("sender_e164", "+" + submit.destination(), "reply"));
        SMSC.sendReceipts(true);

        AtomicInteger resentDeliveries = new AtomicInteger();
        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(SENDERS_IN_PARALLEL);
        List<Future<?>> sent = new ArrayList<>();
        int cutEvery = MESSAGES / (LINK_CUTS + 1);
        for (int i = 0; i < MESSAGES; i++) {
            int index = i;
            sent.add(pool.submit(() -> deliverUntilAnswered(sender(index), "OBS " + index + " RAS", resentDeliveries)));
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
        update("DELETE FROM it_fail_flag");
        SMSC.deliver(failing.substring(1), 1, SHORT_CODE, 0, 0, gsm("ECHEC TEST"));

        int expected = MESSAGES + 1;
        awaitOutboxDrained(expected);
        double totalSeconds = (System.nanoTime() - start) / 1e9;
        assertEquals(expected, count("SELECT COUNT(*) FROM sms_inbound"));
        assertEquals(expected, count("SELECT COUNT(DISTINCT sender) FROM sms_inbound"));
        assertEquals(1, count("SELECT COUNT(*) FROM sms_inbound WHERE sender_e164 = '" + failing + "'"));
        assertEquals(expected, count("SELECT COUNT(*) FROM sms_outbound"));
        assertEquals(expected, count("SELECT COUNT(*) FROM sms_outbound WHERE status = 'SENT'"),
                "replies not SENT: " + count("SELECT COUNT(*) FROM sms_outbound WHERE status <> 'SENT'"));

        Map<String, Integer> repliesPerRecipient = new HashMap<>();
        for (TestSmsc.Submit submit : SMSC.submits()) {
            repliesPerRecipient.merge(submit.destination(), 1, Integer::sum);
        }
        assertEquals(expected, repliesPerRecipient.size(), "recipients who got a reply");
        assertEquals(List.of(), repliesPerRecipient.entrySet().stream().filter(e -> e.getValue() != 1)
                .map(Map.Entry::getKey).toList(), "recipients who got more than one reply");
        assertEquals(0, count("SELECT COUNT(*) FROM sms_outbound WHERE recipient NOT IN ("
                + repliesPerRecipient.keySet().stream().map(r -> "'+" + r + "'").collect(Collectors.joining(", "))
                + ")"), "replies recorded as sent that the SMSC never received");
        assertEquals(List.of(), ANSWERED_BEFORE_COMMIT, "messages answered before they were committed");
        assertTrue(SMSC.binds() >= LINK_CUTS + 1, "binds: " + SMSC.binds());
        long resent = count("SELECT COALESCE(SUM(resends), 0) FROM sms_outbound");
        long resolvedByReceipt = count("SELECT COUNT(*) FROM sms_outbound WHERE last_error LIKE 'no submit_sm_resp%'");
        System.out.println("SmppIT: " + expected + " messages, " + SMSC.binds() + " binds, " + resentDeliveries.get()
                + " deliveries resent after a cut, " + count("SELECT COALESCE(SUM(redeliveries), 0) FROM sms_inbound")
                + " redeliveries recognised; replies without submit_sm_resp: " + resolvedByReceipt
                + " shown accepted by a receipt, " + resent + " sent again; deliveries took "
                + String.format("%.1f", deliverySeconds) + " s, all replies sent after "
                + String.format("%.1f", totalSeconds) + " s (includes the link cuts)");
        SMSC.onSubmit(submit -> { });
    }

    @Test
    @Order(2)
    void decodesEveryShapeThroughTheAdapter() throws Exception {
        List<SmppShapes.Shape> shapes = SmppShapes.table();
        assertTrue(shapes.size() >= 30, "shapes: " + shapes.size());
        for (SmppShapes.Shape shape : shapes) {
            for (SmppShapes.Pdu pdu : shape.pdus()) {
                if (pdu.dataSm()) {
                    SMSC.dataSm(shape.sender(), SHORT_CODE, pdu.esmClass(), pdu.dataCoding(), pdu.tlvs());
                } else {
                    SMSC.deliver(shape.sender(), shape.senderTon(), SHORT_CODE, pdu.esmClass(), pdu.dataCoding(),
                            pdu.shortMessage(), pdu.tlvs());
                }
            }
        }
        for (SmppShapes.Shape shape : shapes) {
            String where = " FROM sms_inbound WHERE sender = '" + shape.sender() + "'";
            awaitRow("SELECT COUNT(*)" + where, shape.name());
            assertEquals(1, count("SELECT COUNT(*)" + where), shape.name() + ": stored messages");
            assertEquals(shape.text(), optionalText("SELECT text" + where), shape.name() + ": text");
            assertEquals(shape.partial() ? 1 : 0, count("SELECT partial" + where), shape.name() + ": partial flag");
            if (shape.rawHex() != null) {
                assertEquals(shape.rawHex(), text("SELECT raw_hex" + where), shape.name() + ": raw bytes");
            }
        }
        assertEquals("+22376100002", text("SELECT sender_e164 FROM sms_inbound WHERE sender = '76100002'"));
        assertEquals("+22376100003", text("SELECT sender_e164 FROM sms_inbound WHERE sender = '0022376100003'"));
        assertEquals(8, count("SELECT data_coding FROM sms_inbound WHERE sender = '22376100012'"));
    }

    @Test
    @Order(3)
    void rejectsMalformedHeaderWithoutStoring() throws Exception {
        byte[] pastEnd = {0x0A, 0x00, 0x03, 0x01};
        try {
            SMSC.deliver("22376100090", 1, SHORT_CODE, 0x40, 0, pastEnd);
            fail("expected ESME_RINVMSGLEN for a user data header longer than the message");
        } catch (NegativeResponseException e) {
            assertEquals(0x01, e.getCommandStatus());
        }
        assertEquals(0, count("SELECT COUNT(*) FROM sms_inbound WHERE sender = '22376100090'"));
    }

    @Test
    @Order(4)
    void resendsSameReplyAfterThrottledAndQueueFull() throws Exception {
        awaitOutboxDrained(count("SELECT COUNT(*) FROM sms_outbound"));
        int rejectedBefore = SMSC.rejectedSubmits();
        SMSC.answerNextSubmitsWith(0x58, 2);
        SMSC.deliver("22376100101", 1, SHORT_CODE, 0, 0, gsm("THROTTLE TEST"));
        awaitOutboxDrained(count("SELECT COUNT(*) FROM sms_outbound"));
        SMSC.answerNextSubmitsWith(0x14, 1);
        SMSC.deliver("22376100102", 1, SHORT_CODE, 0, 0, gsm("MSGQFUL TEST"));
        awaitOutboxDrained(count("SELECT COUNT(*) FROM sms_outbound"));

        assertEquals(3, SMSC.rejectedSubmits() - rejectedBefore, "submits answered THROTTLED or MSGQFUL");
        for (String recipient : List.of("22376100101", "22376100102")) {
            assertEquals(1, submitsTo(recipient).size(), "replies accepted for " + recipient);
            assertEquals("SENT", text("SELECT status FROM sms_outbound WHERE recipient = '+" + recipient + "'"));
        }
        // The intake answers the message itself, so the resent reply names its unknown form.
        String reply = new String(submitsTo("22376100101").get(0).shortMessage(), StandardCharsets.ISO_8859_1);
        assertTrue(reply.startsWith("Formulaire THROTTLE inconnu."), reply);
    }

    @Test
    @Order(5)
    void appliesReceiptArrivingBeforeSubmitResponse() throws Exception {
        SMSC.receiptBeforeResponse(true);
        try {
            SMSC.deliver("22376100103", 1, SHORT_CODE, 0, 0, gsm("RECU AVANT REPONSE"));
            awaitOutboxDrained(count("SELECT COUNT(*) FROM sms_outbound"));
        } finally {
            SMSC.receiptBeforeResponse(false);
        }
        assertEquals("SENT", text("SELECT status FROM sms_outbound WHERE recipient = '+22376100103'"));
        awaitRow("SELECT COUNT(*) FROM sms_outbound WHERE recipient = '+22376100103' AND delivery_state IS NOT NULL",
                "receipt applied");
        assertEquals("DELIVRD", text("SELECT delivery_state FROM sms_outbound WHERE recipient = '+22376100103'"));
        assertEquals(submitsTo("22376100103").get(0).messageId(),
                text("SELECT smsc_message_id FROM sms_receipt WHERE outbound_id = "
                        + "(SELECT id FROM sms_outbound WHERE recipient = '+22376100103')"));
    }

    @Test
    @Order(6)
    void resolvesRepliesCutBeforeTheirResponse() throws Exception {
        SMSC.cutAfterAcceptingNextSubmit();
        SMSC.deliver("22376100104", 1, SHORT_CODE, 0, 0, gsm("COUPURE APRES ACCEPTATION"));
        awaitOutboxDrained(count("SELECT COUNT(*) FROM sms_outbound"));
        SMSC.cutBeforeAcceptingNextSubmit();
        SMSC.deliver("22376100105", 1, SHORT_CODE, 0, 0, gsm("COUPURE AVANT ACCEPTATION"));
        awaitOutboxDrained(count("SELECT COUNT(*) FROM sms_outbound"));

        // Taken by the SMSC: the receipt shows it, so the reply is SENT and not sent again.
        assertEquals(1, submitsTo("22376100104").size(), "replies received by 22376100104");
        assertEquals("SENT", text("SELECT status FROM sms_outbound WHERE recipient = '+22376100104'"));
        assertEquals(0, count("SELECT resends FROM sms_outbound WHERE recipient = '+22376100104'"));
        assertEquals(submitsTo("22376100104").get(0).messageId(),
                text("SELECT smsc_message_id FROM sms_outbound WHERE recipient = '+22376100104'"));
        // Never taken: no receipt came, so the reply was sent again once and arrived once.
        assertEquals(1, submitsTo("22376100105").size(), "replies received by 22376100105");
        assertEquals("SENT", text("SELECT status FROM sms_outbound WHERE recipient = '+22376100105'"));
        assertEquals(1, count("SELECT resends FROM sms_outbound WHERE recipient = '+22376100105'"));
    }

    @Test
    @Order(7)
    void appliesReceiptSentAsDataSm() throws Exception {
        SMSC.sendReceipts(false);
        SMSC.deliver("22376100106", 1, SHORT_CODE, 0, 0, gsm("RECU DATA_SM"));
        awaitOutboxDrained(count("SELECT COUNT(*) FROM sms_outbound"));
        String messageId = submitsTo("22376100106").get(0).messageId();
        assertEquals(null, optionalText("SELECT delivery_state FROM sms_outbound WHERE recipient = '+22376100106'"));

        SMSC.dataSm("22376100106", SHORT_CODE, 0x04, 0,
                new OptionalParameter.OctetString((short) 0x0424,
                        TestSmsc.receiptText(messageId).getBytes(StandardCharsets.US_ASCII)),
                new OptionalParameter.COctetString((short) 0x001E, messageId));

        assertEquals("DELIVRD", text("SELECT delivery_state FROM sms_outbound WHERE recipient = '+22376100106'"));
        assertEquals(1, count("SELECT COUNT(*) FROM sms_inbound WHERE sender = '22376100106'"),
                "a receipt was stored as a message");
    }

    @Test
    @Order(8)
    void appliesReceiptToSentReply() throws Exception {
        SMSC.deliver("22376100107", 1, SHORT_CODE, 0, 0, gsm("RECU HEX"));
        awaitOutboxDrained(count("SELECT COUNT(*) FROM sms_outbound"));
        String messageId = text("SELECT smsc_message_id FROM sms_outbound WHERE recipient = '+22376100107'");
        assertEquals(null, optionalText("SELECT delivery_state FROM sms_outbound WHERE recipient = '+22376100107'"));

        // The same id with leading zeros and in upper case, as some SMSCs write it in receipts.
        String receipt = TestSmsc.receiptText("00" + messageId.toUpperCase());
        SMSC.deliver("22376100107", 1, SHORT_CODE, 0x04, 0, receipt.getBytes(StandardCharsets.US_ASCII));

        assertEquals("DELIVRD", text("SELECT delivery_state FROM sms_outbound WHERE recipient = '+22376100107'"));
        assertEquals(1, count("SELECT COUNT(*) FROM sms_inbound WHERE sender = '22376100107'"),
                "a receipt was stored as a message");
    }

    @Test
    @Order(9)
    void channelScreenShowsBindToEva() throws Exception {
        URI base = URI.create("http://127.0.0.1:" + deploymentUrl.getPort() + "/observation/");
        WebSession eva = new WebSession(base);
        assertEquals(302, eva.login("eva", "Demo-IT-2026").statusCode());

        HttpResponse<String> page = eva.get("eva/sms-channel.xhtml");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("Canal SMS"), page.body());
        assertTrue(page.body().contains(">Connecté<"), page.body());
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
                checkCommitted("sender", sender, "deliver_sm_resp");
                return;
            } catch (Exception e) {
                // A cut link or a timeout: deliver again after the rebind, as an SMSC does.
                resent.incrementAndGet();
                sleep(200);
            }
        }
        throw new AssertionError("deliver_sm from " + sender + " never answered");
    }

    /** Records a response sent to a sender whose message is not yet committed, as seen from another connection. */
    private static void checkCommitted(String column, String sender, String answer) {
        synchronized (checker) {
            try (PreparedStatement query = checker.prepareStatement(
                    "SELECT COUNT(*) FROM sms_inbound WHERE " + column + " = ?")) {
                query.setString(1, sender);
                try (ResultSet row = query.executeQuery()) {
                    row.next();
                    if (row.getInt(1) == 0) {
                        ANSWERED_BEFORE_COMMIT.add(answer + " to " + sender);
                    }
                }
            } catch (SQLException e) {
                ANSWERED_BEFORE_COMMIT.add(answer + " to " + sender + ": " + e);
            }
        }
    }

    private static List<TestSmsc.Submit> submitsTo(String recipient) {
        return SMSC.submits().stream().filter(submit -> submit.destination().equals(recipient)).toList();
    }

    private static void awaitRow(String countSql, String description) throws Exception {
        for (int i = 0; i < 120; i++) {
            if (count(countSql) > 0) {
                return;
            }
            sleep(250);
        }
        throw new AssertionError("Nothing stored within 30 s: " + description);
    }

    private static String sender(int index) {
        return String.format("2237%07d", 1_000_000 + index);
    }

    private static byte[] gsm(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
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

    private static void awaitOutboxDrained(long expected) throws Exception {
        for (int i = 0; i < 1200; i++) {
            if (count("SELECT COUNT(*) FROM sms_outbound WHERE status IN ('PENDING', 'SENDING', 'UNKNOWN')") == 0
                    && count("SELECT COUNT(*) FROM sms_outbound") >= expected) {
                return;
            }
            sleep(500);
        }
        throw new AssertionError("Outbox not drained: "
                + count("SELECT COUNT(*) FROM sms_outbound WHERE status IN ('PENDING', 'SENDING', 'UNKNOWN')")
                + " waiting");
    }

    private static String storedText(String senderE164) throws Exception {
        return text("SELECT text FROM sms_inbound WHERE sender_e164 = '" + senderE164 + "'");
    }

    private static void installFailureTrigger() throws Exception {
        update("CREATE TABLE it_fail_flag (id INT PRIMARY KEY)");
        update("INSERT INTO it_fail_flag VALUES (1)");
        update("CREATE TRIGGER it_fail_once BEFORE INSERT ON sms_inbound FOR EACH ROW BEGIN"
                + " IF NEW.text = 'ECHEC TEST' AND EXISTS (SELECT 1 FROM it_fail_flag) THEN"
                + " SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'test failure'; END IF; END");
    }
}
