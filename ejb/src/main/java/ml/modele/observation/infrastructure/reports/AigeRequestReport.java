package ml.modele.observation.infrastructure.reports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.ResourceBundle;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import ml.modele.observation.application.AigeRequestLine;

/**
 * The accreditation request to the AIGE as a PDF list (a heading per région and per cercle, page
 * numbers, the date and time of the data on every page) and as an .xlsx workbook with the same
 * observers, where région and cercle are columns. Labels come from the {@code reports} bundle.
 */
@ApplicationScoped
public class AigeRequestReport {

    static final String TEMPLATE = "/ml/modele/observation/reports/aige-request.jrxml";

    private static final List<String> COLUMNS = List.of("region", "cercle", "code", "lastName", "firstName", "sex",
            "birthYear", "organisation", "category", "commune", "nationalId", "phone", "place");

    @Inject
    private ReportRenderer renderer;

    public AigeRequestReport() {
    }

    /** Creates the report outside a container, for tests. */
    public AigeRequestReport(ReportRenderer renderer) {
        this.renderer = renderer;
    }

    /** Renders the list; {@code printedAt} is printed beside the date of the data. */
    public byte[] pdf(String electionName, List<AigeRequestLine> lines, Locale locale, Instant printedAt) {
        ResourceBundle labels = ReportRenderer.labels(SampleTexts.BUNDLE, locale);
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("ELECTION", electionName);
        parameters.put("DATA_TIME", dataTime(labels, lines, locale, printedAt));
        parameters.put("COUNT_LINE", format(labels, "aige.count", locale, lines.size()));

        List<Map<String, ?>> rows = new ArrayList<>(lines.size());
        for (AigeRequestLine line : lines) {
            Map<String, Object> row = new HashMap<>();
            row.put("REGION", line.regionName());
            row.put("CERCLE", line.cercleName());
            row.put("REGION_KEY", line.regionCode());
            row.put("CERCLE_KEY", line.cercleCode());
            row.put("CODE", line.observerCode());
            row.put("NAME", line.lastName() + " " + line.firstName());
            row.put("SEX", line.sex());
            row.put("BIRTH_YEAR", Integer.toString(line.birthYear()));
            row.put("ORGANISATION", line.organisation());
            row.put("CATEGORY", labels.getString("aige.category." + line.category()));
            row.put("COMMUNE", line.communeName());
            row.put("NATIONAL_ID", line.nationalId());
            row.put("PHONE", line.phone());
            row.put("PLACE", line.place());
            rows.add(row);
        }
        return renderer.pdf(TEMPLATE, SampleTexts.BUNDLE, locale, parameters, rows,
                labels.getString("aige.title") + " — " + electionName);
    }

    /** Returns the list as a workbook: a title row, the date of the data, then one row per observer. */
    public byte[] xlsx(String electionName, List<AigeRequestLine> lines, Locale locale, Instant printedAt) {
        ResourceBundle labels = ReportRenderer.labels(SampleTexts.BUNDLE, locale);
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Sheet sheet = workbook.createSheet(labels.getString("aige.sheet"));

            sheet.createRow(0).createCell(0).setCellValue(labels.getString("aige.title") + " — " + electionName);
            sheet.getRow(0).getCell(0).setCellStyle(bold);
            sheet.createRow(1).createCell(0).setCellValue(dataTime(labels, lines, locale, printedAt));
            Row header = sheet.createRow(3);
            for (int c = 0; c < COLUMNS.size(); c++) {
                header.createCell(c).setCellValue(labels.getString("aige.column." + COLUMNS.get(c)));
                header.getCell(c).setCellStyle(bold);
                sheet.setColumnWidth(c, 18 * 256);
            }
            int r = 4;
            for (AigeRequestLine line : lines) {
                Row row = sheet.createRow(r++);
                List<String> cells = List.of(line.regionName(), line.cercleName(), line.observerCode(),
                        line.lastName(), line.firstName(), line.sex(), "", line.organisation(),
                        labels.getString("aige.category." + line.category()), line.communeName(),
                        Objects.toString(line.nationalId(), ""), Objects.toString(line.phone(), ""),
                        Objects.toString(line.place(), ""));
                for (int c = 0; c < cells.size(); c++) {
                    row.createCell(c).setCellValue(cells.get(c));
                }
                row.getCell(6).setCellValue(line.birthYear());
            }
            sheet.createFreezePane(0, 4);
            sheet.setAutoFilter(new CellRangeAddress(3, Math.max(3, r - 1), 0, COLUMNS.size() - 1));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Writing the AIGE request workbook of " + electionName + " failed", e);
        }
    }

    /** Returns "Données au … · édité le …", the data being as of the latest request. */
    private static String dataTime(ResourceBundle labels, List<AigeRequestLine> lines, Locale locale,
                                   Instant printedAt) {
        Instant dataAt = lines.stream().map(AigeRequestLine::requestedAt).filter(Objects::nonNull)
                .max(Comparator.naturalOrder()).orElse(printedAt);
        return format(labels, "report.dataTime", locale, ReportFormats.dateTime(dataAt, locale),
                ReportFormats.dateTime(printedAt, locale));
    }

    private static String format(ResourceBundle labels, String key, Locale locale, Object... arguments) {
        return new MessageFormat(labels.getString(key), locale).format(arguments);
    }
}
