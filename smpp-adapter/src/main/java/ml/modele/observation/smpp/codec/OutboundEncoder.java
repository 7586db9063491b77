package ml.modele.observation.smpp.codec;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Encodes a reply and splits it into submit_sm segments.
 *
 * <p>Text that the GSM 7-bit alphabet can encode is sent as GSM 7-bit with data_coding 0,
 * otherwise as UCS-2 with data_coding 8. A long message gets a concatenation header with an
 * 8-bit reference (3GPP TS 23.040, section 9.2.3.24.1). The limits per segment follow from the
 * 140 octets of user data: 160 septets or 70 UCS-2 code units alone, 153 septets or 67 code
 * units after the 6-octet header. An extension character (2 septets) and a surrogate pair
 * (2 code units) are never split between segments.
 *
 * <p>Stateless and safe to share between threads.
 */
public final class OutboundEncoder {

    public static final int GSM_SINGLE_SEPTETS = 160;
    public static final int GSM_PART_SEPTETS = 153;
    public static final int UCS2_SINGLE_UNITS = 70;
    public static final int UCS2_PART_UNITS = 67;
    /** Octets of a concatenation header with an 8-bit reference, length octet included. */
    public static final int CONCAT_UDH_LENGTH = 6;

    private static final int MAX_PARTS = 255;

    private final CodecSettings settings;

    public OutboundEncoder(CodecSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /** Returns GSM7 when every character is in the GSM 7-bit alphabet, else UCS2. */
    public static Alphabet chooseAlphabet(String text) {
        return Gsm7.canEncode(text) ? Alphabet.GSM7 : Alphabet.UCS2;
    }

    /**
     * Encodes and splits a message.
     *
     * <p>NOTE: GSM 7-bit is sent as data_coding 0, which assumes that the SMSC default
     * alphabet is GSM 7-bit; it ignores {@link CodecSettings#smscDefaultAlphabet()}.
     *
     * @param text      message text
     * @param reference concatenation reference, 0-255; the caller should vary it per
     *                  recipient, and it is unused when the text fits in one segment
     * @throws IllegalArgumentException when the text needs more than 255 segments
     */
    public List<OutboundSegment> encode(String text, int reference) {
        Objects.requireNonNull(text, "text");
        if (reference < 0 || reference > 0xFF) {
            throw new IllegalArgumentException("Invalid reference " + reference + ": expected 0-255");
        }
        if (chooseAlphabet(text) == Alphabet.GSM7) {
            return encodeGsm(text, reference);
        }
        return encodeUcs2(text, reference);
    }

    private List<OutboundSegment> encodeGsm(String text, int reference) {
        if (Gsm7.septetCount(text) <= GSM_SINGLE_SEPTETS) {
            byte[] userData = gsmUserData(Gsm7.encode(text), 0);
            return List.of(new OutboundSegment(userData, DataCoding.SMSC_DEFAULT, 0, 1, 1));
        }
        List<String> chunks = new ArrayList<>();
        int start = 0;
        int septets = 0;
        for (int i = 0; i < text.length(); i++) {
            int length = Gsm7.septetLength(text.charAt(i));
            if (septets + length > GSM_PART_SEPTETS) {
                chunks.add(text.substring(start, i));
                start = i;
                septets = 0;
            }
            septets += length;
        }
        chunks.add(text.substring(start));
        List<byte[]> userData = new ArrayList<>(chunks.size());
        for (String chunk : chunks) {
            userData.add(gsmUserData(Gsm7.encode(chunk), CONCAT_UDH_LENGTH));
        }
        return concatenated(userData, DataCoding.SMSC_DEFAULT, reference);
    }

    private List<OutboundSegment> encodeUcs2(String text, int reference) {
        if (text.length() <= UCS2_SINGLE_UNITS) {
            return List.of(new OutboundSegment(text.getBytes(StandardCharsets.UTF_16BE), DataCoding.UCS2, 0, 1, 1));
        }
        List<byte[]> userData = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int end = Math.min(start + UCS2_PART_UNITS, text.length());
            if (end < text.length() && Character.isHighSurrogate(text.charAt(end - 1))) {
                end--;
            }
            userData.add(text.substring(start, end).getBytes(StandardCharsets.UTF_16BE));
            start = end;
        }
        return concatenated(userData, DataCoding.UCS2, reference);
    }

    /** Lays out septets after a header of {@code udhLength} octets, packed or not as configured. */
    private byte[] gsmUserData(byte[] septets, int udhLength) {
        if (settings.gsmPacking() == GsmPacking.PACKED) {
            return Gsm7.pack(septets, Gsm7.fillBits(udhLength));
        }
        return septets;
    }

    private static List<OutboundSegment> concatenated(List<byte[]> userData, int dataCoding, int reference) {
        int total = userData.size();
        if (total > MAX_PARTS) {
            throw new IllegalArgumentException("Message needs " + total + " segments; at most "
                    + MAX_PARTS + " are possible");
        }
        List<OutboundSegment> segments = new ArrayList<>(total);
        for (int i = 0; i < total; i++) {
            ByteArrayOutputStream shortMessage = new ByteArrayOutputStream(CONCAT_UDH_LENGTH + userData.get(i).length);
            shortMessage.write(CONCAT_UDH_LENGTH - 1);
            shortMessage.write(UserDataHeader.IEI_CONCAT_8BIT);
            shortMessage.write(3);
            shortMessage.write(reference);
            shortMessage.write(total);
            shortMessage.write(i + 1);
            shortMessage.writeBytes(userData.get(i));
            segments.add(new OutboundSegment(shortMessage.toByteArray(), dataCoding, EsmClass.UDHI, i + 1, total));
        }
        return segments;
    }
}
