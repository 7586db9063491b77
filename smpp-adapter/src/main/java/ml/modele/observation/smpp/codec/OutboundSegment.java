package ml.modele.observation.smpp.codec;

/**
 * One submit_sm worth of an outgoing message.
 *
 * @param shortMessage value for short_message: the user data header, if any, then the user data
 * @param dataCoding   value for data_coding
 * @param esmClass     value for esm_class: 0x40 (UDHI) when a header is present, else 0x00
 * @param sequence     number of this segment, 1 to total
 * @param total        number of segments of the message
 */
public record OutboundSegment(byte[] shortMessage, int dataCoding, int esmClass, int sequence, int total) {

    public OutboundSegment {
        shortMessage = shortMessage.clone();
    }

    @Override
    public byte[] shortMessage() {
        return shortMessage.clone();
    }
}
