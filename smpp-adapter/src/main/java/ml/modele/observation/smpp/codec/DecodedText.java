package ml.modele.observation.smpp.codec;

import java.util.HexFormat;
import java.util.Objects;

/**
 * User data after decoding.
 *
 * @param text       decoded text, or null when the alphabet is BINARY or UNSUPPORTED
 * @param dataCoding the data_coding the data was decoded with
 * @param userData   the bytes that were decoded; GSM 7-bit data is one septet per byte
 */
public record DecodedText(String text, DataCoding dataCoding, byte[] userData) {

    public DecodedText {
        Objects.requireNonNull(dataCoding, "dataCoding");
        userData = userData.clone();
    }

    /** Returns the alphabet the data was decoded with. */
    public Alphabet alphabet() {
        return dataCoding.alphabet();
    }

    @Override
    public byte[] userData() {
        return userData.clone();
    }

    /** Returns the user data as lower-case hex, for logging or storing binary messages. */
    public String hex() {
        return HexFormat.of().formatHex(userData);
    }
}
