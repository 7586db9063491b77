package ml.modele.observation.it;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

import org.jsmpp.bean.OptionalParameter;
import org.jsmpp.bean.OptionalParameters;

/**
 * Table of mobile-originated PDU shapes that {@link SmppIT} sends through the deployed adapter,
 * each from its own sender, with the text that must be stored.
 */
final class SmppShapes {

    private static final String BAMBARA = "I ni ce, an bɛ ɲɔgɔn fɛ";
    private static final String GSM_LONG = "Bureau de vote 14, Commune IV, Bamako: ouverture a 8h00, 4 assesseurs"
            + " presents, materiel complet, file d'attente de 120 electeurs. RAS pour l'instant, prochain rapport"
            + " a 10h, puis a midi.";

    /** One PDU: a deliver_sm, or a data_sm whose text travels in message_payload. */
    record Pdu(boolean dataSm, int esmClass, int dataCoding, byte[] shortMessage, OptionalParameter... tlvs) {
    }

    /**
     * One shape.
     *
     * @param text    stored text; null for binary data and unsupported alphabets, kept only as raw bytes
     * @param rawHex  stored raw bytes in hex, or null when not checked
     * @param partial true when a part is lost and the message must be stored as partial
     */
    record Shape(String name, String sender, int senderTon, String text, String rawHex, boolean partial,
                 List<Pdu> pdus) {
    }

    private SmppShapes() {
    }

    static List<Shape> table() {
        String ucs2Third = "Premier ɛ, deuxième ɔ, troisième ɲ: ";
        byte[] gsmLong = ascii(GSM_LONG);
        byte[] ballotBox = ucs2("Urne 🗳 scellée");
        byte[] sarText = ascii("Rapport SAR: tout est calme a Sikasso");
        return List.of(
                single("gsmBasicText", "22376100001", 1, 0x00, ascii("Bureau 12 ouvert"), "Bureau 12 ouvert"),
                single("gsmNationalSender", "76100002", 2, 0x00, bytes(0x00, 0x1B, 0x65, 0x1B, 0x28, 0x1B, 0x29, 0x04),
                        "@€{}è"),
                single("gsmSenderWithZeroZero", "0022376100003", 0, 0x00, bytes(0x00, 'B', 'K', 'O'), "@BKO"),
                single("gsmOnlyAtSigns", "22376100004", 1, 0x00, bytes(0x00, 0x00, 0x00), "@@@"),
                single("gsmAtInMiddle", "22376100005", 1, 0x00, bytes('o', 'b', 's', 0x00, 'b', 'v', '5'), "obs@bv5"),
                single("gsmExtensionTable", "22376100006", 1, 0x00,
                        bytes(0x1B, 0x3C, '1', 0x1B, 0x3E, 0x1B, 0x3D, 0x1B, 0x2F, 0x1B, 0x40, 0x1B, 0x14, 0x1B, 0x65),
                        "[1]~\\|^€"),
                single("gsmFrenchAccents", "22376100007", 1, 0x00,
                        bytes(0x05, ' ', 0x04, ' ', 0x7F, ' ', 0x06, ' ', 0x1F, ' ', 0x09), "é è à ù É Ç"),
                single("gsmCurrencySymbols", "22376100008", 1, 0x00, bytes(0x01, 0x02, 0x03, 0x11), "£$¥_"),
                single("ia5Ascii", "22376100009", 1, 0x01, ascii("id 42 @ Gao {ok}"), "id 42 @ Gao {ok}"),
                single("latin1FrenchAccents", "22376100010", 1, 0x03, latin1("ç â ê î ô û é è à ù"),
                        "ç â ê î ô û é è à ù"),
                single("cyrillicIso88595", "22376100011", 1, 0x06, "Привет".getBytes(Charset.forName("ISO-8859-5")),
                        "Привет"),
                single("ucs2FrenchAndBambara", "22376100012", 1, 0x08, ucs2("Bureau fermé à 18h, ça va. ɲɛ ɔ ŋ"),
                        "Bureau fermé à 18h, ça va. ɲɛ ɔ ŋ"),
                single("ucs2BambaraCapitals", "22376100013", 1, 0x08, ucs2("ɛ ɔ ɲ ŋ Ɛ Ɔ Ɲ Ŋ"), "ɛ ɔ ɲ ŋ Ɛ Ɔ Ɲ Ŋ"),
                single("ucs2SurrogatePair", "22376100014", 1, 0x08, ucs2("Vote 🗳 ok"), "Vote 🗳 ok"),
                single("classGroupGsmClass0", "22376100015", 1, 0xF0, ascii("Alerte"), "Alerte"),
                single("classGroupGsmClass1", "22376100016", 1, 0xF1, ascii("Bureau 3"), "Bureau 3"),
                single("generalGroupGsmClass1", "22376100017", 1, 0x11, bytes('G', 'a', 'o', ' ', 0x1B, 0x65), "Gao €"),
                single("generalGroupUcs2Class0", "22376100018", 1, 0x18, ucs2("ɲɔgɔn"), "ɲɔgɔn"),
                single("messageWaitingUcs2", "22376100019", 1, 0xE0, ucs2("ŋ"), "ŋ"),
                binary("octetUnspecifiedBinary", "22376100020", 0x04, bytes(0x00, 0xFF, 0x10)),
                binary("classGroupEightBitClass2", "22376100021", 0xF6, bytes(0xCA, 0xFE)),
                binary("octetUnspecifiedText", "22376100037", 0x02, bytes(0x41, 0x42, 0x00)),
                single("hebrewIso88598", "22376100038", 1, 0x07, "שלום".getBytes(Charset.forName("ISO-8859-8")),
                        "שלום"),
                // JIS, pictogram, ISO-2022-JP, extended kanji, KS C 5601 and compressed text are not decoded.
                binary("jisNotDecoded", "22376100039", 0x05, bytes(0x30, 0x42)),
                binary("pictogramNotDecoded", "22376100040", 0x09, bytes(0x01)),
                binary("iso2022JpNotDecoded", "22376100041", 0x0A, bytes(0x1B, 0x24, 0x42)),
                binary("extendedKanjiNotDecoded", "22376100042", 0x0D, bytes(0x21, 0x21)),
                binary("ksc5601NotDecoded", "22376100043", 0x0E, bytes(0xB0, 0xA1)),
                binary("compressedNotDecoded", "22376100044", 0x30, bytes(0x01, 0x02)),
                shape("gsmTwoParts8BitRef", "22376100022", GSM_LONG, false,
                        udhPdu(0x00, udh8(0x2A, 2, 1), Arrays.copyOfRange(gsmLong, 0, 153)),
                        udhPdu(0x00, udh8(0x2A, 2, 2), Arrays.copyOfRange(gsmLong, 153, gsmLong.length))),
                shape("gsmEscapeStraddlesParts", "22376100023", "Prix: 5€ par bulletin", false,
                        udhPdu(0x00, udh8(7, 2, 1), concat(ascii("Prix: 5"), bytes(0x1B))),
                        udhPdu(0x00, udh8(7, 2, 2), concat(bytes(0x65), ascii(" par bulletin")))),
                shape("ucs2ThreePartsReverseOrder", "22376100024", ucs2Third + ucs2Third + ucs2Third, false,
                        udhPdu(0x08, udh8(9, 3, 3), ucs2(ucs2Third)),
                        udhPdu(0x08, udh8(9, 3, 2), ucs2(ucs2Third)),
                        udhPdu(0x08, udh8(9, 3, 1), ucs2(ucs2Third))),
                shape("ucs2SurrogatePairStraddlesParts", "22376100025", "Urne 🗳 scellée", false,
                        udhPdu(0x08, udh8(4, 2, 1), Arrays.copyOfRange(ballotBox, 0, 12)),
                        udhPdu(0x08, udh8(4, 2, 2), Arrays.copyOfRange(ballotBox, 12, ballotBox.length))),
                shape("gsm16BitRefReverseOrder", "22376100026", "Partie un, partie deux", false,
                        udhPdu(0x00, udh16(0x1234, 2, 2), ascii(" partie deux")),
                        udhPdu(0x00, udh16(0x1234, 2, 1), ascii("Partie un,"))),
                shape("ucs2With16BitRef", "22376100027", BAMBARA, false,
                        udhPdu(0x08, udh16(0xBEEF, 2, 1), Arrays.copyOfRange(ucs2(BAMBARA), 0, 16)),
                        udhPdu(0x08, udh16(0xBEEF, 2, 2), Arrays.copyOfRange(ucs2(BAMBARA), 16, ucs2(BAMBARA).length))),
                shape("sarTlvReverseOrder", "22376100028", "Rapport SAR: tout est calme a Sikasso", false,
                        sar(0x00, Arrays.copyOfRange(sarText, 20, sarText.length), 0x0102, 2, 2),
                        sar(0x00, Arrays.copyOfRange(sarText, 0, 20), 0x0102, 2, 1)),
                shape("sarTlvUcs2", "22376100029", BAMBARA, false,
                        sar(0x08, Arrays.copyOfRange(ucs2(BAMBARA), 0, 14), 77, 2, 1),
                        sar(0x08, Arrays.copyOfRange(ucs2(BAMBARA), 14, ucs2(BAMBARA).length), 77, 2, 2)),
                shape("messagePayloadGsm", "22376100030", GSM_LONG + GSM_LONG, false,
                        new Pdu(false, 0x00, 0x00, new byte[0], payload(ascii(GSM_LONG + GSM_LONG)))),
                shape("messagePayloadUcs2", "22376100031", BAMBARA + " 🗳", false,
                        new Pdu(false, 0x00, 0x08, new byte[0], payload(ucs2(BAMBARA + " 🗳")))),
                shape("dataSmMessagePayload", "22376100032", "Par data sm: bureau 9 ferme", false,
                        new Pdu(true, 0x00, 0x00, new byte[0], payload(ascii("Par data sm: bureau 9 ferme")))),
                shape("duplicatePartIgnored", "22376100033", "Un deux", false,
                        udhPdu(0x00, udh8(8, 2, 1), ascii("Un")),
                        udhPdu(0x00, udh8(8, 2, 1), ascii("Un")),
                        udhPdu(0x00, udh8(8, 2, 2), ascii(" deux"))),
                shape("udhPortElementIgnored", "22376100034", "Port et concat", false,
                        new Pdu(false, 0x40, 0x00, concat(bytes(0x0B, 0x05, 0x04, 0x0B, 0x84, 0x23, 0xF0),
                                bytes(0x00, 0x03, 0x11, 0x02, 0x01), ascii("Port et"))),
                        udhPdu(0x00, udh8(0x11, 2, 2), ascii(" concat"))),
                shape("lostMiddlePart", "22376100035", "Un[...]trois", true,
                        udhPdu(0x00, udh8(1, 3, 1), ascii("Un")),
                        udhPdu(0x00, udh8(1, 3, 3), ascii("trois"))),
                shape("lostLastPartUcs2", "22376100036", "bɛ ɲɔ[...]", true,
                        udhPdu(0x08, udh8(2, 2, 1), ucs2("bɛ ɲɔ"))));
    }

    private static Shape single(String name, String sender, int ton, int dataCoding, byte[] shortMessage,
                                String text) {
        return new Shape(name, sender, ton, text, HexFormat.of().formatHex(shortMessage), false,
                List.of(new Pdu(false, 0x00, dataCoding, shortMessage)));
    }

    private static Shape binary(String name, String sender, int dataCoding, byte[] shortMessage) {
        return new Shape(name, sender, 1, null, HexFormat.of().formatHex(shortMessage), false,
                List.of(new Pdu(false, 0x00, dataCoding, shortMessage)));
    }

    private static Shape shape(String name, String sender, String text, boolean partial, Pdu... pdus) {
        return new Shape(name, sender, 1, text, null, partial, List.of(pdus));
    }

    private static Pdu udhPdu(int dataCoding, byte[] header, byte[] payload) {
        return new Pdu(false, 0x40, dataCoding, concat(header, payload));
    }

    private static Pdu sar(int dataCoding, byte[] shortMessage, int reference, int total, int sequence) {
        return new Pdu(false, 0x00, dataCoding, shortMessage, OptionalParameters.newSarMsgRefNum((short) reference),
                OptionalParameters.newSarTotalSegments(total), OptionalParameters.newSarSegmentSeqnum(sequence));
    }

    private static OptionalParameter payload(byte[] value) {
        return new OptionalParameter.OctetString((short) 0x0424, value);
    }

    private static byte[] udh8(int reference, int total, int sequence) {
        return bytes(0x05, 0x00, 0x03, reference, total, sequence);
    }

    private static byte[] udh16(int reference, int total, int sequence) {
        return bytes(0x06, 0x08, 0x04, reference >> 8, reference & 0xFF, total, sequence);
    }

    private static byte[] bytes(int... values) {
        byte[] result = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            result[i] = (byte) values[i];
        }
        return result;
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] latin1(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static byte[] ucs2(String text) {
        return text.getBytes(StandardCharsets.UTF_16BE);
    }
}
