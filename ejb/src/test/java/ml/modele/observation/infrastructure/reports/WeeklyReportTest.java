package ml.modele.observation.infrastructure.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ml.modele.observation.application.report.WeeklyReportData;
import ml.modele.observation.domain.report.ReportPeriod;

class WeeklyReportTest {

    private static final Instant DATA_AT = Instant.parse("2023-06-09T16:45:00Z");
    private static final Instant PRINTED = Instant.parse("2023-06-10T08:00:00Z");
    private static final ReportPeriod WEEK = new ReportPeriod(LocalDate.of(2023, 6, 5), LocalDate.of(2023, 6, 11));
    private static final ReportPeriod FORTNIGHT = new ReportPeriod(LocalDate.of(2023, 5, 29),
            LocalDate.of(2023, 6, 11));

    @TempDir
    Path folder;

    @Test
    void frenchReportGroupsThemesAndCountsIncidents() throws Exception {
        String text = pdfText(data("Réunions tenues à Ségou sans incident ; forte présence des femmes."),
                Locale.FRENCH);

        assertTrue(text.contains("Rapport hebdomadaire de la cellule de veille citoyenne"), text);
        assertTrue(text.contains("Référendum constitutionnel du 18 juin 2023"), text);
        assertTrue(text.contains("Période du 5 juin 2023 au 11 juin 2023"), text);
        assertTrue(text.contains("2 rapport(s) d'OLT · 2 incident(s), dont 1 critique(s)"), text);
        assertTrue(text.contains("Notes d'analyse"), text);
        assertTrue(text.contains("Réunions tenues à Ségou sans incident"), text);
        assertTrue(text.contains("Contexte politique"), text);
        assertTrue(text.contains("Sécurité"), text);
        assertTrue(text.contains("Aïssata Maïga (100017) · Ségou · rapport du 29 mai 2023 au 11 juin 2023"), text);
        assertTrue(text.contains("Tensions entre militants à Niono ; médiation des chefs coutumiers."), text);
        assertTrue(text.contains("Mopti · bureau ML0501-0001-01 · observateur 100033 · Bourrage d'urnes"), text);
        assertTrue(text.contains("(critique)"), text);
        assertTrue(text.contains("Kayes · sans bureau · observateur 100041"), text);
        assertTrue(text.contains("vérifié"), text);
        assertTrue(text.contains("Données au 09/06/2023 16:45:00 (heure de Bamako)"), text);
        assertTrue(text.contains("Page 1 sur 1"), text);
        assertTrue(text.indexOf("Contexte politique") < text.indexOf("Sécurité"), text);
        assertTrue(text.indexOf("Sécurité") < text.indexOf("Incidents de la période"), text);
    }

    @Test
    void englishReportUsesSameTemplate() throws Exception {
        String text = pdfText(data(""), Locale.ENGLISH);

        assertTrue(text.contains("Weekly report of the citizen watch cell"), text);
        assertTrue(text.contains("Period from June 5, 2023 to June 11, 2023"), text);
        assertTrue(text.contains("No analysts' notes for this period."), text);
        assertTrue(text.contains("2 long-term observer report(s) · 2 incident(s), 1 of them critical"), text);
        assertTrue(text.contains("Page 1 of 1"), text);
    }

    @Test
    void emptyPeriodSaysSo() throws Exception {
        String text = pdfText(new WeeklyReportData("Référendum", WEEK, "", List.of(), List.of(), DATA_AT),
                Locale.FRENCH);

        assertTrue(text.contains("0 rapport(s) d'OLT · 0 incident(s), dont 0 critique(s)"), text);
        assertTrue(text.contains("Aucun rapport d'OLT pour cette période."), text);
        assertTrue(text.contains("Aucun incident signalé pendant cette période."), text);
    }

    @Test
    void longTextRunsOverSeveralPages() throws Exception {
        String note = "Analyse détaillée de la semaine à Tombouctou. ".repeat(400);

        String text = pdfText(data(note), Locale.FRENCH);

        assertTrue(text.contains("Page 2 sur"), text);
        assertTrue(text.contains("Médias"), text);
    }

    private static WeeklyReportData data(String note) {
        return new WeeklyReportData("Référendum constitutionnel du 18 juin 2023", WEEK, note, List.of(
                new WeeklyReportData.ThemeExcerpt("A", "Contexte politique", 1, "100017", "Aïssata Maïga", "Ségou",
                        FORTNIGHT, "Campagne du OUI très visible à Ségou."),
                new WeeklyReportData.ThemeExcerpt("A", "Contexte politique", 2, "100025", "Sékou Traoré", "Tombouctou",
                        WEEK, "Peu de réunions publiques."),
                new WeeklyReportData.ThemeExcerpt("C", "Sécurité", 1, "100017", "Aïssata Maïga", "Ségou", FORTNIGHT,
                        "Tensions entre militants à Niono ; médiation des chefs coutumiers."),
                new WeeklyReportData.ThemeExcerpt("F", "Médias", 2, "100025", "Sékou Traoré", "Tombouctou", WEEK,
                        "La radio rurale diffuse les messages de la CENI en songhaï.")),
                List.of(new WeeklyReportData.IncidentLine(Instant.parse("2023-06-06T10:15:00Z"), "Mopti",
                                "ML0501-0001-01", "100033", "Bourrage d'urnes", true, "VERIFIED", "Urne ouverte."),
                        new WeeklyReportData.IncidentLine(Instant.parse("2023-06-07T11:00:00Z"), "Kayes", "", "100041",
                                "Matériel manquant", false, "NEW", "")),
                DATA_AT);
    }

    private String pdfText(WeeklyReportData data, Locale locale) throws Exception {
        Path pdf = folder.resolve("weekly-" + locale.getLanguage() + ".pdf");
        Files.write(pdf, new WeeklyReport(new ReportRenderer()).pdf(data, locale, PRINTED));
        return run("pdftotext", "-layout", pdf.toString(), "-");
    }

    private static String run(String... command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), String.join(" ", command));
        assertEquals(0, process.exitValue(), output);
        return output;
    }
}
