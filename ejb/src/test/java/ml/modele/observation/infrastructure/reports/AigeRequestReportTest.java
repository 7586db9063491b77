package ml.modele.observation.infrastructure.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ml.modele.observation.application.AigeRequestLine;

class AigeRequestReportTest {

    private static final Instant REQUESTED = Instant.parse("2023-06-01T09:30:00Z");
    private static final Instant PRINTED = Instant.parse("2023-06-02T10:00:00Z");

    @TempDir
    Path folder;

    @Test
    void pdfGroupsByRegionAndCercle() throws Exception {
        Path pdf = folder.resolve("aige.pdf");
        Files.write(pdf, new AigeRequestReport(new ReportRenderer()).pdf("Référendum constitutionnel du 18 juin 2023",
                lines(), Locale.FRENCH, PRINTED));

        String text = run("pdftotext", "-layout", pdf.toString(), "-");

        assertTrue(text.contains("Demande d'accréditation des observateurs à l'AIGE"), text);
        assertTrue(text.contains("Région : Ségou"), text);
        assertTrue(text.contains("Cercle : Ségou (région : Ségou)"), text);
        assertTrue(text.contains("Région : Tombouctou"), text);
        assertTrue(text.contains("Cercle : Goundam (région : Tombouctou)"), text);
        assertTrue(text.contains("Maïga Aïssata"), text);
        assertTrue(text.contains("Traoré Sékou"), text);
        assertTrue(text.contains("Données au 01/06/2023 09:30:00 (heure de Bamako)"), text);
        assertTrue(text.contains("Page 1 sur 1"), text);
        assertTrue(text.indexOf("Ségou") < text.indexOf("Tombouctou"), text);
    }

    @Test
    void workbookHasSameObservers() throws Exception {
        byte[] xlsx = new AigeRequestReport(new ReportRenderer()).xlsx("Référendum", lines(), Locale.FRENCH, PRINTED);

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheet = workbook.getSheetAt(0);
            assertEquals(5, sheet.getLastRowNum());
            assertEquals("Ségou", sheet.getRow(4).getCell(0).getStringCellValue());
            assertEquals("Maïga", sheet.getRow(4).getCell(3).getStringCellValue());
            assertEquals(1994, (int) sheet.getRow(4).getCell(6).getNumericCellValue());
            assertEquals("Goundam", sheet.getRow(5).getCell(1).getStringCellValue());
        }
    }

    private static List<AigeRequestLine> lines() {
        return List.of(
                new AigeRequestLine("ML04", "Ségou", "ML0401", "Ségou", "100017", "Maïga", "Aïssata", "F", 1994,
                        "Tuwindi", "SHORT_TERM", "Pelengana", "ML-1994-0001", "+22376000001", "ML04010101-001-01",
                        REQUESTED),
                new AigeRequestLine("ML06", "Tombouctou", "ML0603", "Goundam", "100025", "Traoré", "Sékou", "M", 1988,
                        "AJCAD", "LONG_TERM", "Goundam", null, null, null, REQUESTED.minusSeconds(60)));
    }

    private static String run(String... command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), String.join(" ", command));
        assertEquals(0, process.exitValue(), output);
        return output;
    }
}
