package ml.modele.observation.it;

import static ml.modele.observation.it.ItDatabase.optionalText;
import static ml.modele.observation.it.ItDatabase.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import com.cloudhopper.commons.charset.CharsetUtil;
import com.cloudhopper.commons.util.windowing.WindowFuture;
import com.cloudhopper.smpp.SmppServerConfiguration;
import com.cloudhopper.smpp.SmppServerHandler;
import com.cloudhopper.smpp.SmppServerSession;
import com.cloudhopper.smpp.SmppSessionConfiguration;
import com.cloudhopper.smpp.impl.DefaultSmppServer;
import com.cloudhopper.smpp.impl.DefaultSmppSessionHandler;
import com.cloudhopper.smpp.pdu.BaseBind;
import com.cloudhopper.smpp.pdu.BaseBindResp;
import com.cloudhopper.smpp.pdu.DeliverSm;
import com.cloudhopper.smpp.pdu.PduRequest;
import com.cloudhopper.smpp.pdu.PduResponse;
import com.cloudhopper.smpp.pdu.SubmitSm;
import com.cloudhopper.smpp.pdu.SubmitSmResp;
import com.cloudhopper.smpp.pdu.Unbind;
import com.cloudhopper.smpp.type.Address;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The deployed adapter against cloudhopper-smpp's server, an SMPP implementation that this
 * project did not write, so that the two sides of the protocol are not the same library.
 */
@ExtendWith({OwnDatabase.class, SmppInteropIT.StartServer.class, ArquillianExtension.class})
@RunAsClient
class SmppInteropIT {

    private static final String SHORT_CODE = "36123";
    private static final DefaultSmppServer SERVER;
    private static final AtomicReference<SmppServerSession> SESSION = new AtomicReference<>();
    private static final AtomicLong NEXT_ID = new AtomicLong(1_000_000);

    static {
        try {
            int port;
            try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                port = probe.getLocalPort();
            }
            SmppServerConfiguration configuration = new SmppServerConfiguration();
            configuration.setHost("127.0.0.1");
            configuration.setPort(port);
            configuration.setSystemId("cloudhopper");
            configuration.setNonBlockingSocketsEnabled(true);
            SERVER = new DefaultSmppServer(configuration, new Handler());
            SERVER.start();
            System.setProperty("it.smsc.host", "127.0.0.1");
            System.setProperty("it.smsc.port", String.valueOf(port));
        } catch (Exception e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** Initialises the test class, and so starts its server, before the Arquillian extension runs. */
    static final class StartServer implements BeforeAllCallback {
        @Override
        public void beforeAll(ExtensionContext context) throws ClassNotFoundException {
            Class.forName(SmppInteropIT.class.getName(), true, SmppInteropIT.class.getClassLoader());
        }
    }

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ShrinkWrap.createFromZipFile(WebArchive.class,
                new File(System.getProperty("micro.dir"), "observation.war"));
    }

    @AfterAll
    static void stopServer() {
        SERVER.destroy();
    }

    @Test
    void adapterReceivesFromCloudhopper() throws Exception {
        awaitSession();

        assertEquals(0, deliver("22377200001", 0, 0, CharsetUtil.encode("Vote clos a 18h, 120 votants {ok} €", CharsetUtil.CHARSET_GSM)));
        assertEquals(0, deliver("22377200002", 0, 8, "Électeurs nombreux, dépouillement à 18h30. Ça avance.".getBytes(StandardCharsets.UTF_16BE)));
        byte[] first = CharsetUtil.encode("Premiere partie du rapport, ", CharsetUtil.CHARSET_GSM);
        byte[] second = CharsetUtil.encode("seconde partie.", CharsetUtil.CHARSET_GSM);
        assertEquals(0, deliver("22377200003", 0x40, 0, withUdh8(0x2A, 2, 2, second)));
        assertEquals(0, deliver("22377200003", 0x40, 0, withUdh8(0x2A, 2, 1, first)));

        assertEquals("Vote clos a 18h, 120 votants {ok} €", storedText("+22377200001"));
        assertEquals("Électeurs nombreux, dépouillement à 18h30. Ça avance.", storedText("+22377200002"));
        assertEquals("Premiere partie du rapport, seconde partie.", storedText("+22377200003"));

        String messageId = awaitReplyId("+22377200001");
        String receipt = "id:" + messageId + " sub:001 dlvrd:001 submit date:2607281030 done date:2607281031"
                + " stat:DELIVRD err:000 text:MODELE";
        assertEquals(0, deliver("22377200001", 0x04, 0, receipt.getBytes(StandardCharsets.US_ASCII)));
        assertEquals("DELIVRD", text("SELECT delivery_state FROM sms_outbound WHERE recipient = '+22377200001'"));
        assertEquals(1, Integer.parseInt(text("SELECT COUNT(*) FROM sms_inbound WHERE sender_e164 = '+22377200001'")));
    }

    private static int deliver(String sender, int esmClass, int dataCoding, byte[] shortMessage) throws Exception {
        DeliverSm deliver = new DeliverSm();
        deliver.setSourceAddress(new Address((byte) 1, (byte) 1, sender));
        deliver.setDestAddress(new Address((byte) 0, (byte) 0, SHORT_CODE));
        deliver.setEsmClass((byte) esmClass);
        deliver.setDataCoding((byte) dataCoding);
        deliver.setShortMessage(shortMessage);
        WindowFuture<Integer, PduRequest, PduResponse> future = SESSION.get().sendRequestPdu(deliver, 30_000, true);
        assertTrue(future.await(30_000), "no deliver_sm_resp from the adapter");
        return future.getResponse().getCommandStatus();
    }

    private static byte[] withUdh8(int reference, int total, int sequence, byte[] payload) {
        byte[] message = new byte[6 + payload.length];
        message[0] = 5;
        message[1] = 0;
        message[2] = 3;
        message[3] = (byte) reference;
        message[4] = (byte) total;
        message[5] = (byte) sequence;
        System.arraycopy(payload, 0, message, 6, payload.length);
        return message;
    }

    private static void awaitSession() throws InterruptedException {
        for (int i = 0; i < 600 && SESSION.get() == null; i++) {
            TimeUnit.MILLISECONDS.sleep(200);
        }
        assertTrue(SESSION.get() != null, "the adapter never bound to the cloudhopper server");
    }

    private static String awaitReplyId(String recipient) throws Exception {
        for (int i = 0; i < 240; i++) {
            String id = optionalText("SELECT smsc_message_id FROM sms_outbound WHERE recipient = '" + recipient
                    + "' AND status = 'SENT'");
            if (id != null) {
                return id;
            }
            TimeUnit.MILLISECONDS.sleep(250);
        }
        throw new AssertionError("no reply sent to " + recipient);
    }

    private static String storedText(String senderE164) throws Exception {
        return text("SELECT text FROM sms_inbound WHERE sender_e164 = '" + senderE164 + "'");
    }

    /** Accepts any bind and responds to submit_sm with a decimal id, to unbind and to enquire_link. */
    private static final class Handler implements SmppServerHandler {

        @Override
        public void sessionBindRequested(Long sessionId, SmppSessionConfiguration configuration, BaseBind bindRequest) {
            configuration.setName("interop-" + sessionId);
        }

        @Override
        public void sessionCreated(Long sessionId, SmppServerSession session, BaseBindResp preparedBindResponse) {
            session.serverReady(new DefaultSmppSessionHandler() {
                @Override
                public PduResponse firePduRequestReceived(PduRequest request) {
                    if (request instanceof SubmitSm) {
                        SubmitSmResp response = (SubmitSmResp) request.createResponse();
                        String id = String.valueOf(NEXT_ID.getAndIncrement());
                        response.setMessageId(id);
                        return response;
                    }
                    if (request instanceof Unbind) {
                        return request.createResponse();
                    }
                    return request.createResponse();
                }
            });
            SESSION.set(session);
        }

        @Override
        public void sessionDestroyed(Long sessionId, SmppServerSession session) {
            SESSION.compareAndSet(session, null);
            session.destroy();
        }
    }
}
