package ml.modele.observation.domain.submission;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * File formats accepted as attachments of a periodic report, recognised by their first bytes
 * whatever the file name says: PDF documents and the photo formats of {@link ImageType}.
 */
public enum AttachmentType {
    PDF("application/pdf"),
    JPEG(ImageType.JPEG.mediaType()),
    PNG(ImageType.PNG.mediaType());

    private static final byte[] PDF_SIGNATURE = "%PDF-".getBytes(StandardCharsets.US_ASCII);

    private final String mediaType;

    AttachmentType(String mediaType) {
        this.mediaType = mediaType;
    }

    /** Returns the format whose signature starts the content. */
    public static Optional<AttachmentType> of(byte[] content) {
        if (FileSignature.matches(content, PDF_SIGNATURE)) {
            return Optional.of(PDF);
        }
        return ImageType.of(content).map(image -> valueOf(image.name()));
    }

    public String mediaType() {
        return mediaType;
    }
}
