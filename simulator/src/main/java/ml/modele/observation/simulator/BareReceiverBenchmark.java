package ml.modele.observation.simulator;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

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

/**
 * The upper bound of the receive rate: the same simulated SMSC delivering to a bare jSMPP 3.0.2
 * receiver that answers every deliver_sm at once and stores nothing. The platform's adapter is
 * built on the same library, so the gap between the two rates is the platform's own cost.
 */
final class BareReceiverBenchmark {

    /** Worker threads of the receiver, as the platform's default {@code observation.smpp.parallel-deliveries}. */
    private static final int PROCESSOR_DEGREE = 64;

    private BareReceiverBenchmark() {
    }

    /** Delivers the messages with {@code window} senders and returns the messages per second. */
    static double run(int messages, int window) throws Exception {
        AtomicInteger received = new AtomicInteger();
        try (SimulatedSmsc smsc = new SimulatedSmsc(0, "bare", "bare", "36123")) {
            SMPPSession receiver = new SMPPSession();
            receiver.setPduProcessorDegree(PROCESSOR_DEGREE);
            receiver.setMessageReceiverListener(new CountingListener(received));
            receiver.connectAndBind("127.0.0.1", smsc.port(), new BindParameter(BindType.BIND_RX, "bare", "bare", "",
                    TypeOfNumber.UNKNOWN, NumberingPlanIndicator.UNKNOWN, null));
            try {
                smsc.awaitBound(10_000);
                ExecutorService senders = Executors.newFixedThreadPool(window);
                long start = System.nanoTime();
                List<Future<?>> sent = new ArrayList<>();
                for (int i = 0; i < messages; i++) {
                    PlannedSms sms = new PlannedSms("000000", "2237" + String.format("%07d", i % 10_000_000), 0,
                            "ARV", "ARV 900017 A7 B1 F1 G1 #" + i, null, false, false, "", false);
                    sent.add(senders.submit(() -> smsc.deliver(sms)));
                }
                for (Future<?> future : sent) {
                    future.get();
                }
                double seconds = (System.nanoTime() - start) / 1e9;
                senders.shutdown();
                return messages / seconds;
            } finally {
                receiver.unbindAndClose();
            }
        }
    }

    private record CountingListener(AtomicInteger received) implements MessageReceiverListener {

        @Override
        public void onAcceptDeliverSm(DeliverSm deliverSm) {
            received.incrementAndGet();
        }

        @Override
        public void onAcceptAlertNotification(AlertNotification alertNotification) {
            // The bare receiver takes deliver_sm only.
        }

        @Override
        public DataSmResult onAcceptDataSm(DataSm dataSm, Session source) {
            throw new UnsupportedOperationException("data_sm is not part of the benchmark");
        }
    }
}
