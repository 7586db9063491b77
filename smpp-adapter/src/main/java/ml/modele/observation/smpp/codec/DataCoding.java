package ml.modele.observation.smpp.codec;

/**
 * The meaning of one data_coding octet.
 *
 * <p>Values 0x00 to 0x0F follow the SMPP 3.4 table (section 5.2.19), where 0x00 is the SMSC default
 * alphabet. Values from 0x10 up follow the coding groups of 3GPP TS 23.038, section 4.
 * In the general groups 0x10-0x7F, bits 3-2 give the alphabet, bit 5 marks compression, and
 * bits 1-0 give the class when bit 4 is set. The message waiting groups 0xC0-0xEF carry GSM 7-bit
 * or UCS-2 text. In the message class group 0xF0-0xFF, bit 2 selects 8-bit data over GSM 7-bit
 * and bits 1-0 give the class. The reserved group 0x80-0xBF is UNSUPPORTED.
 *
 * <p>The SMPP table takes precedence for 0x00-0x0F, so 0x03 is Latin-1 here although the
 * general group of 3GPP TS 23.038 would read it as GSM 7-bit.
 *
 * @param value        the octet as sent, 0-255
 * @param alphabet     alphabet of the user data
 * @param messageClass class that the octet sets, or NONE
 * @param compressed   true when the text is compressed (3GPP TS 23.042), which this codec does not decode
 */
public record DataCoding(int value, Alphabet alphabet, MessageClass messageClass, boolean compressed) {

    public static final int SMSC_DEFAULT = 0x00;
    public static final int IA5 = 0x01;
    public static final int LATIN1 = 0x03;
    public static final int OCTET_UNSPECIFIED = 0x04;
    public static final int UCS2 = 0x08;

    /**
     * Parses a data_coding octet.
     *
     * @param value               data_coding, 0-255
     * @param smscDefaultAlphabet alphabet that value 0 means for this SMSC
     */
    public static DataCoding parse(int value, Alphabet smscDefaultAlphabet) {
        if (value < 0 || value > 0xFF) {
            throw new IllegalArgumentException("Invalid data_coding " + value + ": expected 0-255");
        }
        if (value <= 0x0F) {
            return new DataCoding(value, smppAlphabet(value, smscDefaultAlphabet), MessageClass.NONE, false);
        }
        if (value <= 0x7F) {
            return generalGroup(value);
        }
        if (value <= 0xBF) {
            return new DataCoding(value, Alphabet.UNSUPPORTED, MessageClass.NONE, false);
        }
        if (value <= 0xDF) {
            // Message waiting indication groups, discard or store: GSM 7-bit text.
            return new DataCoding(value, Alphabet.GSM7, MessageClass.NONE, false);
        }
        if (value <= 0xEF) {
            // Message waiting indication group, store: UCS-2 text.
            return new DataCoding(value, Alphabet.UCS2, MessageClass.NONE, false);
        }
        Alphabet alphabet = (value & 0x04) == 0 ? Alphabet.GSM7 : Alphabet.BINARY;
        return new DataCoding(value, alphabet, MessageClass.fromBits(value), false);
    }

    private static Alphabet smppAlphabet(int value, Alphabet smscDefaultAlphabet) {
        return switch (value) {
            case SMSC_DEFAULT -> smscDefaultAlphabet;
            case IA5 -> Alphabet.ASCII;
            case 0x02, OCTET_UNSPECIFIED -> Alphabet.BINARY;
            case LATIN1 -> Alphabet.LATIN1;
            case 0x06 -> Alphabet.CYRILLIC;
            case 0x07 -> Alphabet.HEBREW;
            case UCS2 -> Alphabet.UCS2;
            // 0x05 JIS, 0x09 pictogram, 0x0A ISO-2022-JP, 0x0D extended Kanji, 0x0E KS C 5601, others reserved.
            default -> Alphabet.UNSUPPORTED;
        };
    }

    private static DataCoding generalGroup(int value) {
        boolean compressed = (value & 0x20) != 0;
        MessageClass messageClass = (value & 0x10) != 0 ? MessageClass.fromBits(value) : MessageClass.NONE;
        Alphabet alphabet = switch ((value >> 2) & 0x03) {
            case 0 -> Alphabet.GSM7;
            case 1 -> Alphabet.BINARY;
            case 2 -> Alphabet.UCS2;
            default -> Alphabet.UNSUPPORTED;
        };
        if (compressed) {
            alphabet = Alphabet.UNSUPPORTED;
        }
        return new DataCoding(value, alphabet, messageClass, compressed);
    }
}
