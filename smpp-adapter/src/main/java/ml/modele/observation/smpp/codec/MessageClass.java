package ml.modele.observation.smpp.codec;

/**
 * Message class from the data_coding octet (3GPP TS 23.038, section 4).
 */
public enum MessageClass {
    /** The data_coding sets no class. */
    NONE,
    /** Class 0: shown at once and not stored ("flash SMS"). */
    CLASS_0,
    /** Class 1: stored in the handset. */
    CLASS_1,
    /** Class 2: stored on the SIM. */
    CLASS_2,
    /** Class 3: passed to terminal equipment. */
    CLASS_3;

    static MessageClass fromBits(int bits) {
        return values()[1 + (bits & 0x03)];
    }
}
