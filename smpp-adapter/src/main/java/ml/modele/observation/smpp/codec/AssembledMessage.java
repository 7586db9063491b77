package ml.modele.observation.smpp.codec;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A message whose parts were joined, complete or, after a timeout, partial.
 *
 * @param sender           source address as received
 * @param destination      destination address as received
 * @param reference        concatenation reference, 0 for a single-part message
 * @param total            number of parts the message announced
 * @param decoded          decoded text of the joined parts; when partial, each gap is
 *                         {@link ConcatenatedMessageAssembler#GAP_MARKER}
 * @param partial          true when parts are missing
 * @param missingSequences sequence numbers that never arrived, in order; empty when complete
 * @param parts            the parts that arrived, in sequence order
 * @param firstArrival     arrival time of the earliest part
 * @param lastArrival      arrival time of the latest part
 */
public record AssembledMessage(String sender, String destination, int reference, int total, DecodedText decoded,
                               boolean partial, List<Integer> missingSequences, List<MessagePart> parts,
                               Instant firstArrival, Instant lastArrival) {

    public AssembledMessage {
        Objects.requireNonNull(decoded, "decoded");
        missingSequences = List.copyOf(missingSequences);
        parts = List.copyOf(parts);
    }

    /** Returns the decoded text, or null when the data is binary or in an unsupported coding. */
    public String text() {
        return decoded.text();
    }
}
