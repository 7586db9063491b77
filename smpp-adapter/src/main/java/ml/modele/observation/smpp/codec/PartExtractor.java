package ml.modele.observation.smpp.codec;

import java.util.Arrays;
import java.util.Objects;
import java.util.logging.Logger;

/**
 * Turns an inbound PDU into a {@link MessagePart}: picks the user data, strips the user data
 * header and finds the part's position from the header or the SAR TLVs.
 * Stateless and safe to share between threads.
 */
public final class PartExtractor {

    private static final Logger LOG = Logger.getLogger(PartExtractor.class.getName());

    private final CodecSettings settings;

    public PartExtractor(CodecSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /**
     * Extracts the part that a PDU carries.
     *
     * <p>The user data is message_payload when that TLV is present, otherwise short_message.
     * SMPP 3.4 forbids both at once, so if an SMSC sends both, message_payload wins and a
     * warning is logged. The position comes from a concatenation element of the user data
     * header, else from the three SAR TLVs, else the part is a whole message. SAR TLVs that
     * are incomplete or out of range are logged and ignored, so the text is still delivered.
     *
     * @throws MalformedUdhException when UDHI is set and the header is malformed
     */
    public MessagePart extract(InboundPdu pdu) {
        byte[] userData = userData(pdu);
        Concatenation position = null;
        int headerLength = 0;
        if (EsmClass.hasUdh(pdu.esmClass())) {
            UserDataHeader header = UserDataHeader.parse(userData);
            headerLength = header.length();
            position = header.concatenation().orElse(null);
        }
        if (position == null) {
            position = sarPosition(pdu);
        }
        byte[] payload = stripHeader(userData, headerLength, pdu.dataCoding());
        return new MessagePart(pdu.sender(), pdu.destination(), position.reference(), position.total(),
                position.sequence(), pdu.dataCoding(), payload, pdu.arrival());
    }

    private static byte[] userData(InboundPdu pdu) {
        byte[] payload = pdu.messagePayload();
        if (payload == null) {
            return pdu.shortMessage();
        }
        if (pdu.shortMessage().length > 0) {
            LOG.warning(() -> "PDU carries both short_message (" + pdu.shortMessage().length
                    + " octets) and message_payload (" + payload.length + " octets); using message_payload");
        }
        return payload;
    }

    private static Concatenation sarPosition(InboundPdu pdu) {
        Integer reference = pdu.sarMsgRefNum();
        Integer total = pdu.sarTotalSegments();
        Integer sequence = pdu.sarSegmentSeqnum();
        if (reference == null && total == null && sequence == null) {
            return Concatenation.SINGLE;
        }
        boolean valid = reference != null && total != null && sequence != null
                && reference >= 0 && reference <= 0xFFFF
                && total >= 1 && total <= 255
                && sequence >= 1 && sequence <= total;
        if (!valid) {
            LOG.warning(() -> "Ignoring invalid SAR TLVs sar_msg_ref_num=" + reference
                    + ", sar_total_segments=" + total + ", sar_segment_seqnum=" + sequence
                    + ": all three must be present with 1 <= seqnum <= total <= 255;"
                    + " handling the PDU as a whole message");
            return Concatenation.SINGLE;
        }
        return new Concatenation(reference, total, sequence);
    }

    private byte[] stripHeader(byte[] userData, int headerLength, int dataCoding) {
        boolean gsm = DataCoding.parse(dataCoding, settings.smscDefaultAlphabet()).alphabet() == Alphabet.GSM7;
        if (gsm && settings.gsmPacking() == GsmPacking.PACKED) {
            // Septets after a header start on the next septet boundary (3GPP TS 23.040, section 9.2.3.24).
            return Gsm7.unpackAll(userData, headerLength, Gsm7.fillBits(headerLength));
        }
        return Arrays.copyOfRange(userData, headerLength, userData.length);
    }
}
