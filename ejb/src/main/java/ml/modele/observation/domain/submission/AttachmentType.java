package ml.modele.observation.domain.submission;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * File formats accepted as attachments of a periodic report, recognised by their first bytes
 * whatever the file name says: PDF documents and JPEG or PNG photos.
 */
public enum AttachmentType {
    PDF("application/pdf", "%PDF-".getBytes(StandardCharsets.US_ASCII)),
    JPEG("image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
    PNG("image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});

    private final String mediaType;
    private final byte[] signature;

    AttachmentType(String mediaType, byte[] signature) {
        this.mediaType = mediaType;
        this.signature = signature;
    }

    /** Returns the format whose signature starts the content. */
    public static Optional<AttachmentType> of(byte[] content) {
        for (AttachmentType type : values()) {
            if (type.matches(content)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    public String mediaType() {
        return mediaType;
    }

    private boolean matches(byte[] content) {
        return FileSignature.matches(content, signature);
    }
}
