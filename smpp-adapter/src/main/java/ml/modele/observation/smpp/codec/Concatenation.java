package ml.modele.observation.smpp.codec;

/**
 * Position of one part in a concatenated message.
 *
 * @param reference reference number shared by all parts: 0-255, or 0-65535 for a 16-bit reference or SAR
 * @param total     number of parts, 1-255
 * @param sequence  number of this part, 1 to total
 */
public record Concatenation(int reference, int total, int sequence) {

    /** Position of a message sent in one part. */
    public static final Concatenation SINGLE = new Concatenation(0, 1, 1);

    public Concatenation {
        if (reference < 0 || reference > 0xFFFF) {
            throw new IllegalArgumentException("Invalid concatenation reference " + reference + ": expected 0-65535");
        }
        if (total < 1 || total > 255) {
            throw new IllegalArgumentException("Invalid concatenation total " + total + ": expected 1-255");
        }
        if (sequence < 1 || sequence > total) {
            throw new IllegalArgumentException("Invalid concatenation sequence " + sequence
                    + ": expected 1-" + total);
        }
    }
}
