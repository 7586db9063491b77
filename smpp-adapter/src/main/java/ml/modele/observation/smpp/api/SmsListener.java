package ml.modele.observation.smpp.api;

/**
 * Message listener that an application's message-driven bean implements to receive
 * mobile-originated SMS from the adapter. No jSMPP type crosses this interface.
 */
public interface SmsListener {

    /**
     * Receives one complete mobile-originated message. The adapter acknowledges the
     * message to the SMSC only after this method returns normally, so an exception
     * makes the SMSC deliver it again.
     */
    void onSms(InboundSms sms);
}
