package ml.modele.observation.smpp.api;

import java.io.Serializable;
import java.util.List;

/**
 * Result of sending one message, which may have taken several segments.
 *
 * @param outcome    ACCEPTED when the SMSC accepted every segment, UNKNOWN when a submit_sm_resp timed out
 * @param messageIds the SMSC message id of each accepted segment, in segment order
 * @param segments   number of segments of the message
 * @param detail     why the outcome is UNKNOWN, else empty
 */
public record SendResult(Outcome outcome, List<String> messageIds, int segments, String detail)
        implements Serializable {

    /** What the platform knows about the message after sending. */
    public enum Outcome {
        /** The SMSC accepted every segment and gave its message ids. */
        ACCEPTED,
        /**
         * A submit_sm_resp did not arrive in time: the SMSC may have taken the segment. The message
         * must not be sent again, or the observer may get it twice.
         */
        UNKNOWN
    }

    public SendResult {
        messageIds = List.copyOf(messageIds);
    }

    /** Returns the id of the first segment, the one receipts are usually matched on, or null. */
    public String firstMessageId() {
        return messageIds.isEmpty() ? null : messageIds.get(0);
    }
}
