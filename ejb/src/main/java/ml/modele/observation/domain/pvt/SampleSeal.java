package ml.modele.observation.domain.pvt;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * SHA-256 seal of a sample, published before election day so that anyone can check later
 * that the sample was not changed.
 *
 * <p>Byte layout of the hashed message: the sampled station codes sorted in ascending
 * {@link String#compareTo} order, each as its UTF-8 bytes followed by one line feed byte
 * (0x0A), then the seed as 8 bytes, big-endian two's complement. The seal is the digest in
 * lowercase hexadecimal (64 characters). Reserve stations are not part of the seal.
 */
public final class SampleSeal {

    private SampleSeal() {
    }

    /** Computes the seal of the given sampled station codes and seed. */
    public static String compute(List<String> stationCodes, long seed) {
        List<String> sorted = new ArrayList<>(stationCodes);
        sorted.sort(null);
        MessageDigest digest = sha256();
        for (String code : sorted) {
            digest.update(code.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) '\n');
        }
        digest.update(ByteBuffer.allocate(Long.BYTES).putLong(seed).array());
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            // Every Java SE platform must provide SHA-256 (MessageDigest class documentation).
            throw new IllegalStateException("SHA-256 is not available in this JVM", e);
        }
    }
}
