package ml.modele.observation.infrastructure.sms;

import java.time.Duration;
import java.time.Instant;

import ml.modele.observation.smpp.api.InboundSms;

/**
 * A stored message, or an earlier message of the same batch, that a later delivery may repeat.
 *
 * @param id            id of the stored row; 0 for a message of the batch not inserted yet
 * @param textHash      SHA-256 of the text, as {@code sms_inbound.text_hash}
 */
record EarlierDelivery(long id, String sender, String smscMessageId, String textHash, Instant receivedAt) {

    /**
     * Applies the deduplication rule: the same sender and SMSC message id when the message has
     * one, else the same sender and text within the window. Sender and id compare as the
     * database's case-insensitive collation does.
     */
    boolean repeatedBy(InboundSms sms, String hash, Duration window) {
        if (!sender.equalsIgnoreCase(sms.sender())) {
            return false;
        }
        if (sms.smscMessageId() != null) {
            return sms.smscMessageId().equalsIgnoreCase(smscMessageId);
        }
        return textHash.equals(hash) && !receivedAt.isBefore(sms.receivedAt().minus(window));
    }
}
