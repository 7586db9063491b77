package ml.modele.observation.infrastructure.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;

import java.awt.image.BufferedImage;

import org.junit.jupiter.api.Test;

import ml.modele.observation.application.communique.CommuniqueSnapshot;
import ml.modele.observation.application.report.WeeklyReportData;
import ml.modele.observation.domain.communique.CommuniqueKind;
import ml.modele.observation.domain.report.ReportPeriod;

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
    void pvtStatementPrintsEachCandidate() throws Exception {
        CommuniqueDocument document = new CommuniqueDocument(CommuniqueKind.PVT_RESULTS, 1, null, true,
                CommuniqueFixtures.presidential(), "", "", HASH);

        String text = flat(SampleReportTest.pdfToText(report.render(document, Locale.FRENCH).pdf()));

        assertContains(text, "C01 – Awa Traoré");
        assertContains(text, "C02 – Moussa Keïta");
        assertContains(text, "C03 – Fatoumata Diallo");
        assertContains(text, "45,1 %");
        assertContains(text, "33,8 %");
        assertContains(text, "21,1 %");
        assertContains(text, "36,5 %");
        assertFalse(text.contains("OUI"), text);
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
    void weeklyReportCarriesHeaderAndFooter() throws Exception {
        CommuniqueFrame frame = new CommuniqueFrame(CommuniqueKind.WEEKLY_REPORT, 2, 1, true,
                "Référendum constitutionnel du 18 juin 2023", Instant.parse(CommuniqueFixtures.TAKEN_AT), HASH);
        String note = "Analyse détaillée de la semaine à Tombouctou. ".repeat(400);

        ReportRenderer.RenderedPdf pdf = report.renderWeekly(weeklyData(note), frame, Locale.FRENCH);
        String text = flat(SampleReportTest.pdfToText(pdf.pdf()));

        assertTrue(pdf.pages() >= 2, "pages: " + pdf.pages());
        assertContains(text, "Mission d'observation MODELE-Mali");
        assertContains(text, "Rapport hebdomadaire de la cellule de veille citoyenne");
        assertContains(text, "Référendum constitutionnel du 18 juin 2023");
        assertContains(text, "Version 2 · données arrêtées au 18/06/2026 21:30:00 (heure de Bamako).");
        assertContains(text, "Cette version corrige et remplace la version 1.");
        assertContains(text, "Période du 5 juin 2023 au 11 juin 2023");
        assertContains(text, "Analyse détaillée de la semaine à Tombouctou.");
        assertFalse(text.contains("PROJET"), text);
        assertEquals(pdf.pages(), count(text, "Données au 18/06/2026 21:30:00 (heure de Bamako) · empreinte du contenu"
                + " 0123456789ab · version 2"), text);
        for (int page = 1; page <= pdf.pages(); page++) {
            assertContains(text, "Page " + page + " / " + pdf.pages());
        }
        assertFalse(text.contains(" sur " + pdf.pages()), "the weekly report's own footer is left out: " + text);
        assertEquals(1, logoImages(pdf.pdf()), "one logo, on page 1");
    }

    @Test
    void weeklyReportDraftFollowsEnglishLocale() throws Exception {
        CommuniqueFrame frame = new CommuniqueFrame(CommuniqueKind.WEEKLY_REPORT, 1, null, false,
                "Constitutional referendum of 18 June 2023", Instant.parse(CommuniqueFixtures.TAKEN_AT), HASH);

        ReportRenderer.RenderedPdf pdf = report.renderWeekly(weeklyData("Calm week."), frame, Locale.ENGLISH);
        String text = flat(SampleReportTest.pdfToText(pdf.pdf()));

        assertEquals(1, pdf.pages());
        assertContains(text, "Weekly report of the citizen watch cell");
        assertContains(text, "DRAFT — not published, do not distribute.");
        assertContains(text, "Version 1 · data as of");
        assertContains(text, "DRAFT · Data as of");
        assertContains(text, "content hash 0123456789ab · version 1");
        assertContains(text, "Page 1 / 1");
        assertContains(text, "Period from June 5, 2023 to June 11, 2023");
        assertEquals(1, logoImages(pdf.pdf()));
    }

    @Test
    void statementsPrintSameLogo() throws Exception {
        CommuniqueDocument document = new CommuniqueDocument(CommuniqueKind.PVT_RESULTS, 1, null, true,
                CommuniqueFixtures.referendum(1), "", "", HASH);

        assertEquals(1, logoImages(report.render(document, Locale.FRENCH).pdf()));
    }

    /** Returns a week's content with one excerpt and one incident, and the note given. */
    private static WeeklyReportData weeklyData(String note) {
        ReportPeriod week = new ReportPeriod(LocalDate.of(2023, 6, 5), LocalDate.of(2023, 6, 11));
        return new WeeklyReportData("Référendum constitutionnel du 18 juin 2023", week, note,
                List.of(new WeeklyReportData.ThemeExcerpt("A", "Contexte politique", 1, "100017", "Aïssata Maïga",
                        "Ségou", week, "Campagne du OUI très visible à Ségou.")),
                List.of(new WeeklyReportData.IncidentLine(Instant.parse("2023-06-06T10:15:00Z"), "Mopti",
                        "ML0501-0001-01", "100033", "Bourrage d'urnes", true, "VERIFIED", "Urne ouverte.")),
                Instant.parse("2023-06-09T16:45:00Z"));
    }

    /**
     * Returns how many images of the default logo's size (240 × 240 pixels) {@code pdfimages -list}
     * finds on page 1, after checking that no other page has one.
     */
    static long logoImages(byte[] pdf) throws Exception {
        Path file = Files.createTempFile("communique", ".pdf");
        try {
            Files.write(file, pdf);
            Process process = new ProcessBuilder("pdfimages", "-list", file.toString()).redirectErrorStream(true)
                    .start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(process.waitFor(60, TimeUnit.SECONDS), "pdfimages did not finish");
            assertEquals(0, process.exitValue(), output);
            // Columns: page num type width height color comp bpc enc interp object ID ...
            List<String[]> logos = output.lines().skip(2).map(line -> line.trim().split("\\s+"))
                    .filter(columns -> columns[2].equals("image") && columns[3].equals("240")
                            && columns[4].equals("240"))
                    .toList();
            assertTrue(logos.stream().allMatch(columns -> columns[0].equals("1")), output);
            return logos.size();
        } finally {
            Files.deleteIfExists(file);
        }
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
