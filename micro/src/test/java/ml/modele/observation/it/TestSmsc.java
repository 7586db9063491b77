package ml.modele.observation.it;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import org.jsmpp.PDUStringException;
import org.jsmpp.bean.BroadcastSm;
import org.jsmpp.bean.CancelBroadcastSm;
import org.jsmpp.bean.CancelSm;
import org.jsmpp.bean.DataCodings;
import org.jsmpp.bean.DataSm;
import org.jsmpp.bean.ESMClass;
import org.jsmpp.bean.NumberingPlanIndicator;
import org.jsmpp.bean.OptionalParameter;
import org.jsmpp.bean.QueryBroadcastSm;
import org.jsmpp.bean.QuerySm;
import org.jsmpp.bean.RegisteredDelivery;
import org.jsmpp.bean.ReplaceSm;
import org.jsmpp.bean.SubmitMulti;
import org.jsmpp.bean.SubmitSm;
import org.jsmpp.bean.TypeOfNumber;
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

/**
 * SMSC for tests on jSMPP's server API, listening on the loopback address only. It accepts one
 * bind at a time, delivers any deliver_sm or data_sm shape, cuts the link, responds to submit_sm (or
 * stays silent, or responds with an error, or cuts the link before responding), sends delivery receipts
 * for the submits it accepted, and records what it received.
 */
final class TestSmsc implements AutoCloseable {

    /** A submit_sm as received. */
    record Submit(String destination, String source, int dataCoding, int esmClass, byte[] shortMessage,
                  String messageId) {
    }

    private final ServerSocket socket;
    private final SMPPServerSessionListener listener;
    private final AtomicReference<SMPPServerSession> current = new AtomicReference<>();
    private final List<Submit> submits = new CopyOnWriteArrayList<>();
    private final AtomicInteger binds = new AtomicInteger();
    private final AtomicLong nextMessageId = new AtomicLong(0x1000);
    private final Thread acceptor;
    private volatile int submitStatus;
    private volatile boolean silent;
    private volatile Consumer<Submit> onSubmit = submit -> { };
    private volatile boolean sendReceipts;
    private volatile boolean receiptBeforeResponse;
    private final AtomicInteger busyAnswersLeft = new AtomicInteger();
    private volatile int busyStatus;
    private final AtomicInteger rejected = new AtomicInteger();
    private final AtomicInteger cutsBeforeAccepting = new AtomicInteger();
    private final AtomicInteger cutsAfterAccepting = new AtomicInteger();
    private final java.util.concurrent.ExecutorService receiptSender =
            Executors.newFixedThreadPool(4, runnable -> {
                Thread thread = new Thread(runnable, "test-smsc-receipts");
                thread.setDaemon(true);
                return thread;
            });
    private volatile boolean closed;

    /** Starts listening on an ephemeral port of 127.0.0.1. */
    TestSmsc() throws IOException {
        socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        ServerConnectionFactory bound = new ServerConnectionFactory() {
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
        };
        listener = new SMPPServerSessionListener(socket.getLocalPort(), bound);
        listener.setPduProcessorDegree(8);
        listener.setMessageReceiverListener(new Receiver());
        acceptor = new Thread(this::acceptLoop, "test-smsc-acceptor");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    int port() {
        return socket.getLocalPort();
    }

    int binds() {
        return binds.get();
    }

    List<Submit> submits() {
        return List.copyOf(submits);
    }

    /** Sets the command_status for submit_sm; 0 accepts. */
    void answerSubmitsWith(int status) {
        submitStatus = status;
    }

    /** Makes the SMSC leave submit_sm unanswered. */
    void staySilent(boolean silent) {
        this.silent = silent;
    }

    /** Makes the SMSC send a DELIVRD receipt, after its response, for every submit it accepts. */
    void sendReceipts(boolean send) {
        sendReceipts = send;
    }

    /** Makes the SMSC deliver the receipt of an accepted submit before it sends the submit_sm_resp. */
    void receiptBeforeResponse(boolean before) {
        receiptBeforeResponse = before;
    }

    /** Responds to the next {@code count} submit_sm with {@code status} (such as ESME_RTHROTTLED) without taking them. */
    void answerNextSubmitsWith(int status, int count) {
        busyStatus = status;
        busyAnswersLeft.set(count);
    }

    /** Returns the number of submit_sm that got an error status. */
    int rejectedSubmits() {
        return rejected.get();
    }

    /** Cuts the link when the next submit_sm arrives, before the SMSC takes it: the ESME gets no response. */
    void cutBeforeAcceptingNextSubmit() {
        cutsBeforeAccepting.incrementAndGet();
    }

    /** Takes the next submit_sm (and sends its receipt after the rebind), then cuts the link before responding. */
    void cutAfterAcceptingNextSubmit() {
        cutsAfterAccepting.incrementAndGet();
    }

    void onSubmit(Consumer<Submit> action) {
        onSubmit = action;
    }

    /** Waits until a session is bound, and returns it. */
    SMPPServerSession awaitBound(long timeoutMillis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        while (System.currentTimeMillis() < deadline) {
            SMPPServerSession session = current.get();
            if (session != null && session.getSessionState().isBound()) {
                return session;
            }
            TimeUnit.MILLISECONDS.sleep(50);
        }
        throw new AssertionError("No ESME bound within " + timeoutMillis + " ms");
    }

    /** Closes the socket of the bound session without unbind, as a network cut does. */
    void cutLink() {
        SMPPServerSession session = current.getAndSet(null);
        if (session != null) {
            session.close();
        }
    }

    /**
     * Sends a deliver_sm and waits for its response.
     *
     * @throws org.jsmpp.extra.NegativeResponseException when the ESME responds with an error status
     */
    void deliver(String sender, int senderTon, String destination, int esmClass, int dataCoding, byte[] shortMessage,
                 OptionalParameter... tlvs) throws Exception {
        SMPPServerSession session = awaitBound(30_000);
        session.deliverShortMessage("", TypeOfNumber.valueOf((byte) senderTon), NumberingPlanIndicator.ISDN, sender,
                TypeOfNumber.UNKNOWN, NumberingPlanIndicator.UNKNOWN, destination, new ESMClass(esmClass), (byte) 0,
                (byte) 0, new RegisteredDelivery(0), DataCodings.newInstance((byte) dataCoding), shortMessage, tlvs);
    }

    /**
     * Sends a data_sm and waits for its response.
     *
     * @throws org.jsmpp.extra.NegativeResponseException when the ESME responds with an error status
     */
    void dataSm(String sender, String destination, int esmClass, int dataCoding, OptionalParameter... tlvs)
            throws Exception {
        SMPPServerSession session = awaitBound(30_000);
        session.dataShortMessage("", TypeOfNumber.INTERNATIONAL, NumberingPlanIndicator.ISDN, sender,
                TypeOfNumber.UNKNOWN, NumberingPlanIndicator.UNKNOWN, destination, new ESMClass(esmClass),
                new RegisteredDelivery(0), DataCodings.newInstance((byte) dataCoding), tlvs);
    }

    /** Returns the receipt text of SMPP 3.4 appendix B for a delivered message. */
    static String receiptText(String messageId) {
        return "id:" + messageId + " sub:001 dlvrd:001 submit date:2607281030 done date:2607281031"
                + " stat:DELIVRD err:000 text:MODELE";
    }

    private void deliverReceipt(Submit submit) {
        byte[] text = receiptText(submit.messageId()).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        OptionalParameter receiptedId = new OptionalParameter.COctetString((short) 0x001E, submit.messageId());
        for (int attempt = 0; attempt < 100 && !closed; attempt++) {
            try {
                deliver(submit.destination(), 1, submit.source(), 0x04, 0, text, receiptedId);
                return;
            } catch (Exception e) {
                // The link is down: an SMSC keeps the receipt and delivers it after the rebind.
                sleepQuietly(200);
            }
        }
        System.err.println("Test SMSC: receipt for " + submit.messageId() + " never answered");
    }

    private void cutFromAnotherThread() {
        Thread cutter = new Thread(this::cutLink, "test-smsc-cut");
        cutter.start();
        try {
            cutter.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void sleepQuietly(long millis) {
        try {
            TimeUnit.MILLISECONDS.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() throws IOException {
        closed = true;
        receiptSender.shutdownNow();
        SMPPServerSession session = current.getAndSet(null);
        if (session != null) {
            session.unbindAndClose();
        }
        listener.close();
        socket.close();
    }

    private void acceptLoop() {
        while (!closed) {
            try {
                SMPPServerSession session = listener.accept();
                BindRequest request = session.waitForBind(10_000);
                session.setTransactionTimer(10_000);
                request.accept("test-smsc");
                binds.incrementAndGet();
                SMPPServerSession previous = current.getAndSet(session);
                if (previous != null) {
                    previous.close();
                }
            } catch (Exception e) {
                if (!closed) {
                    System.err.println("Test SMSC: bind failed: " + e);
                }
            }
        }
    }

    private static boolean takeOne(AtomicInteger counter) {
        return counter.getAndUpdate(n -> Math.max(0, n - 1)) > 0;
    }

    private final class Receiver implements ServerMessageReceiverListener {

        @Override
        public SubmitSmResult onAcceptSubmitSm(SubmitSm submitSm, SMPPServerSession source)
                throws ProcessRequestException {
            String id = Long.toHexString(nextMessageId.getAndIncrement());
            Submit submit = new Submit(submitSm.getDestAddress(), submitSm.getSourceAddr(),
                    submitSm.getDataCoding() & 0xFF, submitSm.getEsmClass() & 0xFF, submitSm.getShortMessage(), id);
            if (takeOne(cutsBeforeAccepting)) {
                cutFromAnotherThread();
                throw new ProcessRequestException("link cut before the submit was taken", 8);
            }
            if (busyAnswersLeft.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                rejected.incrementAndGet();
                throw new ProcessRequestException("busy", busyStatus);
            }
            if (silent) {
                try {
                    TimeUnit.MINUTES.sleep(10);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            if (submitStatus != 0) {
                throw new ProcessRequestException("test status", submitStatus);
            }
            submits.add(submit);
            onSubmit.accept(submit);
            boolean cutAfterAccepting = takeOne(cutsAfterAccepting);
            if (receiptBeforeResponse) {
                deliverReceipt(submit);
            } else if (sendReceipts || cutAfterAccepting) {
                receiptSender.execute(() -> deliverReceipt(submit));
            }
            if (cutAfterAccepting) {
                cutFromAnotherThread();
                throw new ProcessRequestException("link cut after the submit was taken", 8);
            }
            try {
                return new SubmitSmResult(new MessageId(id), new OptionalParameter[0]);
            } catch (PDUStringException e) {
                throw new ProcessRequestException("bad id", 8);
            }
        }

        @Override
        public SubmitMultiResult onAcceptSubmitMulti(SubmitMulti submitMulti, SMPPServerSession source)
                throws ProcessRequestException {
            throw new ProcessRequestException("not supported", 3);
        }

        @Override
        public QuerySmResult onAcceptQuerySm(QuerySm querySm, SMPPServerSession source) throws ProcessRequestException {
            throw new ProcessRequestException("not supported", 3);
        }

        @Override
        public void onAcceptReplaceSm(ReplaceSm replaceSm, SMPPServerSession source) throws ProcessRequestException {
            throw new ProcessRequestException("not supported", 3);
        }

        @Override
        public void onAcceptCancelSm(CancelSm cancelSm, SMPPServerSession source) throws ProcessRequestException {
            throw new ProcessRequestException("not supported", 3);
        }

        @Override
        public BroadcastSmResult onAcceptBroadcastSm(BroadcastSm broadcastSm, SMPPServerSession source)
                throws ProcessRequestException {
            throw new ProcessRequestException("not supported", 3);
        }

        @Override
        public void onAcceptCancelBroadcastSm(CancelBroadcastSm cancelBroadcastSm, SMPPServerSession source)
                throws ProcessRequestException {
            throw new ProcessRequestException("not supported", 3);
        }

        @Override
        public QueryBroadcastSmResult onAcceptQueryBroadcastSm(QueryBroadcastSm queryBroadcastSm,
                                                               SMPPServerSession source)
                throws ProcessRequestException {
            throw new ProcessRequestException("not supported", 3);
        }

        @Override
        public DataSmResult onAcceptDataSm(DataSm dataSm, Session source) throws ProcessRequestException {
            throw new ProcessRequestException("not supported", 3);
        }
    }
}
