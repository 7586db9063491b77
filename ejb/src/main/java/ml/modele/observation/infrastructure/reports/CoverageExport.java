package ml.modele.observation.infrastructure.reports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import ml.modele.observation.application.CoverageFigures;
import ml.modele.observation.application.CoverageView;

/**
 * The coverage view as .xlsx and as CSV (RFC 4180, UTF-8): one line per cercle, a total line per
 * région and a national total, with the same columns and figures as the screen. Labels come
 * from the {@code coverage} bundle.
 */
@ApplicationScoped
public class CoverageExport {

    public static final String BUNDLE = "ml.modele.observation.i18n.coverage";

    private static final List<String> COLUMNS = List.of("region", "cercle", "stations", "inaccessible",
            "observersDeployed", "stationsCovered", "stationsUncovered", "sampled", "sampledCovered", "sampledGaps",
            "sampledInaccessible");

    /** Returns the lines as rows of cells: texts for the names, numbers for the figures. */
    public static List<List<Object>> table(CoverageView view, Locale locale) {
        ResourceBundle labels = ReportRenderer.labels(BUNDLE, locale);
        List<List<Object>> table = new ArrayList<>();
        List<Object> header = new ArrayList<>();
        COLUMNS.forEach(column -> header.add(labels.getString("coverage.column." + column)));
        table.add(header);
        for (CoverageFigures line : view.lines()) {
            table.add(cells(line, line.regionCode() + " " + line.regionName(), line.isTotal()
                    ? labels.getString("coverage.regionTotal") : line.cercleCode() + " " + line.cercleName()));
        }
        table.add(cells(view.total(), labels.getString("coverage.nationalTotal"), ""));
        return table;
    }

    public byte[] xlsx(CoverageView view, Locale locale) {
        ResourceBundle labels = ReportRenderer.labels(BUNDLE, locale);
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Sheet sheet = workbook.createSheet(labels.getString("coverage.sheet"));
            int r = 0;
            for (List<Object> cells : table(view, locale)) {
                Row row = sheet.createRow(r);
                boolean total = r == 0 || r > view.lines().size()
                        || (r > 0 && view.lines().get(r - 1).isTotal());
                for (int c = 0; c < cells.size(); c++) {
                    var cell = row.createCell(c);
                    if (cells.get(c) instanceof Number number) {
                        cell.setCellValue(number.doubleValue());
                    } else {
                        cell.setCellValue((String) cells.get(c));
                    }
                    if (total) {
                        cell.setCellStyle(bold);
                    }
                }
                r++;
            }
            sheet.createFreezePane(0, 1);
            for (int c = 0; c < COLUMNS.size(); c++) {
                sheet.autoSizeColumn(c);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Writing the coverage workbook of election " + view.electionId()
                    + " failed", e);
        }
    }

    public byte[] csv(CoverageView view, Locale locale) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CSVPrinter printer = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8),
                CSVFormat.RFC4180)) {
            for (List<Object> cells : table(view, locale)) {
                printer.printRecord(cells);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Writing the coverage CSV of election " + view.electionId() + " failed", e);
        }
        return out.toByteArray();
    }

    private static List<Object> cells(CoverageFigures line, String region, String cercle) {
        return List.of(region, cercle, line.stations(), line.inaccessible(), line.observersDeployed(),
                line.stationsCovered(), line.stationsUncovered(), line.sampled(), line.sampledCovered(),
                line.sampledGaps(), line.sampledInaccessible());
    }
}
