package ml.modele.observation.domain.submission;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class ImageTypeTest {

    @Test
    void recognisesJpegByBytes() {
        byte[] jpeg = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10};

        assertEquals(Optional.of(ImageType.JPEG), ImageType.of(jpeg));
    }

    @Test
    void recognisesPngByBytes() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D};

        assertEquals(Optional.of(ImageType.PNG), ImageType.of(png));
    }

    @Test
    void rejectsTextNamedLikeImage() {
        assertTrue(ImageType.of("PV du bureau 12".getBytes(StandardCharsets.UTF_8)).isEmpty());
    }

    @Test
    void rejectsTruncatedSignature() {
        assertTrue(ImageType.of(new byte[] {(byte) 0x89, 'P', 'N'}).isEmpty());
        assertTrue(ImageType.of(new byte[0]).isEmpty());
        assertTrue(ImageType.of(null).isEmpty());
    }
}
