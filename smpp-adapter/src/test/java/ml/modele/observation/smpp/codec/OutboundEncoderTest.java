package ml.modele.observation.smpp.codec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OutboundEncoderTest {

    private static final OutboundEncoder ENCODER = new OutboundEncoder(CodecSettings.DEFAULT);
    private static final CodecSettings PACKED = new CodecSettings(Alphabet.GSM7, GsmPacking.PACKED);

    @Test
    void choosesGsmForFrenchAccents() {
        assertEquals(Alphabet.GSM7, OutboundEncoder.chooseAlphabet("Recu: é è à ù É Ç €"));
    }

    @Test
    void choosesUcs2ForCedillaAndBambara() {
        assertEquals(Alphabet.UCS2, OutboundEncoder.chooseAlphabet("Message reçu"));
        assertEquals(Alphabet.UCS2, OutboundEncoder.chooseAlphabet("I ni ce, an bɛ ɲɔgɔn fɛ"));
    }

    @Test
    void gsm160FitsOneSegment() {
        List<OutboundSegment> segments = ENCODER.encode("a".repeat(160), 1);
        assertEquals(1, segments.size());
        OutboundSegment segment = segments.get(0);
        assertEquals(0x00, segment.dataCoding());
        assertEquals(0x00, segment.esmClass());
        assertEquals(160, segment.shortMessage().length);
    }

    @Test
    void gsm161NeedsTwoSegments() {
        List<OutboundSegment> segments = ENCODER.encode("a".repeat(161), 9);
        assertEquals(2, segments.size());
        assertEquals(6 + 153, segments.get(0).shortMessage().length);
        assertEquals(6 + 8, segments.get(1).shortMessage().length);
        assertArrayEquals(new byte[] {0x05, 0x00, 0x03, 9, 2, 1}, Arrays.copyOf(segments.get(0).shortMessage(), 6));
        assertEquals(EsmClass.UDHI, segments.get(0).esmClass());
        assertEquals(2, segments.get(1).sequence());
    }

    @Test
    void gsmSegmentCounts() {
        assertEquals(2, ENCODER.encode("a".repeat(306), 1).size());
        assertEquals(3, ENCODER.encode("a".repeat(307), 1).size());
    }

    @Test
    void gsmEscapeCountsTwoSeptets() {
        assertEquals(1, ENCODER.encode("€".repeat(80), 1).size());
        assertEquals(2, ENCODER.encode("€".repeat(80) + "a", 1).size());
    }

    @Test
    void gsmEscapeNotSplitAcrossSegments() {
        String text = "a".repeat(152) + "€" + "b".repeat(10);
        List<OutboundSegment> segments = ENCODER.encode(text, 3);
        assertEquals(2, segments.size());
        byte[] first = segments.get(0).shortMessage();
        assertEquals(6 + 152, first.length, "the escape must move to the second segment");
        byte[] second = segments.get(1).shortMessage();
        assertEquals(0x1B, second[6]);
        assertEquals(0x65, second[7]);
        assertEquals(text, roundTrip(segments, CodecSettings.DEFAULT));
    }

    @Test
    void ucs2SegmentCounts() {
        assertEquals(1, ENCODER.encode("ɛ".repeat(70), 1).size());
        assertEquals(2, ENCODER.encode("ɛ".repeat(71), 1).size());
        assertEquals(2, ENCODER.encode("ɛ".repeat(134), 1).size());
        assertEquals(3, ENCODER.encode("ɛ".repeat(135), 1).size());
    }

    @Test
    void ucs2UsesDataCoding8() {
        OutboundSegment segment = ENCODER.encode("ɲ", 1).get(0);
        assertEquals(0x08, segment.dataCoding());
        assertArrayEquals(new byte[] {0x02, 0x72}, segment.shortMessage());
    }

    @Test
    void ucs2SurrogatePairNotSplit() {
        String text = "ɛ".repeat(66) + "🗳" + "ɔ".repeat(10);
        List<OutboundSegment> segments = ENCODER.encode(text, 5);
        assertEquals(2, segments.size());
        assertEquals(6 + 66 * 2, segments.get(0).shortMessage().length);
        String secondStart = new String(Arrays.copyOfRange(segments.get(1).shortMessage(), 6, 10),
                StandardCharsets.UTF_16BE);
        assertEquals("🗳", secondStart);
        assertEquals(text, roundTrip(segments, CodecSettings.DEFAULT));
    }

    @Test
    void longGsmRoundTrips() {
        String text = "Bureau 14 @ Bamako: {RAS} [ok] ~ \\ | ^ € é è à ù É Ç. ".repeat(8);
        List<OutboundSegment> segments = ENCODER.encode(text, 200);
        assertTrue(segments.size() > 2);
        assertEquals(text, roundTrip(segments, CodecSettings.DEFAULT));
    }

    @Test
    void longUcs2RoundTrips() {
        String text = "I ni ce, an bɛ ɲɔgɔn fɛ. Reçu: ç â ê î ô û œ 🗳 ".repeat(6);
        List<OutboundSegment> segments = ENCODER.encode(text, 201);
        assertTrue(segments.size() > 2);
        assertEquals(text, roundTrip(segments, CodecSettings.DEFAULT));
    }

    @Test
    void packedGsmFitsInOneForty() {
        OutboundEncoder packed = new OutboundEncoder(PACKED);
        String text = "x".repeat(400);
        List<OutboundSegment> segments = packed.encode(text, 7);
        assertEquals(3, segments.size());
        for (OutboundSegment segment : segments) {
            assertTrue(segment.shortMessage().length <= 140, "segment of " + segment.shortMessage().length);
        }
        assertEquals(text, roundTrip(segments, PACKED));
    }

    @Test
    void packedSingleRoundTrips() {
        OutboundEncoder packed = new OutboundEncoder(PACKED);
        List<OutboundSegment> segments = packed.encode("1234567", 0);
        assertEquals(7, segments.get(0).shortMessage().length);
        assertEquals("1234567", roundTrip(segments, PACKED));
    }

    @Test
    void emptyTextGivesOneEmptySegment() {
        List<OutboundSegment> segments = ENCODER.encode("", 0);
        assertEquals(1, segments.size());
        assertEquals(0, segments.get(0).shortMessage().length);
    }

    @Test
    void rejectsInvalidReference() {
        assertThrows(IllegalArgumentException.class, () -> ENCODER.encode("a", 256));
    }

    @Test
    void rejectsMoreThan255Segments() {
        assertThrows(IllegalArgumentException.class, () -> ENCODER.encode("a".repeat(153 * 255 + 1), 1));
        assertFalse(ENCODER.encode("a".repeat(153 * 255), 1).isEmpty());
    }

    /** Feeds the segments back through the inbound path, last segment first, and returns the text. */
    private static String roundTrip(List<OutboundSegment> segments, CodecSettings settings) {
        PartExtractor extractor = new PartExtractor(settings);
        ConcatenatedMessageAssembler assembler =
                new ConcatenatedMessageAssembler(new TextDecoder(settings), Duration.ofMinutes(1));
        List<OutboundSegment> reversed = new ArrayList<>(segments);
        Collections.reverse(reversed);
        Optional<AssembledMessage> message = Optional.empty();
        for (OutboundSegment segment : reversed) {
            InboundPdu pdu = InboundPdu.of("22376123456", "36000", segment.esmClass(), segment.dataCoding(),
                    segment.shortMessage(), Instant.EPOCH);
            message = assembler.accept(extractor.extract(pdu));
        }
        assertTrue(message.isPresent(), "message complete after the last segment");
        assertFalse(message.get().partial());
        return message.get().text();
    }
}
