package ml.modele.observation.smpp.codec;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Decodes the user data of a short message according to its data_coding.
 * The decoder is stateless and safe to share between threads.
 */
public final class TextDecoder {

    private final CodecSettings settings;

    public TextDecoder(CodecSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /** Returns the settings this decoder uses. */
    public CodecSettings settings() {
        return settings;
    }

    /** Parses a data_coding octet with this SMSC's meaning of 0. */
    public DataCoding dataCoding(int dataCoding) {
        return DataCoding.parse(dataCoding, settings.smscDefaultAlphabet());
    }

    /**
     * Decodes user data that carries no user data header.
     *
     * <p>GSM 7-bit data must be one septet per byte: {@link PartExtractor} unpacks packed data
     * before it gets here. Invalid bytes, such as an odd last byte of UCS-2 or a byte above 0x7F
     * in ASCII, decode to U+FFFD rather than failing, so the rest of the message is kept.
     *
     * @param dataCoding data_coding of the PDU, 0-255
     * @param userData   short_message or message_payload without the user data header
     */
    public DecodedText decode(int dataCoding, byte[] userData) {
        DataCoding coding = dataCoding(dataCoding);
        return new DecodedText(decodeText(coding.alphabet(), userData), coding, userData);
    }

    private static String decodeText(Alphabet alphabet, byte[] userData) {
        return switch (alphabet) {
            case GSM7 -> Gsm7.decode(userData);
            case ASCII -> new String(userData, StandardCharsets.US_ASCII);
            case LATIN1 -> new String(userData, StandardCharsets.ISO_8859_1);
            case CYRILLIC -> new String(userData, Charset.forName("ISO-8859-5"));
            case HEBREW -> new String(userData, Charset.forName("ISO-8859-8"));
            // UTF-16BE is a superset of UCS-2 that also joins surrogate pairs.
            case UCS2 -> new String(userData, StandardCharsets.UTF_16BE);
            case BINARY, UNSUPPORTED -> null;
        };
    }
}
