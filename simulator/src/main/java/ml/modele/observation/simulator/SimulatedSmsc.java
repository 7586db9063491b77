package ml.modele.observation.simulator;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;

import com.cloudhopper.commons.charset.CharsetUtil;
import com.cloudhopper.commons.util.windowing.WindowFuture;
import com.cloudhopper.smpp.SmppConstants;
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
import com.cloudhopper.smpp.type.Address;
import com.cloudhopper.smpp.type.SmppProcessingException;

/**
 * The operator's SMSC for the simulated day: cloudhopper-smpp's {@link DefaultSmppServer} on
 * 127.0.0.1, which accepts the platform's bind with the agreed system_id and password, delivers
 * the observers' messages as deliver_sm and counts the replies (submit_sm) per recipient.
 */
public final class SimulatedSmsc implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(SimulatedSmsc.class.getName());
    private static final long RESPONSE_TIMEOUT_MILLIS = 30_000;
    /** Attempts for one deliver_sm that the platform answers with a temporary error, as an SMSC retries. */
    private static final int MAX_ATTEMPTS = 20;

    private final DefaultSmppServer server;
    private final AtomicReference<SmppServerSession> session = new AtomicReference<>();
    private final Map<String, AtomicInteger> repliesByRecipient = new ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<String> replyTexts = new ConcurrentLinkedQueue<>();
    private final AtomicLong nextMessageId = new AtomicLong(5_000_000);
    private final AtomicLong lastReplyNanos = new AtomicLong();
    private final AtomicInteger retries = new AtomicInteger();
    private final AtomicInteger reference = new AtomicInteger();
    private final String systemId;
    private final String password;
    private final String shortCode;

    /** Starts the server on 127.0.0.1 at this port (0 for a free one). */
    public SimulatedSmsc(int port, String systemId, String password, String shortCode) throws Exception {
        this.systemId = systemId;
        this.password = password;
        this.shortCode = shortCode;
        SmppServerConfiguration configuration = new SmppServerConfiguration();
        configuration.setHost("127.0.0.1");
        configuration.setPort(port == 0 ? FreePort.find() : port);
        configuration.setSystemId("simulator");
        configuration.setNonBlockingSocketsEnabled(true);
        configuration.setDefaultWindowSize(256);
        configuration.setJmxEnabled(false);
        server = new DefaultSmppServer(configuration, new BindHandler());
        server.start();
        LOG.info("Simulated SMSC listening on 127.0.0.1:" + configuration.getPort());
    }

    /** Returns the port the SMSC listens on. */
    public int port() {
        return server.getConfiguration().getPort();
    }

    /** Waits until the platform has bound. */
    public void awaitBound(long timeoutMillis) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
        while (session.get() == null || !session.get().isBound()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("The platform did not bind to the simulated SMSC on port " + port()
                        + " within " + timeoutMillis / 1000 + " s; start it with observation.smpp.host=127.0.0.1,"
                        + " observation.smpp.port=" + port() + " and the system_id and password of this run");
            }
            TimeUnit.MILLISECONDS.sleep(200);
        }
    }

    /**
     * Delivers one SMS, part by part, and returns the time from each deliver_sm to its
     * deliver_sm_resp in nanoseconds. A part that gets a temporary error or no session is sent
     * again after a short wait, as an SMSC does.
     */
    public long[] deliver(PlannedSms sms) throws InterruptedException {
        List<SmsSegments.Segment> segments = SmsSegments.encode(sms.text(), reference.incrementAndGet() & 0xFF);
        long[] latencies = new long[segments.size()];
        for (int i = 0; i < segments.size(); i++) {
            latencies[i] = deliverSegment(sms, segments.get(i));
        }
        return latencies;
    }

    /** Returns the replies received per recipient (E.164 without the plus sign); a concatenated reply counts once. */
    public Map<String, AtomicInteger> repliesByRecipient() {
        return repliesByRecipient;
    }

    /** Returns the texts of the single-part replies received. */
    public List<String> replyTexts() {
        return List.copyOf(replyTexts);
    }

    /** Returns the replies received in total. */
    public int replyCount() {
        return repliesByRecipient.values().stream().mapToInt(AtomicInteger::get).sum();
    }

    /** Returns {@link System#nanoTime()} at the last reply, 0 before the first. */
    public long lastReplyNanos() {
        return lastReplyNanos.get();
    }

    /** Returns how many deliver_sm were sent again after a temporary error or a lost session. */
    public int retries() {
        return retries.get();
    }

    @Override
    public void close() {
        SmppServerSession current = session.get();
        if (current != null) {
            current.close();
        }
        server.destroy();
    }

    private long deliverSegment(PlannedSms sms, SmsSegments.Segment segment) throws InterruptedException {
        for (int attempt = 1; ; attempt++) {
            SmppServerSession current = session.get();
            if (current != null && current.isBound()) {
                try {
                    DeliverSm deliver = new DeliverSm();
                    deliver.setSourceAddress(new Address(SmppConstants.TON_INTERNATIONAL,
                            SmppConstants.NPI_E164, sms.sender()));
                    deliver.setDestAddress(new Address(SmppConstants.TON_UNKNOWN, SmppConstants.NPI_UNKNOWN,
                            shortCode));
                    deliver.setEsmClass(segment.esmClass());
                    deliver.setDataCoding(segment.dataCoding());
                    deliver.setShortMessage(segment.shortMessage());
                    long start = System.nanoTime();
                    WindowFuture<Integer, PduRequest, PduResponse> future =
                            current.sendRequestPdu(deliver, RESPONSE_TIMEOUT_MILLIS, true);
                    if (future.await(RESPONSE_TIMEOUT_MILLIS) && future.isSuccess()
                            && future.getResponse().getCommandStatus() == SmppConstants.STATUS_OK) {
                        return System.nanoTime() - start;
                    }
                    LOG.fine(() -> "deliver_sm from observer " + sms.observerCode() + " not accepted: "
                            + (future.getResponse() == null ? "no response" : "status 0x"
                            + Integer.toHexString(future.getResponse().getCommandStatus())));
                } catch (Exception e) {
                    LOG.log(Level.FINE, "deliver_sm from observer " + sms.observerCode() + " failed", e);
                }
            }
            if (attempt >= MAX_ATTEMPTS) {
                throw new IllegalStateException("The platform did not accept a deliver_sm from observer "
                        + sms.observerCode() + " after " + MAX_ATTEMPTS + " attempts");
            }
            retries.incrementAndGet();
            TimeUnit.MILLISECONDS.sleep(250L * attempt);
        }
    }

    private void countReply(SubmitSm submit) {
        byte[] message = submit.getShortMessage() == null ? new byte[0] : submit.getShortMessage();
        boolean concatenated = (submit.getEsmClass() & SmsSegments.UDHI) != 0 && message.length > 5;
        if (concatenated && message[5] != 1) {
            return;
        }
        String recipient = submit.getDestAddress().getAddress();
        String digits = recipient.startsWith("+") ? recipient.substring(1) : recipient;
        repliesByRecipient.computeIfAbsent(digits, key -> new AtomicInteger()).incrementAndGet();
        if (!concatenated) {
            replyTexts.add(submit.getDataCoding() == SmsSegments.UCS2
                    ? new String(message, StandardCharsets.UTF_16BE)
                    : CharsetUtil.decode(message, CharsetUtil.CHARSET_GSM));
        }
        lastReplyNanos.set(System.nanoTime());
    }

    /** Accepts binds with the agreed credentials and answers submit_sm, enquire_link and unbind. */
    private final class BindHandler implements SmppServerHandler {

        @Override
        public void sessionBindRequested(Long sessionId, SmppSessionConfiguration configuration, BaseBind bind)
                throws SmppProcessingException {
            if (!systemId.equals(bind.getSystemId())) {
                LOG.warning("Bind rejected: unknown system_id " + bind.getSystemId());
                throw new SmppProcessingException(SmppConstants.STATUS_INVSYSID);
            }
            if (!password.equals(bind.getPassword())) {
                LOG.warning("Bind of " + bind.getSystemId() + " rejected: wrong password");
                throw new SmppProcessingException(SmppConstants.STATUS_INVPASWD);
            }
            configuration.setName("simulator-" + sessionId);
        }

        @Override
        public void sessionCreated(Long sessionId, SmppServerSession created, BaseBindResp bindResponse) {
            created.serverReady(new DefaultSmppSessionHandler() {
                @Override
                public PduResponse firePduRequestReceived(PduRequest request) {
                    if (request instanceof SubmitSm submit) {
                        countReply(submit);
                        SubmitSmResp response = submit.createResponse();
                        response.setMessageId(Long.toString(nextMessageId.getAndIncrement()));
                        return response;
                    }
                    return request.createResponse();
                }
            });
            SmppServerSession previous = session.getAndSet(created);
            LOG.info("Platform bound to the simulated SMSC as session " + sessionId
                    + (previous == null ? "" : ", replacing the previous session"));
        }

        @Override
        public void sessionDestroyed(Long sessionId, SmppServerSession destroyed) {
            session.compareAndSet(destroyed, null);
            destroyed.destroy();
            LOG.info("Session " + sessionId + " of the simulated SMSC closed");
        }
    }
}
