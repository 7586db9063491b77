package ml.modele.observation.smpp.codec;

import java.time.Instant;
import java.util.Objects;

/**
 * The fields of a deliver_sm (or data_sm) that the codec reads, copied out of the SMPP library's PDU.
 *
 * @param sender           source_addr as received
 * @param destination      destination_addr as received
 * @param esmClass         esm_class, 0-255
 * @param dataCoding       data_coding, 0-255
 * @param shortMessage     short_message, empty when absent
 * @param messagePayload   value of the message_payload TLV (0x0424), or null when absent
 * @param sarMsgRefNum     value of sar_msg_ref_num (0x020C), or null when absent
 * @param sarTotalSegments value of sar_total_segments (0x020E), or null when absent
 * @param sarSegmentSeqnum value of sar_segment_seqnum (0x020F), or null when absent
 * @param arrival          time the PDU reached the adapter
 */
public record InboundPdu(String sender, String destination, int esmClass, int dataCoding, byte[] shortMessage,
                         byte[] messagePayload, Integer sarMsgRefNum, Integer sarTotalSegments,
                         Integer sarSegmentSeqnum, Instant arrival) {

    public InboundPdu {
        Objects.requireNonNull(sender, "sender");
        Objects.requireNonNull(destination, "destination");
        Objects.requireNonNull(arrival, "arrival");
        shortMessage = shortMessage == null ? new byte[0] : shortMessage.clone();
        messagePayload = messagePayload == null ? null : messagePayload.clone();
    }

    /** Creates a PDU without TLVs. */
    public static InboundPdu of(String sender, String destination, int esmClass, int dataCoding,
                                byte[] shortMessage, Instant arrival) {
        return new InboundPdu(sender, destination, esmClass, dataCoding, shortMessage, null, null, null, null,
                arrival);
    }

    @Override
    public byte[] shortMessage() {
        return shortMessage.clone();
    }

    @Override
    public byte[] messagePayload() {
        return messagePayload == null ? null : messagePayload.clone();
    }
}
