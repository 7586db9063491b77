package ml.modele.observation.smpp.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Table of inbound PDU shapes, each run through PartExtractor and ConcatenatedMessageAssembler
 * as the adapter does, with the text that must come out.
 */
class InboundDecodingTableTest {

    private static final Instant T0 = Instant.parse("2026-07-26T08:00:00Z");
    private static final Duration TIMEOUT = Duration.ofMinutes(5);
    private static final String SENDER = "22376123456";
    private static final String SHORT_CODE = "36000";
    private static final CodecSettings GSM = CodecSettings.DEFAULT;
    private static final CodecSettings GSM_PACKED = new CodecSettings(Alphabet.GSM7, GsmPacking.PACKED);
    private static final CodecSettings LATIN1_DEFAULT = new CodecSettings(Alphabet.LATIN1, GsmPacking.UNPACKED);
    private static final CodecSettings ASCII_DEFAULT = new CodecSettings(Alphabet.ASCII, GsmPacking.UNPACKED);

    /**
     * One row of the table.
     *
     * @param expectedText  text of the single resulting message; null for binary data
     * @param expectPartial true when the set must time out and come back partial
     * @param expectedError substring of the MalformedUdhException message, or null when none is expected
     */
    record Case(String name, CodecSettings settings, List<InboundPdu> pdus, String expectedText,
                Alphabet expectedAlphabet, MessageClass expectedClass, boolean expectPartial, String expectedError) {

        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> cases() {
        String bambara = "I ni ce, an bɛ ɲɔgɔn fɛ";
        byte[] longUcs2 = ucs2("Bureau 12 Bamako: ouvert à 8h, 312 votants, dépouillement en cours. Résultats à 18h.");
        int split = 67 * 2 + 1;
        // "Urne " is 10 octets, so octets 10-11 are the high surrogate of U+1F5F3 and 12-13 the low one.
        byte[] ballotBox = ucs2("Urne 🗳 scellée");
        String gsmLong = "Bureau de vote 14, Commune IV, Bamako: ouverture a 8h00, 4 assesseurs presents, "
                + "materiel complet, file d'attente de 120 electeurs. RAS pour l'instant, prochain rapport a 10h.";
        byte[] gsmLongSeptets = Gsm7.encode(gsmLong);
        String ucs2Three = "Premier ɛ, deuxième ɔ, troisième ɲ: ";
        String sarText = "Rapport SAR: tout est calme a Sikasso";
        byte[] sarSeptets = Gsm7.encode(sarText);
        String packedText = "Kayes: 2 urnes scellees, RAS";
        byte[] packedSeptets = Gsm7.encode(packedText);

        return Stream.of(
                single("gsmBasicText", GSM, 0x00, Gsm7.encode("Bureau 12 ouvert"), "Bureau 12 ouvert", Alphabet.GSM7),
                single("gsmAtAtStart", GSM, 0x00, bytes(0x00, 'B', 'K', 'O'), "@BKO", Alphabet.GSM7),
                single("gsmAtInMiddle", GSM, 0x00, bytes('o', 'b', 's', 0x00, 'b', 'v', '5'), "obs@bv5", Alphabet.GSM7),
                single("gsmOnlyAtSigns", GSM, 0x00, bytes(0x00, 0x00, 0x00), "@@@", Alphabet.GSM7),
                single("gsmEuro", GSM, 0x00, bytes('5', 0x1B, 0x65), "5€", Alphabet.GSM7),
                single("gsmBraces", GSM, 0x00, bytes(0x1B, 0x28, 'x', 0x1B, 0x29), "{x}", Alphabet.GSM7),
                single("gsmSquareBrackets", GSM, 0x00, bytes(0x1B, 0x3C, '1', 0x1B, 0x3E), "[1]", Alphabet.GSM7),
                single("gsmTildeBackslashPipeCaret", GSM, 0x00, bytes(0x1B, 0x3D, 0x1B, 0x2F, 0x1B, 0x40, 0x1B, 0x14),
                        "~\\|^", Alphabet.GSM7),
                single("gsmFormFeed", GSM, 0x00, bytes('a', 0x1B, 0x0A, 'b'), "a\fb", Alphabet.GSM7),
                single("gsmUnknownEscapeFallsBack", GSM, 0x00, bytes(0x1B, 'A'), "A", Alphabet.GSM7),
                single("gsmFrenchAccents", GSM, 0x00, bytes(0x05, ' ', 0x04, ' ', 0x7F, ' ', 0x06, ' ', 0x1F, ' ', 0x09),
                        "é è à ù É Ç", Alphabet.GSM7),
                single("gsmGreekAndSymbols", GSM, 0x00, Gsm7.encode("ΔΦΓΛΩΠΨΣΘΞ £$¥¤§¿¡"), "ΔΦΓΛΩΠΨΣΘΞ £$¥¤§¿¡",
                        Alphabet.GSM7),
                single("smscDefaultAsLatin1", LATIN1_DEFAULT, 0x00, latin1("Élection réussie à Kayes"),
                        "Élection réussie à Kayes", Alphabet.LATIN1),
                single("smscDefaultAsAscii", ASCII_DEFAULT, 0x00, ascii("Bureau 7 @ Mopti"), "Bureau 7 @ Mopti",
                        Alphabet.ASCII),
                single("ia5Ascii", GSM, 0x01, ascii("id 42 @ Gao {ok}"), "id 42 @ Gao {ok}", Alphabet.ASCII),
                single("latin1FrenchAccents", GSM, 0x03, latin1("ç â ê î ô û é è à ù"), "ç â ê î ô û é è à ù",
                        Alphabet.LATIN1),
                single("cyrillicIso88595", GSM, 0x06, "Привет".getBytes(Charset.forName("ISO-8859-5")), "Привет",
                        Alphabet.CYRILLIC),
                single("ucs2FrenchAccents", GSM, 0x08, ucs2("ç â ê î ô û œ"), "ç â ê î ô û œ", Alphabet.UCS2),
                single("ucs2BambaraSentence", GSM, 0x08, ucs2(bambara), bambara, Alphabet.UCS2),
                single("ucs2BambaraCapitals", GSM, 0x08, ucs2("ɛ ɔ ɲ ŋ Ɛ Ɔ Ɲ Ŋ"), "ɛ ɔ ɲ ŋ Ɛ Ɔ Ɲ Ŋ", Alphabet.UCS2),
                single("ucs2SurrogatePair", GSM, 0x08, ucs2("Vote 🗳 ok"), "Vote 🗳 ok", Alphabet.UCS2),
                single("ucs2OddLengthKeepsText", GSM, 0x08, bytes(0x00, 'O', 0x00, 'K', 0x00), "OK\uFFFD",
                        Alphabet.UCS2),
                classed("classGroupGsmClass0", 0xF0, Gsm7.encode("Alerte"), "Alerte", Alphabet.GSM7,
                        MessageClass.CLASS_0),
                classed("classGroupGsmClass1", 0xF1, Gsm7.encode("Bureau 3"), "Bureau 3", Alphabet.GSM7,
                        MessageClass.CLASS_1),
                classed("classGroupEightBitClass2", 0xF6, bytes(0xCA, 0xFE), null, Alphabet.BINARY,
                        MessageClass.CLASS_2),
                classed("generalGroupGsmClass1", 0x11, Gsm7.encode("Gao €"), "Gao €", Alphabet.GSM7,
                        MessageClass.CLASS_1),
                classed("generalGroupUcs2Class0", 0x18, ucs2("ɲɔgɔn"), "ɲɔgɔn", Alphabet.UCS2, MessageClass.CLASS_0),
                classed("generalGroupEightBitClass3", 0x17, bytes(0x01, 0x02), null, Alphabet.BINARY,
                        MessageClass.CLASS_3),
                classed("generalGroupCompressed", 0x30, bytes(0x01, 0x02), null, Alphabet.UNSUPPORTED,
                        MessageClass.CLASS_0),
                classed("messageWaitingUcs2", 0xE0, ucs2("ŋ"), "ŋ", Alphabet.UCS2, MessageClass.NONE),
                single("octetUnspecifiedBinary", GSM, 0x04, bytes(0x00, 0xFF, 0x10), null, Alphabet.BINARY),

                multi("gsmTwoParts8BitRef", GSM, gsmLong, Alphabet.GSM7,
                        pdu(1, 0x40, 0x00, concat(udh8(0x2A, 2, 1), Arrays.copyOfRange(gsmLongSeptets, 0, 153))),
                        pdu(2, 0x40, 0x00, concat(udh8(0x2A, 2, 2),
                                Arrays.copyOfRange(gsmLongSeptets, 153, gsmLongSeptets.length)))),
                multi("gsmEscapeStraddlesParts", GSM, "Prix: 5€ par bulletin", Alphabet.GSM7,
                        pdu(1, 0x40, 0x00, concat(udh8(7, 2, 1), Gsm7.encode("Prix: 5"), bytes(0x1B))),
                        pdu(2, 0x40, 0x00, concat(udh8(7, 2, 2), bytes(0x65), Gsm7.encode(" par bulletin")))),
                multi("ucs2ThreePartsReverseOrder", GSM, ucs2Three + ucs2Three + ucs2Three, Alphabet.UCS2,
                        pdu(1, 0x40, 0x08, concat(udh8(9, 3, 3), ucs2(ucs2Three))),
                        pdu(2, 0x40, 0x08, concat(udh8(9, 3, 2), ucs2(ucs2Three))),
                        pdu(3, 0x40, 0x08, concat(udh8(9, 3, 1), ucs2(ucs2Three)))),
                multi("ucs2CodeUnitStraddlesParts", GSM, new String(longUcs2, StandardCharsets.UTF_16BE),
                        Alphabet.UCS2,
                        pdu(1, 0x40, 0x08, concat(udh8(3, 2, 1), Arrays.copyOfRange(longUcs2, 0, split))),
                        pdu(2, 0x40, 0x08, concat(udh8(3, 2, 2),
                                Arrays.copyOfRange(longUcs2, split, longUcs2.length)))),
                multi("ucs2SurrogatePairStraddlesParts", GSM, "Urne 🗳 scellée", Alphabet.UCS2,
                        pdu(1, 0x40, 0x08, concat(udh8(4, 2, 1), Arrays.copyOfRange(ballotBox, 0, 12))),
                        pdu(2, 0x40, 0x08, concat(udh8(4, 2, 2),
                                Arrays.copyOfRange(ballotBox, 12, ballotBox.length)))),
                multi("gsmTwoParts16BitRef", GSM, "Partie un, partie deux", Alphabet.GSM7,
                        pdu(1, 0x40, 0x00, concat(udh16(0x1234, 2, 2), Gsm7.encode(" partie deux"))),
                        pdu(2, 0x40, 0x00, concat(udh16(0x1234, 2, 1), Gsm7.encode("Partie un,")))),
                multi("udhOtherElementIgnored", GSM, "Port et concat", Alphabet.GSM7,
                        pdu(1, 0x40, 0x00, concat(bytes(0x0B, 0x05, 0x04, 0x0B, 0x84, 0x23, 0xF0),
                                bytes(0x00, 0x03, 0x11, 0x02, 0x01), Gsm7.encode("Port et"))),
                        pdu(2, 0x40, 0x00, concat(udh8(0x11, 2, 2), Gsm7.encode(" concat")))),
                single("udhWithoutConcatenation", GSM, 0x00, 0x40,
                        concat(bytes(0x04, 0x05, 0x02, 0x0B, 0x84), Gsm7.encode("Seul")), "Seul", Alphabet.GSM7),
                single("udhEmptyHeaderAccepted", GSM, 0x00, 0x40, concat(bytes(0x00), Gsm7.encode("Vide")), "Vide",
                        Alphabet.GSM7),
                single("udhSequenceZeroIgnored", GSM, 0x00, 0x40, concat(udh8(5, 2, 0), Gsm7.encode("Perdu?")),
                        "Perdu?", Alphabet.GSM7),
                multi("sarTlvParts", GSM, sarText, Alphabet.GSM7,
                        sar(1, 0x00, Arrays.copyOfRange(sarSeptets, 20, sarSeptets.length), 0x0102, 2, 2),
                        sar(2, 0x00, Arrays.copyOfRange(sarSeptets, 0, 20), 0x0102, 2, 1)),
                multi("sarTlvUcs2Parts", GSM, bambara, Alphabet.UCS2,
                        sar(1, 0x08, Arrays.copyOfRange(ucs2(bambara), 0, 15), 77, 2, 1),
                        sar(2, 0x08, Arrays.copyOfRange(ucs2(bambara), 15, ucs2(bambara).length), 77, 2, 2)),
                multi("sarIncompleteKeptAsWhole", GSM, "Sans total", Alphabet.GSM7,
                        new InboundPdu(SENDER, SHORT_CODE, 0x00, 0x00, Gsm7.encode("Sans total"), null, 12, null, 1,
                                T0)),
                multi("sarSequenceAboveTotalKeptAsWhole", GSM, "Hors limite", Alphabet.GSM7,
                        sar(1, 0x00, Gsm7.encode("Hors limite"), 12, 2, 3)),
                multi("messagePayloadWhole", GSM, gsmLong + gsmLong, Alphabet.GSM7,
                        payload(1, 0x00, 0x00, Gsm7.encode(gsmLong + gsmLong))),
                multi("messagePayloadUcs2", GSM, bambara + " 🗳", Alphabet.UCS2,
                        payload(1, 0x00, 0x08, ucs2(bambara + " 🗳"))),
                multi("duplicatePartIgnored", GSM, "Un deux", Alphabet.GSM7,
                        pdu(1, 0x40, 0x00, concat(udh8(8, 2, 1), Gsm7.encode("Un"))),
                        pdu(2, 0x40, 0x00, concat(udh8(8, 2, 1), Gsm7.encode("Un"))),
                        pdu(3, 0x40, 0x00, concat(udh8(8, 2, 2), Gsm7.encode(" deux")))),
                multi("gsmPackedSingle", GSM_PACKED, packedText, Alphabet.GSM7,
                        pdu(1, 0x00, 0x00, Gsm7.pack(packedSeptets, 0))),
                multi("gsmPackedTwoPartsWithUdh", GSM_PACKED, packedText, Alphabet.GSM7,
                        pdu(1, 0x40, 0x00, concat(udh8(6, 2, 1),
                                Gsm7.pack(Arrays.copyOfRange(packedSeptets, 0, 10), 1))),
                        pdu(2, 0x40, 0x00, concat(udh8(6, 2, 2),
                                Gsm7.pack(Arrays.copyOfRange(packedSeptets, 10, packedSeptets.length), 1)))),
                partial("lostMiddlePartTimesOut", "Un[...]trois", Alphabet.GSM7,
                        pdu(1, 0x40, 0x00, concat(udh8(1, 3, 1), Gsm7.encode("Un"))),
                        pdu(2, 0x40, 0x00, concat(udh8(1, 3, 3), Gsm7.encode("trois")))),
                partial("lostLastPartTimesOut", "bɛ ɲɔ[...]", Alphabet.UCS2,
                        pdu(1, 0x40, 0x08, concat(udh8(2, 2, 1), ucs2("bɛ ɲɔ")))),
                malformed("udhLengthPastData", bytes(0x0A, 0x00, 0x03, 0x01), "header length 10"),
                malformed("udhElementPastHeader", bytes(0x05, 0x00, 0x07, 0x01, 0x02, 0x01, 'x'),
                        "05 00 07 01 02 01 78"),
                malformed("udhConcatWrongLength", bytes(0x04, 0x00, 0x02, 0x01, 0x02, 'x'), "length 2, expected 3"),
                malformed("udhEmptyUserData", bytes(), "user data is empty"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void decodesPduShape(Case row) {
        PartExtractor extractor = new PartExtractor(row.settings());
        ConcatenatedMessageAssembler assembler =
                new ConcatenatedMessageAssembler(new TextDecoder(row.settings()), TIMEOUT);

        if (row.expectedError() != null) {
            MalformedUdhException error =
                    assertThrows(MalformedUdhException.class, () -> extractor.extract(row.pdus().get(0)));
            assertTrue(error.getMessage().contains(row.expectedError()), error.getMessage());
            return;
        }

        List<AssembledMessage> messages = new ArrayList<>();
        for (InboundPdu pdu : row.pdus()) {
            assembler.accept(extractor.extract(pdu)).ifPresent(messages::add);
        }
        if (row.expectPartial()) {
            assertEquals(List.of(), messages, "no message before the timeout");
            Clock afterTimeout = Clock.fixed(T0.plus(TIMEOUT).plusSeconds(60), ZoneOffset.UTC);
            messages.addAll(assembler.sweepExpired(afterTimeout));
        }

        assertEquals(1, messages.size(), "number of messages");
        AssembledMessage message = messages.get(0);
        assertEquals(row.expectedText(), message.text());
        assertEquals(row.expectedAlphabet(), message.decoded().alphabet());
        assertEquals(row.expectPartial(), message.partial());
        assertEquals(SENDER, message.sender());
        assertEquals(0, assembler.pendingCount(), "sets left pending");
        if (row.expectedClass() != null) {
            assertEquals(row.expectedClass(), message.decoded().dataCoding().messageClass());
        }
    }

    private static Case single(String name, CodecSettings settings, int dataCoding, byte[] shortMessage,
                               String text, Alphabet alphabet) {
        return single(name, settings, dataCoding, 0x00, shortMessage, text, alphabet);
    }

    private static Case single(String name, CodecSettings settings, int dataCoding, int esmClass,
                               byte[] shortMessage, String text, Alphabet alphabet) {
        return new Case(name, settings, List.of(pdu(1, esmClass, dataCoding, shortMessage)), text, alphabet, null,
                false, null);
    }

    private static Case classed(String name, int dataCoding, byte[] shortMessage, String text, Alphabet alphabet,
                                MessageClass messageClass) {
        return new Case(name, GSM, List.of(pdu(1, 0x00, dataCoding, shortMessage)), text, alphabet, messageClass,
                false, null);
    }

    private static Case multi(String name, CodecSettings settings, String text, Alphabet alphabet,
                              InboundPdu... pdus) {
        return new Case(name, settings, List.of(pdus), text, alphabet, null, false, null);
    }

    private static Case partial(String name, String text, Alphabet alphabet, InboundPdu... pdus) {
        return new Case(name, GSM, List.of(pdus), text, alphabet, null, true, null);
    }

    private static Case malformed(String name, byte[] shortMessage, String expectedError) {
        return new Case(name, GSM, List.of(pdu(1, 0x40, 0x00, shortMessage)), null, null, null, false,
                expectedError);
    }

    static InboundPdu pdu(int second, int esmClass, int dataCoding, byte[] shortMessage) {
        return InboundPdu.of(SENDER, SHORT_CODE, esmClass, dataCoding, shortMessage, T0.plusSeconds(second));
    }

    private static InboundPdu sar(int second, int dataCoding, byte[] shortMessage, int reference, int total,
                                  int sequence) {
        return new InboundPdu(SENDER, SHORT_CODE, 0x00, dataCoding, shortMessage, null, reference, total, sequence,
                T0.plusSeconds(second));
    }

    private static InboundPdu payload(int second, int esmClass, int dataCoding, byte[] messagePayload) {
        return new InboundPdu(SENDER, SHORT_CODE, esmClass, dataCoding, new byte[0], messagePayload, null, null,
                null, T0.plusSeconds(second));
    }

    static byte[] udh8(int reference, int total, int sequence) {
        return bytes(0x05, 0x00, 0x03, reference, total, sequence);
    }

    static byte[] udh16(int reference, int total, int sequence) {
        return bytes(0x06, 0x08, 0x04, reference >> 8, reference & 0xFF, total, sequence);
    }

    static byte[] bytes(int... values) {
        byte[] result = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            result[i] = (byte) values[i];
        }
        return result;
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    static byte[] ucs2(String text) {
        return text.getBytes(StandardCharsets.UTF_16BE);
    }

    private static byte[] latin1(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
