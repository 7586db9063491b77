package ml.modele.observation.application.communique;

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

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ml.modele.observation.application.report.WeeklyReportData;
import ml.modele.observation.domain.communique.CommuniqueKind;
import ml.modele.observation.domain.report.ReportPeriod;
import ml.modele.observation.infrastructure.reports.CommuniqueFrame;
import ml.modele.observation.infrastructure.reports.CommuniqueReport;
import ml.modele.observation.infrastructure.reports.MissionBranding;
import ml.modele.observation.infrastructure.reports.ReportRenderer;

class WeeklySnapshotTest {

    private static final ReportPeriod WEEK = new ReportPeriod(LocalDate.of(2026, 5, 25), LocalDate.of(2026, 5, 31));
    private static final ReportPeriod FORTNIGHT = new ReportPeriod(LocalDate.of(2026, 5, 18),
            LocalDate.of(2026, 5, 31));
    private static final Instant SNAPSHOT_AT = Instant.parse("2026-05-31T18:00:00Z");

    private final CommuniqueReport report = new CommuniqueReport(new ReportRenderer(),
            new MissionBranding("Mission d'observation MODELE-Mali", Optional.empty()));

    @TempDir
    Path folder;

    @Test
    void jsonRoundTripKeepsBothLanguages() {
        WeeklyReportData french = data(Locale.FRENCH, "Marché de Sikasso calme.", "Note de la semaine.");
        WeeklyReportData english = data(Locale.ENGLISH, "Marché de Sikasso calme.", "Note de la semaine.");

        WeeklySnapshot read = WeeklySnapshot.fromJson(WeeklySnapshot.of(french, english).toJson());

        assertEquals(french, read.data(Locale.FRENCH));
        assertEquals(english, read.data(Locale.ENGLISH));
        assertEquals(WEEK, read.period());
    }

    @Test
    void reportEditAfterDraftLeavesDraftPdfUnchanged() throws Exception {
        String draftJson = WeeklySnapshot.of(data(Locale.FRENCH, "Marché de Sikasso calme.", "Note du lundi."),
                data(Locale.ENGLISH, "Marché de Sikasso calme.", "Note du lundi.")).toJson();
        String before = draftText(draftJson, "before");

        // The observer's report and the analysts' note change after the draft. A new snapshot contains
        // the edit, the stored one does not.
        WeeklyReportData edited = data(Locale.FRENCH, "Heurts au marché de Sikasso.", "Note révisée du jeudi.");
        String editedJson = WeeklySnapshot.of(edited,
                data(Locale.ENGLISH, "Clashes at the Sikasso market.", "Revised note.")).toJson();
        String after = draftText(draftJson, "after");
        String newDraft = draftText(editedJson, "new");

        assertEquals(before, after);
        assertTrue(after.contains("Marché de Sikasso calme."), after);
        assertTrue(after.contains("Note du lundi."), after);
        assertFalse(after.contains("Heurts au marché de Sikasso."), after);
        assertFalse(after.contains("Note révisée du jeudi."), after);
        assertTrue(newDraft.contains("Heurts au marché de Sikasso."), newDraft);
    }

    @Test
    void draftCarriesMarkAndPublishedDoesNot() throws Exception {
        WeeklySnapshot snapshot = WeeklySnapshot.of(data(Locale.FRENCH, "Calme.", ""),
                data(Locale.ENGLISH, "Calm.", ""));

        String draft = pdfText(report.renderWeekly(snapshot.data(Locale.FRENCH), frame(false),
                Locale.FRENCH).pdf(), "draft");
        String published = pdfText(report.renderWeekly(snapshot.data(Locale.ENGLISH), frame(true),
                Locale.ENGLISH).pdf(), "published");

        assertTrue(draft.contains("PROJET — document non publié"), draft);
        assertTrue(draft.contains("Rapport hebdomadaire de la cellule de veille citoyenne"), draft);
        assertFalse(published.contains("DRAFT"), published);
        assertTrue(published.contains("Weekly report of the citizen watch cell"), published);
        assertTrue(published.contains("Calm."), published);
    }

    private String draftText(String snapshotJson, String name) throws Exception {
        WeeklyReportData frozen = WeeklySnapshot.fromJson(snapshotJson).data(Locale.FRENCH);
        return pdfText(report.renderWeekly(frozen, frame(false), Locale.FRENCH).pdf(), name);
    }

    private static CommuniqueFrame frame(boolean published) {
        return new CommuniqueFrame(CommuniqueKind.WEEKLY_REPORT, 1, null, published, "Élection présidentielle 2026",
                SNAPSHOT_AT, "fedcba9876543210".repeat(4));
    }

    private static WeeklyReportData data(Locale locale, String excerpt, String note) {
        boolean english = locale == Locale.ENGLISH;
        return new WeeklyReportData("Élection présidentielle 2026", WEEK, note,
                List.of(new WeeklyReportData.ThemeExcerpt("A", english ? "Political context" : "Contexte politique",
                        7, "100017", "Aïssata Maïga", "Sikasso", FORTNIGHT, excerpt)),
                List.of(new WeeklyReportData.IncidentLine(Instant.parse("2026-05-27T09:30:00Z"), "Sikasso",
                        "ML0301-0002-01", "100033", "Intimidation", true, "VERIFIED",
                        "Militants devant le bureau.")),
                Instant.parse("2026-05-30T12:00:00Z"));
    }

    private String pdfText(byte[] pdf, String name) throws Exception {
        Path file = folder.resolve(name + ".pdf");
        Files.write(file, pdf);
        Process process = new ProcessBuilder("pdftotext", "-layout", file.toString(), "-").redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "pdftotext did not finish");
        assertEquals(0, process.exitValue(), output);
        return output;
    }
}
