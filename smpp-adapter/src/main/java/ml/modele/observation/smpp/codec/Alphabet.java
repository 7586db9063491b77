package ml.modele.observation.smpp.codec;

/**
 * Character set of a short message's user data, as selected by its data_coding.
 */
public enum Alphabet {
    /** GSM 03.38 default alphabet with its extension table (3GPP TS 23.038), one septet per character. */
    GSM7,
    /** IA5, that is US-ASCII (SMPP 3.4 data_coding 0x01). */
    ASCII,
    /** ISO-8859-1 (SMPP 3.4 data_coding 0x03). */
    LATIN1,
    /** ISO-8859-5 (SMPP 3.4 data_coding 0x06). */
    CYRILLIC,
    /** ISO-8859-8 (SMPP 3.4 data_coding 0x07). */
    HEBREW,
    /** UCS-2, decoded as UTF-16BE so that surrogate pairs survive (SMPP 3.4 data_coding 0x08). */
    UCS2,
    /** 8-bit binary data that is not text. */
    BINARY,
    /** A coding this codec cannot turn into text, such as compressed or JIS text; the bytes are kept. */
    UNSUPPORTED;

    /** Returns true when user data in this alphabet is decoded to text. */
    public boolean isText() {
        return this != BINARY && this != UNSUPPORTED;
    }
}
