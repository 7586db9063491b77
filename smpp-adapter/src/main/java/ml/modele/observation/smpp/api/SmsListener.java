package ml.modele.observation.smpp.api;

import java.util.List;
import java.util.Set;

/**
 * Message listener that an application's message-driven bean implements to receive SMS and
 * delivery receipts from the adapter. No jSMPP type crosses this interface.
 *
 * <p>The adapter answers deliver_sm only after the method returned, that is after the bean's
 * transaction committed. When the method throws, it answers 0x64 (ESME_RX_T_APPN) so that the
 * SMSC delivers again: the bean must therefore accept the same message twice and store it once.
 *
 * <p>Messages that arrive at about the same time come together through {@link #onSmsBatch}, so
 * that one transaction stores them (group commit). When that call throws, the adapter delivers
 * each of its messages again alone through {@link #onSms}, so one bad message fails only itself.
 * Delivery receipts are grouped the same way through {@link #onStatusReportBatch}.
 */
public interface SmsListener {

    /** Receives one complete (or, after the reassembly timeout, partial) mobile-originated message. */
    void onSms(InboundSms sms);

    /**
     * Receives several messages to store in one transaction, in arrival order. The same message
     * may come twice in one batch when the SMSC delivered it again meanwhile.
     *
     * @return the positions in {@code batch} of the messages that the SMSC must deliver again
     *         (answered 0x64), for example because a step after their commit failed; empty when
     *         every message was handled
     */
    Set<Integer> onSmsBatch(List<InboundSms> batch);

    /** Receives a delivery receipt for a message sent through {@link SmsConnection}. */
    void onStatusReport(StatusReport report);

    /**
     * Receives several delivery receipts to store in one transaction, in arrival order. When this
     * call throws, the adapter delivers each receipt again alone through {@link #onStatusReport}.
     */
    void onStatusReportBatch(List<StatusReport> reports);
}
