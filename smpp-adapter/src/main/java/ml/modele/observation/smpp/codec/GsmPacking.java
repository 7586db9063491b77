package ml.modele.observation.smpp.codec;

/**
 * Layout of GSM 7-bit user data in short_message and message_payload. Most SMSCs send one
 * septet per octet over SMPP, and some send the packed form of the air interface.
 */
public enum GsmPacking {
    /** One septet per octet, top bit clear. */
    UNPACKED,
    /** Septets packed into octets as on the air interface (3GPP TS 23.038, section 6.1.2.1, SMS packing). */
    PACKED
}
