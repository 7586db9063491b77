package ml.modele.observation.smpp.codec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class Gsm7Test {

    private static final HexFormat HEX = HexFormat.of();

    @Test
    void encodesAtAsZero() {
        assertArrayEquals(new byte[] {0x00, 'a', 0x00}, Gsm7.encode("@a@"));
    }

    @Test
    void tableMatchesStandardPositions() {
        int[] codes = {0x00, 0x01, 0x10, 0x11, 0x1C, 0x1E, 0x24, 0x40, 0x5B, 0x5F, 0x60, 0x7B, 0x7E, 0x7F};
        String expected = "@£Δ_Æß¤¡Ä§¿äüà";
        for (int i = 0; i < codes.length; i++) {
            assertEquals(String.valueOf(expected.charAt(i)), Gsm7.decode(new byte[] {(byte) codes[i]}),
                    String.format("code 0x%02X", codes[i]));
        }
    }

    @Test
    void encodesExtensionWithEscape() {
        assertArrayEquals(new byte[] {0x1B, 0x65, 0x1B, 0x28, 0x1B, 0x29, 0x1B, 0x0A}, Gsm7.encode("€{}\f"));
    }

    @Test
    void canEncodeRejectsUnmappedCharacters() {
        assertTrue(Gsm7.canEncode("é è à ù É Ç €[]"));
        assertFalse(Gsm7.canEncode("ç"));
        assertFalse(Gsm7.canEncode("â"));
        assertFalse(Gsm7.canEncode("ɛ"));
        assertFalse(Gsm7.canEncode("🗳"));
    }

    @Test
    void encodeRejectsUnmappedCharacter() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> Gsm7.encode("aɲ"));
        assertTrue(error.getMessage().contains("U+0272 at index 1"), error.getMessage());
    }

    @Test
    void countsExtensionAsTwoSeptets() {
        assertEquals(6, Gsm7.septetCount("a€b^"));
    }

    @Test
    void packsKnownVector() {
        // "hellohello" packed, the example of 3GPP TS 23.038 implementations.
        assertEquals("e8329bfd4697d9ec37", HEX.formatHex(Gsm7.pack(Gsm7.encode("hellohello"), 0)));
    }

    @Test
    void unpacksKnownVector() {
        byte[] septets = Gsm7.unpackAll(HEX.parseHex("e8329bfd4697d9ec37"), 0, 0);
        assertEquals("hellohello", Gsm7.decode(septets));
    }

    @Test
    void packRoundTripsWithFillBits() {
        byte[] septets = Gsm7.encode("Bureau 5 @ Ségou: €20");
        for (int fill = 0; fill <= 6; fill++) {
            byte[] packed = Gsm7.pack(septets, fill);
            assertArrayEquals(septets, Gsm7.unpack(packed, 0, fill, septets.length), "fill bits " + fill);
        }
    }

    @Test
    void padsSevenSpareBitsWithCarriageReturn() {
        byte[] septets = Gsm7.encode("1234567");
        byte[] packed = Gsm7.pack(septets, 0);
        assertEquals(7, packed.length);
        assertEquals(0x1A, packed[6] & 0xFF, "last octet: '7' in bit 0 and CR in bits 7-1");
        assertEquals("1234567", Gsm7.decode(Gsm7.unpackAll(packed, 0, 0)));
    }

    @Test
    void keepsFinalCarriageReturnOnBoundary() {
        byte[] packed = Gsm7.pack(Gsm7.encode("1234567\r"), 0);
        assertEquals("1234567\r\r", Gsm7.decode(Gsm7.unpackAll(packed, 0, 0)));
    }

    @Test
    void fillBitsAfterConcatHeader() {
        assertEquals(1, Gsm7.fillBits(6));
        assertEquals(0, Gsm7.fillBits(7));
        assertEquals(0, Gsm7.fillBits(0));
    }

    @Test
    void decodesLoneEscapeAsSpace() {
        assertEquals("a ", Gsm7.decode(new byte[] {'a', 0x1B}));
        assertEquals(" b", Gsm7.decode(new byte[] {0x1B, 0x1B, 'b'}));
    }

    @Test
    void decodesHighByteAsReplacement() {
        assertEquals("a\uFFFD", Gsm7.decode(new byte[] {'a', (byte) 0x80}));
    }
}
