package ml.modele.observation.smpp.codec;

/**
 * Bits of the esm_class octet (SMPP 3.4, section 5.2.12).
 */
public final class EsmClass {

    /** UDHI: the user data starts with a user data header. */
    public static final int UDHI = 0x40;
    /** Mask of the message type bits 5-2. */
    public static final int MESSAGE_TYPE_MASK = 0x3C;
    /** Message type: SMSC delivery receipt. */
    public static final int SMSC_DELIVERY_RECEIPT = 0x04;
    /** Message type: SME delivery acknowledgement. */
    public static final int SME_DELIVERY_ACK = 0x08;
    /** Message type: SME manual or user acknowledgement. */
    public static final int SME_MANUAL_ACK = 0x10;
    /** Message type: conversation abort. */
    public static final int CONVERSATION_ABORT = 0x18;
    /** Message type: intermediate delivery notification. */
    public static final int INTERMEDIATE_DELIVERY_NOTIFICATION = 0x20;

    private EsmClass() {
    }

    /** Returns true when UDHI is set. */
    public static boolean hasUdh(int esmClass) {
        return (esmClass & UDHI) != 0;
    }

    /** Returns the message type bits, one of the message type constants or 0 for a normal message. */
    public static int messageType(int esmClass) {
        return esmClass & MESSAGE_TYPE_MASK;
    }
}
