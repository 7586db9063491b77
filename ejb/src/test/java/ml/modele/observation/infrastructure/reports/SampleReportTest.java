package ml.modele.observation.infrastructure.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import ml.modele.observation.application.FrameStation;
import ml.modele.observation.application.SampleDrawing;
import ml.modele.observation.application.SampleView;
import ml.modele.observation.domain.geography.AreaType;
import ml.modele.observation.domain.geography.SecurityStatus;
import ml.modele.observation.domain.pvt.AllocationMethod;
import ml.modele.observation.domain.pvt.ConfidenceLevel;
import ml.modele.observation.domain.pvt.StratificationScheme;
import ml.modele.observation.domain.sample.DrawnSample;
import ml.modele.observation.domain.sample.SampleParameters;
import ml.modele.observation.domain.sample.SampleSizeMode;
import ml.modele.observation.domain.sample.SampleStation;

/** Renders a real PDF and workbook of a small sample and reads them back with pdftotext and POI. */
class SampleReportTest {

    private static final Instant DRAWN = Instant.parse("2026-05-01T10:00:00Z");
    private static final String[] REGIONS = {"Kayes", "Ségou", "Tombouctou"};

    @Test
    void pdfPrintsSealSeedRegionsAndFrenchNumbers() throws Exception {
        SampleView sample = view(draw(), "Référendum constitutionnel du 18 juin 2023");

        byte[] pdf = new SampleReport(new ReportRenderer()).pdf(sample, Locale.FRENCH, DRAWN);
        String text = pdfToText(pdf);

        assertTrue(text.contains(sample.seal()), text);
        assertTrue(text.contains("Graine : 20230618"), text);
        assertTrue(text.contains("Région : Ségou"), text);
        assertTrue(text.contains("Référendum constitutionnel du 18 juin 2023"), text);
        assertTrue(text.contains("1 200 bureaux de vote actifs"), text);
        assertTrue(text.contains("Page 1 sur 3"), text);
        assertTrue(text.contains("Données au 01/05/2026 10:00:00 (heure de Bamako)"), text);
        assertEquals(3, count(text, "Scellé SHA-256 : " + sample.seal() + " · graine : 20230618"), text);
    }

    @Test
    void pdfFollowsEnglishLocale() throws Exception {
        SampleView sample = view(draw(), "Referendum");

        String text = pdfToText(new SampleReport(new ReportRenderer()).pdf(sample, Locale.ENGLISH, DRAWN));

        assertTrue(text.contains("1,200 active polling stations"), text);
        assertTrue(text.contains("SHA-256 seal: " + sample.seal()), text);
        assertTrue(text.contains("Page 2 of 3"), text);
    }

    @Test
    void workbookListsEveryDrawnStation() throws Exception {
        SampleView sample = view(draw(), "Référendum");

        byte[] xlsx = SampleWorkbook.xlsx(sample, Locale.FRENCH, DRAWN);

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet stations = workbook.getSheet("Bureaux tirés");
            assertEquals(60 + 3 * 4 + 1, stations.getPhysicalNumberOfRows());
            assertEquals("Statut", stations.getRow(0).getCell(10).getStringCellValue());
            int sampled = 0;
            int reserve = 0;
            for (int r = 1; r < stations.getPhysicalNumberOfRows(); r++) {
                String state = stations.getRow(r).getCell(10).getStringCellValue();
                sampled += state.equals("Échantillon") ? 1 : 0;
                reserve += state.equals("Réserve") ? 1 : 0;
            }
            assertEquals(60, sampled);
            assertEquals(12, reserve);
            assertEquals(3, workbook.getSheet("Strates").getPhysicalNumberOfRows() - 1);
            assertEquals(sample.seal(), workbook.getSheet("Paramètres").getRow(3).getCell(1).getStringCellValue());
        }
    }

    @Test
    void sizePlanLineGivesFormulaFigures() {
        SampleParameters computed = new SampleParameters(StratificationScheme.REGION,
                AllocationMethod.PROPORTIONAL_TO_STATIONS, SampleSizeMode.COMPUTED, null, 5, 0.01,
                ConfidenceLevel.PERCENT_95, 0.5, 2.0, 0.4);
        SampleView given = view(draw(), "Référendum");
        SampleView sample = new SampleView(1, given.electionName(), 1, computed,
                SampleDrawing.plan(computed, 24_697, 8_463_084), given.seed(), given.seal(), given.status(),
                24_697, 8_463_084, given.drawnAt(), given.drawnBy(), null, null, given.changedAt(), 0,
                given.strata(), given.stations(), List.of());

        String french = new SampleTexts(Locale.FRENCH).sizePlan(sample).replace('\u00A0', ' ');
        String english = new SampleTexts(Locale.ENGLISH).sizePlan(sample);

        assertTrue(french.contains("± 1,00 % au niveau de confiance 95 % (z = 1,959964)"), french);
        assertTrue(french.contains("= 9 603,6 électeurs"), french);
        assertTrue(french.contains("arrondi à 140."), french);
        assertTrue(english.contains("± 1.00% at confidence level 95% (z = 1.959964)"), english);
        assertTrue(english.contains("rounded up to 140."), english);
    }

    private static DrawnSample draw() {
        List<FrameStation> frame = new ArrayList<>();
        long id = 1;
        for (int r = 0; r < REGIONS.length; r++) {
            for (int i = 0; i < 400; i++) {
                frame.add(new FrameStation(id++, String.format("ML0%d-%04d", r + 1, i), "ML0" + (r + 1), REGIONS[r],
                        "Cercle de " + REGIONS[r], "Commune " + i, "École " + i, AreaType.RURAL, 1000 + i,
                        SecurityStatus.ACCESSIBLE));
            }
        }
        SampleParameters parameters = SampleParameters.given(StratificationScheme.REGION,
                AllocationMethod.PROPORTIONAL_TO_STATIONS, 60, 4);
        return SampleDrawing.draw(1, 1, parameters, 60, 20_230_618L, frame, "coord.technique", DRAWN);
    }

    /** Builds the view as SampleViews does, with the names of the synthetic frame. */
    static SampleView view(DrawnSample sample, String electionName) {
        Map<String, Integer> regionIndex = new HashMap<>();
        for (int r = 0; r < REGIONS.length; r++) {
            regionIndex.put("ML0" + (r + 1), r);
        }
        List<SampleView.Stratum> strata = sample.getStrata().stream()
                .map(s -> new SampleView.Stratum(s.getKey(), s.getRegionCode(), s.getRegionName(), s.getArea(),
                        s.getFrameStations(), s.getFrameVoters(), s.getProportionalQuota(), s.getSampleSize(),
                        s.getReserveSize(), s.reserveLeft()))
                .toList();
        List<SampleView.Station> stations = new ArrayList<>();
        for (SampleStation station : sample.stations()) {
            String region = station.getStratum().getRegionCode();
            int index = Integer.parseInt(station.getStationCode().substring(5));
            stations.add(new SampleView.Station(station.getStratum().getKey(), region,
                    REGIONS[regionIndex.get(region)], station.getDrawRank(), station.getStationCode(),
                    "École " + index, "Commune " + index, "Cercle de " + REGIONS[regionIndex.get(region)],
                    1000 + index, "RURAL", "ACCESSIBLE", station.getState().name()));
        }
        return new SampleView(1, electionName, 1, sample.parameters(), null, sample.getSeed(), sample.getSeal(),
                sample.getStatus(), sample.getFrameStations(), sample.getFrameVoters(), sample.getDrawnAt(),
                sample.getDrawnBy(), null, null, sample.getChangedAt(), 0, strata, stations, List.of());
    }

    /** Extracts the text with poppler's pdftotext, with no-break spaces read as spaces. */
    static String pdfToText(byte[] pdf) throws Exception {
        Path file = Files.createTempFile("sample", ".pdf");
        try {
            Files.write(file, pdf);
            Process process = new ProcessBuilder("pdftotext", "-enc", "UTF-8", file.toString(), "-")
                    .redirectErrorStream(true).start();
            String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(process.waitFor(60, TimeUnit.SECONDS), "pdftotext did not finish");
            assertEquals(0, process.exitValue(), text);
            return text.replace('\u00A0', ' ').replace('\u202F', ' ');
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static int count(String text, String part) {
        int count = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            count++;
        }
        return count;
    }
}
