package ml.modele.observation.smpp.codec;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * GSM 7-bit default alphabet and its extension table (3GPP TS 23.038, section 6.2.1).
 *
 * <p>Text is handled as septets, one per byte with the top bit clear; {@link #pack} and
 * {@link #unpack} convert to and from the packed air-interface form. An extension character
 * takes two septets: the escape 0x1B and its code in the extension table. The code 0x00 is
 * '@' and is an ordinary character here, never a terminator.
 */
public final class Gsm7 {

    /** Escape to the extension table. */
    public static final int ESCAPE = 0x1B;

    private static final char[] BASIC = (
            "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞ\u001BÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
            + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà").toCharArray();

    private static final Map<Character, Integer> BASIC_CODES = new HashMap<>();
    private static final Map<Character, Integer> EXTENSION_CODES = new HashMap<>();
    private static final char[] EXTENSION = new char[128];

    static {
        for (int code = 0; code < BASIC.length; code++) {
            if (code != ESCAPE) {
                BASIC_CODES.put(BASIC[code], code);
            }
        }
        addExtension(0x0A, '\f');
        addExtension(0x14, '^');
        addExtension(0x28, '{');
        addExtension(0x29, '}');
        addExtension(0x2F, '\\');
        addExtension(0x3C, '[');
        addExtension(0x3D, '~');
        addExtension(0x3E, ']');
        addExtension(0x40, '|');
        addExtension(0x65, '€');
    }

    private Gsm7() {
    }

    /** Returns true when every character of the text is in the basic or the extension table. */
    public static boolean canEncode(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            if (septetLength(text.charAt(i)) == 0) {
                return false;
            }
        }
        return true;
    }

    /** Returns the number of septets for a character: 1 (basic table), 2 (extension table) or 0 (not encodable). */
    public static int septetLength(char c) {
        if (BASIC_CODES.containsKey(c)) {
            return 1;
        }
        return EXTENSION_CODES.containsKey(c) ? 2 : 0;
    }

    /** Returns the number of septets the text takes, counting each extension character as 2. */
    public static int septetCount(CharSequence text) {
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            int length = septetLength(text.charAt(i));
            if (length == 0) {
                throw notEncodable(text, i);
            }
            count += length;
        }
        return count;
    }

    /**
     * Encodes text to septets, one per byte.
     *
     * @throws IllegalArgumentException when a character is in neither table; check with {@link #canEncode} first
     */
    public static byte[] encode(CharSequence text) {
        ByteArrayOutputStream septets = new ByteArrayOutputStream(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            Integer code = BASIC_CODES.get(c);
            if (code != null) {
                septets.write(code);
                continue;
            }
            Integer extension = EXTENSION_CODES.get(c);
            if (extension == null) {
                throw notEncodable(text, i);
            }
            septets.write(ESCAPE);
            septets.write(extension);
        }
        return septets.toByteArray();
    }

    /**
     * Decodes septets, one per byte.
     *
     * <p>As 3GPP TS 23.038 requires of a receiver, an escape followed by a code that the extension
     * table does not define shows the basic-table character of that code, and an escape followed
     * by another escape, or at the end, shows a space. A byte above 0x7F is not a septet and
     * decodes to U+FFFD.
     */
    public static String decode(byte[] septets) {
        StringBuilder text = new StringBuilder(septets.length);
        int i = 0;
        while (i < septets.length) {
            int code = septets[i] & 0xFF;
            i++;
            if (code > 0x7F) {
                text.append('\uFFFD');
            } else if (code != ESCAPE) {
                text.append(BASIC[code]);
            } else if (i == septets.length) {
                text.append(' ');
            } else {
                int extension = septets[i] & 0xFF;
                i++;
                text.append(decodeExtension(extension));
            }
        }
        return text.toString();
    }

    /**
     * Packs septets into octets, low bits first, after {@code fillBits} zero bits.
     * The fill bits align the first septet after a user data header to a septet boundary.
     *
     * <p>When 7 bits are left spare at the end, they are set to CR, and a final CR that ends
     * exactly on an octet boundary gets a second CR, so that {@link #unpackAll} can tell padding
     * from text. 3GPP TS 23.038 gives this rule for USSD packing. An SMS on the air carries a
     * septet count instead, but SMPP's sm_length counts octets, so the same ambiguity returns.
     */
    public static byte[] pack(byte[] septets, int fillBits) {
        checkFillBits(fillBits);
        septets = padWithCarriageReturn(septets, fillBits);
        int totalBits = fillBits + septets.length * 7;
        byte[] octets = new byte[(totalBits + 7) / 8];
        int bit = fillBits;
        for (byte septet : septets) {
            int value = septet & 0x7F;
            int index = bit / 8;
            int shift = bit % 8;
            octets[index] |= (byte) (value << shift);
            if (shift > 1) {
                octets[index + 1] |= (byte) (value >> (8 - shift));
            }
            bit += 7;
        }
        return octets;
    }

    /**
     * Unpacks septets from packed octets.
     *
     * @param octets       packed data
     * @param offset       index of the first octet to read
     * @param fillBits     zero bits to skip before the first septet, 0-6
     * @param septetCount  septets to read; they must fit in the octets from {@code offset}
     */
    public static byte[] unpack(byte[] octets, int offset, int fillBits, int septetCount) {
        checkFillBits(fillBits);
        long availableBits = (long) (octets.length - offset) * 8 - fillBits;
        if (offset < 0 || septetCount < 0 || (long) septetCount * 7 > availableBits) {
            throw new IllegalArgumentException("Cannot unpack " + septetCount + " septets from "
                    + (octets.length - offset) + " octets after " + fillBits + " fill bits");
        }
        byte[] septets = new byte[septetCount];
        int bit = offset * 8 + fillBits;
        for (int s = 0; s < septetCount; s++) {
            int index = bit / 8;
            int shift = bit % 8;
            int value = (octets[index] & 0xFF) >> shift;
            if (shift > 1) {
                value |= (octets[index + 1] & 0xFF) << (8 - shift);
            }
            septets[s] = (byte) (value & 0x7F);
            bit += 7;
        }
        return septets;
    }

    /**
     * Unpacks all the septets that the octets after {@code offset} hold.
     *
     * <p>When the data ends on an octet boundary with CR as the last septet, that CR is taken as
     * padding and dropped, following the USSD packing rule of 3GPP TS 23.038 (see {@link #pack}).
     */
    public static byte[] unpackAll(byte[] octets, int offset, int fillBits) {
        int septetCount = ((octets.length - offset) * 8 - fillBits) / 7;
        byte[] septets = unpack(octets, offset, fillBits, septetCount);
        boolean sevenSpareBits = ((octets.length - offset) * 8 - fillBits) % 7 == 0;
        if (sevenSpareBits && septetCount > 0 && septets[septetCount - 1] == '\r') {
            // NOTE: when the sender left the 7 spare bits zero instead, they decode to a final '@'.
            return Arrays.copyOf(septets, septetCount - 1);
        }
        return septets;
    }

    /** Returns the fill bits that align septets after a user data header of {@code udhOctets} octets. */
    public static int fillBits(int udhOctets) {
        return (7 - (udhOctets * 8) % 7) % 7;
    }

    private static byte[] padWithCarriageReturn(byte[] septets, int fillBits) {
        int bits = fillBits + septets.length * 7;
        boolean sevenSpareBits = bits % 8 == 1;
        boolean finalCarriageReturnOnBoundary = bits % 8 == 0 && septets.length > 0
                && septets[septets.length - 1] == '\r';
        if (!sevenSpareBits && !finalCarriageReturnOnBoundary) {
            return septets;
        }
        byte[] padded = Arrays.copyOf(septets, septets.length + 1);
        padded[septets.length] = '\r';
        return padded;
    }

    private static char decodeExtension(int extension) {
        if (extension > 0x7F) {
            return '\uFFFD';
        }
        if (EXTENSION[extension] != 0) {
            return EXTENSION[extension];
        }
        return extension == ESCAPE ? ' ' : BASIC[extension];
    }

    private static void addExtension(int code, char c) {
        EXTENSION[code] = c;
        EXTENSION_CODES.put(c, code);
    }

    private static void checkFillBits(int fillBits) {
        if (fillBits < 0 || fillBits > 6) {
            throw new IllegalArgumentException("Invalid fill bits " + fillBits + ": expected 0-6");
        }
    }

    private static IllegalArgumentException notEncodable(CharSequence text, int index) {
        char c = text.charAt(index);
        return new IllegalArgumentException(String.format(
                "Character U+%04X at index %d is not in the GSM 7-bit alphabet", (int) c, index));
    }
}
