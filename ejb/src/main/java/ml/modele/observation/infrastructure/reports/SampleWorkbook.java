package ml.modele.observation.infrastructure.reports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import ml.modele.observation.application.SampleView;

/**
 * The PVT sample as an Excel workbook (.xlsx): every drawn station with its status, the strata,
 * and the parameters with the seed and seal. Figures are numbers, not text, so that the
 * secretariat can sort and sum them.
 */
public final class SampleWorkbook {

    private SampleWorkbook() {
    }

    public static byte[] xlsx(SampleView sample, Locale locale, Instant printedAt) {
        SampleTexts texts = new SampleTexts(locale);
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);

            stations(workbook.createSheet(texts.label("sample.sheet.stations")), sample, texts, bold);
            strata(workbook.createSheet(texts.label("sample.sheet.strata")), sample, texts, bold);
            parameters(workbook.createSheet(texts.label("sample.sheet.parameters")), sample, texts, bold, printedAt);

            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Writing the sample workbook of election " + sample.electionId()
                    + " failed", e);
        }
    }

    private static void stations(Sheet sheet, SampleView sample, SampleTexts texts, CellStyle bold) {
        header(sheet, texts, bold, List.of("region", "stratum", "rank", "code", "centre", "commune", "cercle",
                "voters", "area", "security", "state"));
        Map<String, SampleView.Stratum> strata = new HashMap<>();
        sample.strata().forEach(stratum -> strata.put(stratum.key(), stratum));
        int r = 1;
        for (SampleView.Station station : sample.stations()) {
            Row row = sheet.createRow(r++);
            row.createCell(0).setCellValue(station.regionName());
            row.createCell(1).setCellValue(texts.stratumName(strata.get(station.stratumKey())));
            row.createCell(2).setCellValue(station.drawRank());
            row.createCell(3).setCellValue(station.code());
            row.createCell(4).setCellValue(station.centreName());
            row.createCell(5).setCellValue(station.communeName());
            row.createCell(6).setCellValue(station.cercleName());
            row.createCell(7).setCellValue(station.registeredVoters());
            row.createCell(8).setCellValue(texts.area(station.area()));
            row.createCell(9).setCellValue(texts.security(station.securityStatus()));
            row.createCell(10).setCellValue(texts.state(station.state()));
        }
        sheet.createFreezePane(0, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, r - 1), 0, 10));
    }

    private static void strata(Sheet sheet, SampleView sample, SampleTexts texts, CellStyle bold) {
        header(sheet, texts, bold, List.of("stratum", "frameStations", "frameVoters", "quota", "sampleSize",
                "fraction", "reserveSize", "reserveLeft"));
        int r = 1;
        for (SampleView.Stratum stratum : sample.strata()) {
            Row row = sheet.createRow(r++);
            row.createCell(0).setCellValue(texts.stratumName(stratum));
            row.createCell(1).setCellValue(stratum.frameStations());
            row.createCell(2).setCellValue(stratum.frameVoters());
            row.createCell(3).setCellValue(stratum.proportionalQuota());
            row.createCell(4).setCellValue(stratum.sampleSize());
            row.createCell(5).setCellValue(stratum.samplingFraction());
            row.createCell(6).setCellValue(stratum.reserveSize());
            row.createCell(7).setCellValue(stratum.reserveLeft());
        }
        sheet.createFreezePane(0, 1);
    }

    private static void parameters(Sheet sheet, SampleView sample, SampleTexts texts, CellStyle bold,
            Instant printedAt) {
        String[][] lines = {
            {"sample.parameter.election", sample.electionName()},
            {"sample.parameter.status", texts.status(sample)},
            {"sample.parameter.seed", texts.seed(sample)},
            {"sample.parameter.seal", sample.seal()},
            {"sample.parameter.frame", texts.frame(sample)},
            {"sample.parameter.design", texts.design(sample)},
            {"sample.parameter.sizePlan", texts.sizePlan(sample)},
            {"sample.parameter.dataTime", texts.dataTime(sample, printedAt)},
        };
        int r = 0;
        for (String[] line : lines) {
            if (line[1] == null) {
                continue;
            }
            Row row = sheet.createRow(r++);
            row.createCell(0).setCellValue(texts.label(line[0]));
            row.getCell(0).setCellStyle(bold);
            row.createCell(1).setCellValue(line[1]);
        }
        for (String line : texts.replacements(sample).split("\n")) {
            sheet.createRow(r++).createCell(1).setCellValue(line);
        }
        sheet.setColumnWidth(0, 30 * 256);
        sheet.setColumnWidth(1, 120 * 256);
    }

    private static void header(Sheet sheet, SampleTexts texts, CellStyle bold, List<String> columns) {
        Row row = sheet.createRow(0);
        for (int c = 0; c < columns.size(); c++) {
            row.createCell(c).setCellValue(texts.label("sample.column." + columns.get(c)));
            row.getCell(c).setCellStyle(bold);
            sheet.setColumnWidth(c, 18 * 256);
        }
    }
}
