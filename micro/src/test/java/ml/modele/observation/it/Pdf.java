package ml.modele.observation.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** Text of the PDFs that the platform prints, read with poppler's pdftotext. */
final class Pdf {

    private Pdf() {
    }

    /**
     * Returns the text of the PDF as pdftotext extracts it in reading order, with no-break and
     * narrow no-break spaces as plain spaces. Fails the test when pdftotext fails or runs longer
     * than 120 s.
     */
    static String text(byte[] pdf) throws Exception {
        Path file = Files.createTempFile("observation-it", ".pdf");
        try {
            Files.write(file, pdf);
            Process process = new ProcessBuilder("pdftotext", "-enc", "UTF-8", file.toString(), "-")
                    .redirectErrorStream(true).start();
            String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(process.waitFor(120, TimeUnit.SECONDS), "pdftotext did not finish");
            assertEquals(0, process.exitValue(), text);
            return text.replace('\u00A0', ' ').replace('\u202F', ' ');
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
