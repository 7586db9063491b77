package ml.modele.observation.infrastructure.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.Result;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BadgeRendererTest {

    private static final String URL = "http://127.0.0.1:8080/observation/verify/0123456789ABCDEFGHJKMNPQRS";

    @TempDir
    Path folder;

    @Test
    void printsNameBadgeAndAccents() throws Exception {
        Path pdf = render();

        String text = run("pdftotext", "-layout", pdf.toString(), "-");

        assertTrue(text.contains("Aïssata Coulibaly-Sène"), text);
        assertTrue(text.contains("AIGE-2023-000417"), text);
        assertTrue(text.contains("Observateur de court terme (OCT)"), text);
        assertTrue(text.contains("Référendum constitutionnel du 18 juin 2023"), text);
        assertTrue(text.contains("Bureau de vote ML05010101-001-02"), text);
        assertTrue(text.contains("Observateur électoral accrédité"), text);
    }

    @Test
    void embedsDejaVuFont() throws Exception {
        String fonts = run("pdffonts", render().toString());

        assertTrue(fonts.contains("DejaVuSans"), fonts);
        assertTrue(fonts.lines().filter(line -> line.contains("DejaVu")).allMatch(line -> line.contains(" yes ")),
                fonts);
    }

    @Test
    void qrCodeDecodesToVerificationUrl() throws Exception {
        Path pdf = render();
        run("pdftoppm", "-r", "200", "-png", "-f", "1", "-l", "1", pdf.toString(), folder.resolve("page").toString());
        File page = Files.list(folder).filter(p -> p.toString().endsWith(".png")).findFirst().orElseThrow().toFile();

        assertEquals(URL, decode(ImageIO.read(page)));
    }

    private Path render() throws IOException {
        BadgeCard card = new BadgeCard("Aïssata Coulibaly-Sène", "AJCAD", "Observateur de court terme (OCT)",
                "Bureau de vote ML05010101-001-02, École fondamentale de Sévaré", "AIGE-2023-000417",
                "Référendum constitutionnel du 18 juin 2023", URL);
        byte[] bytes = new BadgeRenderer(new ReportRenderer()).pdf(List.of(card), Locale.FRENCH, "Badge");
        Path pdf = folder.resolve("badge.pdf");
        Files.write(pdf, bytes);
        return pdf;
    }

    static String decode(BufferedImage image) throws Exception {
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        RGBLuminanceSource source = new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels);
        Result result = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(source)),
                Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE));
        return result.getText();
    }

    private static String run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), String.join(" ", command));
        assertEquals(0, process.exitValue(), output);
        return output;
    }
}
