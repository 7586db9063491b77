package ml.modele.observation.smpp.api;

import java.io.Serializable;
import java.time.Instant;

/**
 * A complete mobile-originated SMS as the adapter delivers it to the application.
 *
 * @param sender        source_addr as received
 * @param senderE164    sender in E.164 (+223 and 8 digits), or null for a short code, an
 *                      alphanumeric, foreign or invalid sender, which must get no reply
 * @param destination   short code or number the observer texted
 * @param text          decoded text of the whole message, all parts joined; null for binary data.
 *                      In a partial message each missing run of parts is "[...]"
 * @param smscMessageId message id that the SMSC sent in receipted_message_id, or null when it sent none
 * @param receivedAt    time the last part reached the adapter
 * @param rawHex        user data of all parts joined, without user data headers, as lower-case hex;
 *                      GSM 7-bit is one septet per octet
 * @param dataCoding    data_coding of the first part, 0-255
 * @param partial       true when parts were still missing after the reassembly timeout
 * @param parts         number of parts the message announced
 */
public record InboundSms(String sender, String senderE164, String destination, String text, String smscMessageId,
                         Instant receivedAt, String rawHex, int dataCoding, boolean partial, int parts)
        implements Serializable {
}
