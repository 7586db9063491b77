package ml.modele.observation.domain.submission;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class AttachmentTypeTest {

    @Test
    void recognisesPdfJpegAndPng() {
        assertEquals(Optional.of(AttachmentType.PDF),
                AttachmentType.of("%PDF-1.7\n%âãÏÓ\n".getBytes(StandardCharsets.ISO_8859_1)));
        assertEquals(Optional.of(AttachmentType.JPEG),
                AttachmentType.of(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16}));
        assertEquals(Optional.of(AttachmentType.PNG),
                AttachmentType.of(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0}));
        assertEquals("application/pdf", AttachmentType.PDF.mediaType());
    }

    @Test
    void rejectsOtherContent() {
        assertTrue(AttachmentType.of("GIF89a".getBytes(StandardCharsets.US_ASCII)).isEmpty());
        assertTrue(AttachmentType.of("Rapport de la semaine".getBytes(StandardCharsets.UTF_8)).isEmpty());
        assertTrue(AttachmentType.of("%PD".getBytes(StandardCharsets.US_ASCII)).isEmpty());
        assertTrue(AttachmentType.of(new byte[0]).isEmpty());
        assertTrue(AttachmentType.of(null).isEmpty());
    }
}
