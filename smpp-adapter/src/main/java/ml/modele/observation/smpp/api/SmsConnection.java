package ml.modele.observation.smpp.api;

/** Connection handle for sending SMS through the adapter's bind. Close it after use. */
public interface SmsConnection extends AutoCloseable {

    /**
     * Sends a message, split into segments when long, and waits for the SMSC's answers.
     *
     * @param destinationE164 recipient as +223 and 8 digits
     * @param text            message text: GSM 7-bit when every character allows it, otherwise UCS-2
     * @return the SMSC message ids, or outcome UNKNOWN when an answer timed out
     * @throws SmsSendException when the SMSC rejected a segment or no bind can send
     */
    SendResult send(String destinationE164, String text) throws SmsSendException;

    @Override
    void close();
}
