package ml.modele.observation.smpp.api;

import java.io.Serializable;
import java.time.Instant;

/**
 * A delivery receipt for a message the platform sent: a status change, never an observer's report.
 *
 * @param messageId    the SMSC message id that the receipt names (receipted_message_id, else id: of the text)
 * @param state        final or intermediate state such as DELIVRD, UNDELIV, EXPIRED, REJECTD; null when absent
 * @param errorCode    network error code (err:), or null
 * @param intermediate true for an intermediate delivery notification
 * @param recipient    the handset the original message went to, as the receipt gives it (its source_addr)
 * @param receivedAt   time the receipt reached the adapter
 * @param rawText      the receipt text as received, for audit
 */
public record StatusReport(String messageId, String state, String errorCode, boolean intermediate,
                           String recipient, Instant receivedAt, String rawText) implements Serializable {
}
