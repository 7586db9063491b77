package ml.modele.observation.smpp.codec;

import java.time.Instant;
import java.util.Objects;

/**
 * One received part of a message, possibly the only one.
 *
 * @param sender      source address as received
 * @param destination destination address as received
 * @param reference   concatenation reference, 0 for a single-part message
 * @param total       number of parts, 1 for a single-part message
 * @param sequence    number of this part, 1 to total
 * @param dataCoding  data_coding of the PDU, 0-255
 * @param payload     user data without the user data header; GSM 7-bit data is one septet per byte
 *                    even when the SMSC sent it packed, so parts can be joined before decoding
 * @param arrival     time the PDU reached the adapter
 */
public record MessagePart(String sender, String destination, int reference, int total, int sequence,
                          int dataCoding, byte[] payload, Instant arrival) {

    public MessagePart {
        Objects.requireNonNull(sender, "sender");
        Objects.requireNonNull(destination, "destination");
        Objects.requireNonNull(arrival, "arrival");
        // The constructor checks the ranges of the three numbers.
        new Concatenation(reference, total, sequence);
        if (dataCoding < 0 || dataCoding > 0xFF) {
            throw new IllegalArgumentException("Invalid data_coding " + dataCoding + ": expected 0-255");
        }
        payload = payload.clone();
    }

    @Override
    public byte[] payload() {
        return payload.clone();
    }

    /** Returns true when the message has more than one part. */
    public boolean isConcatenated() {
        return total > 1;
    }
}
