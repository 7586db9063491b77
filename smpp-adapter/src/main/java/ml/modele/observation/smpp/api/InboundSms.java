package ml.modele.observation.smpp.api;

import java.io.Serializable;
import java.time.Instant;

/**
 * A complete mobile-originated SMS as the adapter delivers it to the application.
 *
 * @param sender      sender address as received (normalisation to E.164 happens in the adapter)
 * @param destination short code or number the observer texted
 * @param text        decoded text of the whole message, all parts joined
 * @param smscMessageId message id that the SMSC gave, or null when it sent none
 * @param receivedAt  time the last part reached the adapter
 */
public record InboundSms(String sender, String destination, String text, String smscMessageId, Instant receivedAt)
        implements Serializable {
}
