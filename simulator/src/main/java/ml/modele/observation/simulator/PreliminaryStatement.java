package ml.modele.observation.simulator;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

import jakarta.json.JsonObject;

/**
 * The preliminary statement (déclaration préliminaire) that ends the simulated day. It goes
 * through the communiqué workflow of the screens: the press officer drafts it, the mission chief
 * approves it and the press officer publishes it. Its French PDF is then read with pdftotext.
 */
final class PreliminaryStatement {

    private static final Logger LOG = Logger.getLogger(PreliminaryStatement.class.getName());
    private static final long PDFTOTEXT_TIMEOUT_SECONDS = 60;

    private final PlatformClient press;
    private final PlatformClient chief;

    PreliminaryStatement(SimulatorOptions options) {
        this.press = new PlatformClient(options.platform(), options.pressUser(), options.demoPassword());
        this.chief = new PlatformClient(options.platform(), options.chiefUser(), options.demoPassword());
    }

    /** A published statement: its id, the duration of the publish request and the French PDF. */
    record Published(long id, long publishNanos, byte[] frenchPdf) {
    }

    /**
     * Drafts, approves and publishes a preliminary statement of the election and downloads its
     * French PDF.
     *
     * @throws IOException when the platform rejects a step, with the status and the platform's message
     */
    Published publish(long electionId) throws IOException, InterruptedException {
        JsonObject draft = press.post("communiques/draft/" + electionId,
                Map.of("kind", List.of("PRELIMINARY_STATEMENT"))).asJsonObject();
        long id = draft.getJsonNumber("id").longValue();

        chief.post("communiques/approve/" + id, Map.of());

        long start = System.nanoTime();
        JsonObject published = press.post("communiques/publish/" + id, Map.of()).asJsonObject();
        long publishNanos = System.nanoTime() - start;
        if (!"PUBLISHED".equals(published.getString("status", ""))) {
            throw new IOException("Communiqué " + id + " is " + published.getString("status", "without a status")
                    + " after the publish request, not PUBLISHED");
        }
        LOG.info("Preliminary statement " + id + " published in " + publishNanos / 1_000_000 + " ms");

        byte[] pdf = press.getBytes("communiques/pdf/" + id + "?lang=fr", "application/pdf");
        return new Published(id, publishNanos, pdf);
    }

    /**
     * Returns the text of a PDF as pdftotext (poppler-utils) extracts it with {@code -layout}. Without
     * that option pdftotext reads a table column by column, so the short label OUI of the estimates
     * table came out far from its figures.
     *
     * @throws IOException when pdftotext is not installed, fails or does not finish within a minute
     */
    static String pdfToText(byte[] pdf) throws IOException, InterruptedException {
        Path file = Files.createTempFile("preliminary-statement", ".pdf");
        try {
            Files.write(file, pdf);
            Process process;
            try {
                process = new ProcessBuilder("pdftotext", "-layout", "-enc", "UTF-8", file.toString(), "-")
                        .redirectErrorStream(true).start();
            } catch (IOException e) {
                throw new IOException("The pdftotext command was not found or could not start (" + e.getMessage()
                        + "); install poppler-utils (Debian: apt-get install poppler-utils) to check the"
                        + " preliminary statement", e);
            }
            byte[] output = process.getInputStream().readAllBytes();
            if (!process.waitFor(PDFTOTEXT_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException("pdftotext did not finish within " + PDFTOTEXT_TIMEOUT_SECONDS + " s");
            }
            String text = new String(output, StandardCharsets.UTF_8);
            if (process.exitValue() != 0) {
                throw new IOException("pdftotext failed with exit code " + process.exitValue() + ": "
                        + PlatformClient.abbreviate(text));
            }
            return text;
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
