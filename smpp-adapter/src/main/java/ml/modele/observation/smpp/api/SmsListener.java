package ml.modele.observation.smpp.api;

/**
 * Message listener that an application's message-driven bean implements to receive SMS and
 * delivery receipts from the adapter. No jSMPP type crosses this interface.
 *
 * <p>The adapter answers deliver_sm only after the method returned, that is after the bean's
 * transaction committed. When the method throws, it answers 0x64 (ESME_RX_T_APPN) so that the
 * SMSC delivers again: the bean must therefore accept the same message twice and store it once.
 */
public interface SmsListener {

    /** Receives one complete (or, after the reassembly timeout, partial) mobile-originated message. */
    void onSms(InboundSms sms);

    /** Receives a delivery receipt for a message sent through {@link SmsConnection}. */
    void onStatusReport(StatusReport report);
}
