package ml.modele.observation.infrastructure.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;

import java.awt.image.BufferedImage;

import org.junit.jupiter.api.Test;

import ml.modele.observation.application.communique.CommuniqueSnapshot;
import ml.modele.observation.domain.communique.CommuniqueKind;

/** Renders real communiqué PDFs and reads them back with pdftotext and pdftoppm. */
class CommuniqueReportTest {

    private static final String HASH = "0123456789abcdef".repeat(4);
    private final CommuniqueReport report = new CommuniqueReport(new ReportRenderer(),
            new MissionBranding("Mission d'observation MODELE-Mali", Optional.empty()));

    @Test
    void preliminaryStatementPrintsFiguresInFrench() throws Exception {
        CommuniqueDocument document = new CommuniqueDocument(CommuniqueKind.PRELIMINARY_STATEMENT, 2, 1, true,
                CommuniqueFixtures.referendum(3), CommuniqueFixtures.narrative(2), "<p>Réformer la loi électorale.</p>",
                HASH);

        ReportRenderer.RenderedPdf pdf = report.render(document, Locale.FRENCH);
        String text = flat(SampleReportTest.pdfToText(pdf.pdf()));

        assertContains(text, "Mission d'observation MODELE-Mali");
        assertContains(text, "Déclaration préliminaire");
        assertContains(text, "Référendum constitutionnel du 18 juin 2023");
        assertContains(text, "La mission a déployé 3 080 observateurs");
        assertContains(text, "2 961 bureaux de vote sur 24 697");
        assertContains(text, "96,9 %");
        assertContains(text, "± 0,6 pt");
        assertContains(text, "38,2 %");
        assertContains(text, "[36,9 % ; 39,5 %]");
        assertContains(text, "Ménaka");
        assertContains(text, "Réformer la loi électorale.");
        assertContains(text, "Cette version corrige et remplace la version 1.");
        assertContains(text, "Dans la marge du PVT");
        assertContains(text, "niveau de confiance de 95 %");
        assertContains(text, "• Renforcer la formation des assesseurs");
        assertFalse(text.contains("PROJET"), text);
        assertEquals(pdf.pages(), count(text, "empreinte du contenu 0123456789ab"), text);
        assertEquals(pdf.pages(), count(text, "Données au 18/06/2026 21:30:00 (heure de Bamako)"), text);
        assertContains(text, "Page 1 / " + pdf.pages());
        assertContains(text, "Page " + pdf.pages() + " / " + pdf.pages());
    }

    @Test
    void narrativeTagsAreNotPrintedAsText() throws Exception {
        CommuniqueDocument document = new CommuniqueDocument(CommuniqueKind.PRELIMINARY_STATEMENT, 1, null, false,
                CommuniqueFixtures.referendum(1), "<p>Calme <b>général</b> à Kidal.</p>", "", HASH);

        String text = flat(SampleReportTest.pdfToText(report.render(document, Locale.FRENCH).pdf()));

        assertContains(text, "Calme général à Kidal.");
        assertFalse(text.contains("<b>"), text);
        assertContains(text, "PROJET — document non publié");
    }

    @Test
    void pvtStatementFollowsEnglishLocale() throws Exception {
        CommuniqueDocument document = new CommuniqueDocument(CommuniqueKind.PVT_RESULTS, 1, null, true,
                CommuniqueFixtures.referendum(1), "", "", HASH);

        String text = flat(SampleReportTest.pdfToText(report.render(document, Locale.ENGLISH).pdf()));

        assertContains(text, "Statement on the Parallel Vote Tabulation (PVT) results");
        assertContains(text, "96.9%");
        assertContains(text, "± 0.6 pp");
        assertContains(text, "Turnout");
        assertContains(text, "Page 1 / 1");
        assertFalse(text.contains("Mission summary"), text);
    }

    @Test
    void everyPageHasInk() throws Exception {
        CommuniqueDocument document = new CommuniqueDocument(CommuniqueKind.PRELIMINARY_STATEMENT, 1, null, true,
                CommuniqueFixtures.referendum(6), CommuniqueFixtures.narrative(6), "", HASH);
        ReportRenderer.RenderedPdf pdf = report.render(document, Locale.FRENCH);

        List<BufferedImage> pages = pagesAsImages(pdf.pdf());

        assertEquals(pdf.pages(), pages.size());
        assertTrue(pages.size() >= 2, "pages: " + pages.size());
        for (int i = 0; i < pages.size(); i++) {
            assertTrue(darkShare(pages.get(i)) > 0.005, "page " + (i + 1) + " is blank");
        }
    }

    @Test
    void snapshotSurvivesJson() {
        CommuniqueSnapshot snapshot = CommuniqueFixtures.referendum(2);

        CommuniqueSnapshot read = CommuniqueSnapshot.fromJson(snapshot.toJson());

        assertEquals(snapshot, read);
    }

    @Test
    void figuresWithoutEstimatePrintAsDashes() throws Exception {
        CommuniqueSnapshot figures = CommuniqueFixtures.referendum(1);
        // NaN is how a snapshot stores a figure without estimate; an infinite share or margin cannot
        // come from the estimator but must not print either.
        CommuniqueSnapshot snapshot = new CommuniqueSnapshot(figures.electionName(), figures.takenAt(),
                figures.dataVersion(), figures.deployed(), figures.stations(), figures.stationsCovered(),
                figures.sampledStations(), figures.sampledCovered(), figures.strata(), 2,
                List.of(new CommuniqueSnapshot.Estimate("OUI", "YES", Double.NaN, Double.NaN),
                        new CommuniqueSnapshot.Estimate("NON", "NO", Double.POSITIVE_INFINITY, 0.01)),
                new CommuniqueSnapshot.Estimate(null, null, 0.0, Double.NaN),
                new CommuniqueSnapshot.Estimate(null, null, Double.NaN, Double.POSITIVE_INFINITY),
                List.of(new CommuniqueSnapshot.VerdictLine("NATIONAL", null, "OUI", "YES", 0.974, Double.NaN,
                        Double.NaN, false, false)),
                figures.findings(), figures.incidents(), figures.incidentsReported(), figures.criticalIncidents());

        for (CommuniqueKind kind : List.of(CommuniqueKind.PRELIMINARY_STATEMENT, CommuniqueKind.PVT_RESULTS)) {
            for (Locale locale : List.of(Locale.FRENCH, Locale.ENGLISH)) {
                CommuniqueDocument document = new CommuniqueDocument(kind, 1, null, true,
                        CommuniqueSnapshot.fromJson(snapshot.toJson()), "", "", HASH);

                String text = flat(SampleReportTest.pdfToText(report.render(document, locale).pdf()));

                for (String forbidden : List.of("NaN", "Infinity", "\u221E", "\uFFFD")) {
                    assertFalse(text.contains(forbidden), kind + " " + locale + " prints " + forbidden + ": " + text);
                }
                assertContains(text, "—");
            }
        }
    }

    static List<BufferedImage> pagesAsImages(byte[] pdf) throws Exception {
        Path directory = Files.createTempDirectory("communique-pages");
        Path file = directory.resolve("communique.pdf");
        Files.write(file, pdf);
        Process process = new ProcessBuilder("pdftoppm", "-r", "40", "-png", file.toString(),
                directory.resolve("page").toString()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "pdftoppm did not finish");
        assertEquals(0, process.exitValue(), output);
        try (var files = Files.list(directory)) {
            List<Path> images = files.filter(p -> p.toString().endsWith(".png")).sorted().toList();
            java.util.ArrayList<BufferedImage> pages = new java.util.ArrayList<>();
            for (Path image : images) {
                pages.add(ImageIO.read(image.toFile()));
            }
            return pages;
        }
    }

    /** Returns the share of pixels darker than light grey. */
    static double darkShare(BufferedImage image) {
        long dark = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                int grey = ((rgb >> 16 & 0xFF) + (rgb >> 8 & 0xFF) + (rgb & 0xFF)) / 3;
                if (grey < 160) {
                    dark++;
                }
            }
        }
        return (double) dark / ((long) image.getWidth() * image.getHeight());
    }

    /** Returns the text with every run of white space, line ends included, as one space. */
    static String flat(String text) {
        return text.replaceAll("\\s+", " ");
    }

    static void assertContains(String text, String part) {
        assertTrue(text.contains(part), () -> "missing \"" + part + "\" in " + text);
    }

    private static int count(String text, String part) {
        int count = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            count++;
        }
        return count;
    }
}
