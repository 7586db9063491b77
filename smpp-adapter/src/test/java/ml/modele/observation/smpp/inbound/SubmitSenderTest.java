package ml.modele.observation.smpp.inbound;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.jsmpp.SMPPConstant;
import org.jsmpp.bean.BroadcastSm;
import org.jsmpp.bean.CancelBroadcastSm;
import org.jsmpp.bean.CancelSm;
import org.jsmpp.bean.DataSm;
import org.jsmpp.bean.OptionalParameter;
import org.jsmpp.bean.QueryBroadcastSm;
import org.jsmpp.bean.QuerySm;
import org.jsmpp.bean.ReplaceSm;
import org.jsmpp.bean.SubmitMulti;
import org.jsmpp.bean.SubmitSm;
import org.jsmpp.extra.ProcessRequestException;
import org.jsmpp.session.BindRequest;
import org.jsmpp.session.BroadcastSmResult;
import org.jsmpp.session.DataSmResult;
import org.jsmpp.session.QueryBroadcastSmResult;
import org.jsmpp.session.QuerySmResult;
import org.jsmpp.session.SMPPServerSession;
import org.jsmpp.session.SMPPServerSessionListener;
import org.jsmpp.session.ServerMessageReceiverListener;
import org.jsmpp.session.Session;
import org.jsmpp.session.SubmitMultiResult;
import org.jsmpp.session.SubmitSmResult;
import org.jsmpp.session.connection.ServerConnection;
import org.jsmpp.session.connection.ServerConnectionFactory;
import org.jsmpp.session.connection.socket.ServerSocketConnection;
import org.jsmpp.util.MessageId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import ml.modele.observation.smpp.api.SendResult;

/**
 * The bind keeper and the sender against a jSMPP server on 127.0.0.1 that rejects the first
 * binds with ESME_RALYBND, throttles submits and can stay silent.
 */
class SubmitSenderTest {

    private ServerSocket socket;
    private SMPPServerSessionListener listener;
    private ScheduledExecutorService scheduler;
    private BindKeeper keeper;
    private final List<SubmitSm> accepted = new CopyOnWriteArrayList<>();
    private final AtomicInteger bindsToReject = new AtomicInteger();
    private final AtomicInteger throttleNext = new AtomicInteger();
    private volatile boolean silent;

    @BeforeEach
    void startServer() throws IOException {
        socket = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
        listener = new SMPPServerSessionListener(socket.getLocalPort(), new BoundSocket(socket));
        listener.setMessageReceiverListener(new Receiver());
        Thread acceptor = new Thread(this::acceptLoop, "test-server");
        acceptor.setDaemon(true);
        acceptor.start();
        scheduler = Executors.newScheduledThreadPool(2);
    }

    @AfterEach
    void stop() throws IOException {
        if (keeper != null) {
            keeper.stop();
        }
        scheduler.shutdownNow();
        listener.close();
        socket.close();
    }

    @Test
    void bindSurvivesAlreadyBound() throws Exception {
        bindsToReject.set(2);
        start(50);

        awaitBound();
        assertEquals(0, bindsToReject.get());
    }

    @Test
    void throttledSubmitIsResent() throws Exception {
        start(50);
        awaitBound();
        throttleNext.set(2);

        SendResult result = keeper.sender().send("+22376000001", "Merci, message bien arrivé.");

        assertEquals(SendResult.Outcome.ACCEPTED, result.outcome());
        assertEquals(1, accepted.size());
        assertEquals(1, result.messageIds().size());
    }

    @Test
    void longReplyCountsEverySegment() throws Exception {
        start(50);
        awaitBound();

        SendResult result = keeper.sender().send("+22376000002", "x".repeat(400));

        assertEquals(3, result.segments());
        assertEquals(3, accepted.size());
        assertEquals(3, keeper.status().sentSegments());
    }

    @Test
    void silentSmscGivesUnknown() throws Exception {
        start(50);
        awaitBound();
        silent = true;

        SendResult result = keeper.sender().send("+22376000003", "Test");

        assertEquals(SendResult.Outcome.UNKNOWN, result.outcome());
        assertTrue(result.messageIds().isEmpty());
    }

    private void start(int reconnectMillis) throws Exception {
        SmppActivationSpec spec = new SmppActivationSpec();
        spec.setHost("127.0.0.1");
        spec.setPort(String.valueOf(socket.getLocalPort()));
        spec.setSystemId("test");
        spec.setPassword("secret");
        spec.setReconnectInitialMillis(String.valueOf(reconnectMillis));
        spec.setReconnectMaxMillis(String.valueOf(reconnectMillis * 4));
        spec.setResponseTimeoutSeconds("2");
        keeper = new BindKeeper(spec.settings(), null, scheduler);
        keeper.start();
    }

    private void awaitBound() throws InterruptedException {
        for (int i = 0; i < 200 && keeper.boundSession() == null; i++) {
            TimeUnit.MILLISECONDS.sleep(50);
        }
        assertEquals("BOUND", keeper.status().state());
    }

    private void acceptLoop() {
        while (!socket.isClosed()) {
            try {
                SMPPServerSession session = listener.accept();
                BindRequest request = session.waitForBind(5000);
                if (bindsToReject.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                    request.reject(SMPPConstant.STAT_ESME_RALYBND);
                } else {
                    request.accept("test-server");
                }
            } catch (Exception e) {
                // The socket closes at the end of each test.
            }
        }
    }

    private static final class BoundSocket implements ServerConnectionFactory {
        private final ServerSocket socket;

        BoundSocket(ServerSocket socket) {
            this.socket = socket;
        }

        @Override
        public ServerConnection listen(int port) {
            return new ServerSocketConnection(socket);
        }

        @Override
        public ServerConnection listen(int port, int timeout) {
            return new ServerSocketConnection(socket);
        }

        @Override
        public ServerConnection listen(int port, int timeout, int backlog) {
            return new ServerSocketConnection(socket);
        }
    }

    private final class Receiver implements ServerMessageReceiverListener {

        @Override
        public SubmitSmResult onAcceptSubmitSm(SubmitSm submitSm, SMPPServerSession source)
                throws ProcessRequestException {
            if (silent) {
                try {
                    TimeUnit.SECONDS.sleep(5);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            if (throttleNext.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                throw new ProcessRequestException("throttled", SMPPConstant.STAT_ESME_RTHROTTLED);
            }
            accepted.add(submitSm);
            try {
                return new SubmitSmResult(new MessageId(Integer.toHexString(accepted.size())),
                        new OptionalParameter[0]);
            } catch (org.jsmpp.PDUStringException e) {
                throw new ProcessRequestException("bad id", SMPPConstant.STAT_ESME_RSYSERR);
            }
        }

        @Override
        public SubmitMultiResult onAcceptSubmitMulti(SubmitMulti submitMulti, SMPPServerSession source)
                throws ProcessRequestException {
            throw new ProcessRequestException("unsupported", SMPPConstant.STAT_ESME_RINVCMDID);
        }

        @Override
        public QuerySmResult onAcceptQuerySm(QuerySm querySm, SMPPServerSession source) throws ProcessRequestException {
            throw new ProcessRequestException("unsupported", SMPPConstant.STAT_ESME_RINVCMDID);
        }

        @Override
        public void onAcceptReplaceSm(ReplaceSm replaceSm, SMPPServerSession source) throws ProcessRequestException {
            throw new ProcessRequestException("unsupported", SMPPConstant.STAT_ESME_RINVCMDID);
        }

        @Override
        public void onAcceptCancelSm(CancelSm cancelSm, SMPPServerSession source) throws ProcessRequestException {
            throw new ProcessRequestException("unsupported", SMPPConstant.STAT_ESME_RINVCMDID);
        }

        @Override
        public BroadcastSmResult onAcceptBroadcastSm(BroadcastSm broadcastSm, SMPPServerSession source)
                throws ProcessRequestException {
            throw new ProcessRequestException("unsupported", SMPPConstant.STAT_ESME_RINVCMDID);
        }

        @Override
        public void onAcceptCancelBroadcastSm(CancelBroadcastSm cancelBroadcastSm, SMPPServerSession source)
                throws ProcessRequestException {
            throw new ProcessRequestException("unsupported", SMPPConstant.STAT_ESME_RINVCMDID);
        }

        @Override
        public QueryBroadcastSmResult onAcceptQueryBroadcastSm(QueryBroadcastSm queryBroadcastSm,
                                                               SMPPServerSession source)
                throws ProcessRequestException {
            throw new ProcessRequestException("unsupported", SMPPConstant.STAT_ESME_RINVCMDID);
        }

        @Override
        public DataSmResult onAcceptDataSm(DataSm dataSm, Session source) throws ProcessRequestException {
            throw new ProcessRequestException("unsupported", SMPPConstant.STAT_ESME_RINVCMDID);
        }
    }

    @Test
    void formatsValidityAsRelativeTime() {
        assertEquals("000000010000000R", SubmitSender.relativeTime(java.time.Duration.ofHours(1)));
        assertEquals("000002031505000R", SubmitSender.relativeTime(java.time.Duration.parse("P2DT3H15M5S")));
        assertEquals(null, SubmitSender.relativeTime(java.time.Duration.ZERO));
    }
}
