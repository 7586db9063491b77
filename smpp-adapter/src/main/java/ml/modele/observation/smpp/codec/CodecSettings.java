package ml.modele.observation.smpp.codec;

import java.util.Objects;

/**
 * Per-SMSC settings of the codec, fixed by the operator agreement.
 *
 * @param smscDefaultAlphabet alphabet that data_coding 0 (SMSC default) means: GSM7, LATIN1 or ASCII
 * @param gsmPacking          how GSM 7-bit user data is laid out in the PDU, inbound and outbound
 */
public record CodecSettings(Alphabet smscDefaultAlphabet, GsmPacking gsmPacking) {

    /** GSM 7-bit for data_coding 0, one septet per octet: what most SMSCs use. */
    public static final CodecSettings DEFAULT = new CodecSettings(Alphabet.GSM7, GsmPacking.UNPACKED);

    public CodecSettings {
        Objects.requireNonNull(smscDefaultAlphabet, "smscDefaultAlphabet");
        Objects.requireNonNull(gsmPacking, "gsmPacking");
        if (smscDefaultAlphabet != Alphabet.GSM7
                && smscDefaultAlphabet != Alphabet.LATIN1
                && smscDefaultAlphabet != Alphabet.ASCII) {
            throw new IllegalArgumentException("Invalid SMSC default alphabet " + smscDefaultAlphabet
                    + ": expected GSM7, LATIN1 or ASCII");
        }
    }
}
