package ml.modele.observation.domain.submission;

import java.util.Optional;

/** Image formats accepted for a photo of a result sheet, recognised by their first bytes. */
public enum ImageType {
    JPEG("image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
    PNG("image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});

    private final String mediaType;
    private final byte[] signature;

    ImageType(String mediaType, byte[] signature) {
        this.mediaType = mediaType;
        this.signature = signature;
    }

    /** Returns the format whose signature starts the content, whatever the file name says. */
    public static Optional<ImageType> of(byte[] content) {
        for (ImageType type : values()) {
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
