package ml.modele.observation.smpp.codec;

import java.util.HexFormat;

/**
 * Thrown when a user data header (3GPP TS 23.040, section 9.2.3.24) does not fit its own lengths.
 * The message names the offending bytes in hex.
 */
public class MalformedUdhException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public MalformedUdhException(String problem, byte[] userData) {
        super("Malformed user data header: " + problem + " in bytes " + hexPrefix(userData));
    }

    private static String hexPrefix(byte[] userData) {
        int shown = Math.min(userData.length, 32);
        String hex = HexFormat.ofDelimiter(" ").formatHex(userData, 0, shown);
        return userData.length > shown ? hex + " ... (" + userData.length + " bytes)" : hex;
    }
}
