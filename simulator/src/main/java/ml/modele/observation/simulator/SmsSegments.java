package ml.modele.observation.simulator;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.cloudhopper.commons.charset.CharsetUtil;
import com.cloudhopper.commons.charset.GSMCharset;

/**
 * Encodes a text as a phone would send it: GSM 03.38 unpacked (data_coding 0) when every
 * character is in the GSM-7 table, else UCS-2 (data_coding 8); above 160 GSM-7 septets or 70
 * UCS-2 characters, as concatenated parts with an 8-bit-reference UDH (153 septets or 67
 * characters each, 3GPP TS 23.040).
 */
final class SmsSegments {

    static final byte GSM7 = 0;
    static final byte UCS2 = 8;
    static final byte UDHI = 0x40;

    /** One short_message with its data_coding and esm_class. */
    record Segment(byte dataCoding, byte esmClass, byte[] shortMessage) {
    }

    private SmsSegments() {
    }

    /** Returns true when the text goes as GSM-7. */
    static boolean isGsm7(String text) {
        return GSMCharset.canRepresent(text);
    }

    /** Splits the text into the segments that carry it; reference numbers the concatenated message. */
    static List<Segment> encode(String text, int reference) {
        if (isGsm7(text)) {
            byte[] septets = CharsetUtil.encode(text, CharsetUtil.CHARSET_GSM);
            return split(septets, 160, 153, GSM7, reference, true);
        }
        byte[] utf16 = text.getBytes(StandardCharsets.UTF_16BE);
        return split(utf16, 140, 134, UCS2, reference, false);
    }

    private static List<Segment> split(byte[] payload, int singleMax, int partMax, byte dataCoding, int reference,
                                       boolean septets) {
        if (payload.length <= singleMax) {
            return List.of(new Segment(dataCoding, (byte) 0, payload));
        }
        List<byte[]> chunks = new ArrayList<>();
        int start = 0;
        while (start < payload.length) {
            int end = Math.min(payload.length, start + partMax);
            // Neither an escape septet (0x1B) of GSM-7 nor half a UTF-16 unit may end a part.
            if (septets && end < payload.length && payload[end - 1] == 0x1B) {
                end--;
            }
            chunks.add(java.util.Arrays.copyOfRange(payload, start, end));
            start = end;
        }
        List<Segment> segments = new ArrayList<>();
        for (int i = 0; i < chunks.size(); i++) {
            byte[] chunk = chunks.get(i);
            byte[] message = new byte[6 + chunk.length];
            message[0] = 5;
            message[1] = 0;
            message[2] = 3;
            message[3] = (byte) reference;
            message[4] = (byte) chunks.size();
            message[5] = (byte) (i + 1);
            System.arraycopy(chunk, 0, message, 6, chunk.length);
            segments.add(new Segment(dataCoding, UDHI, message));
        }
        return segments;
    }
}
