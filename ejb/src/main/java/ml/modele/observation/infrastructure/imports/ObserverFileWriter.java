package ml.modele.observation.infrastructure.imports;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import ml.modele.observation.domain.observer.ObserverCategory;
import ml.modele.observation.domain.observer.ObserverDetails;
import ml.modele.observation.domain.observer.ObserverStatus;

/**
 * Writes observers in the observer file layout, as CSV or .xlsx, so that {@link ObserverFileReader}
 * reads the file back to the same values. Without the national ID column for a reader who may not
 * see it; the caller decides.
 */
public final class ObserverFileWriter {

    private static final byte[] UTF8_BYTE_ORDER_MARK = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    /** Rows that the streaming workbook keeps in memory before writing them out. */
    private static final int XLSX_WINDOW = 200;

    private ObserverFileWriter() {
    }

    /** Returns the header of a file with or without the national ID column. */
    public static List<String> header(boolean withNationalId) {
        List<String> header = new ArrayList<>();
        for (ObserverColumn column : ObserverColumn.values()) {
            if (withNationalId || column != ObserverColumn.NATIONAL_ID) {
                header.add(column.fileName());
            }
        }
        return header;
    }

    /** Writes comma-separated UTF-8 with a byte order mark, so that spreadsheets show the accents. */
    public static void writeCsv(List<ObserverDetails> observers, boolean withNationalId, OutputStream output)
            throws IOException {
        output.write(UTF8_BYTE_ORDER_MARK);
        Writer writer = new OutputStreamWriter(output, StandardCharsets.UTF_8);
        CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180);
        printer.printRecord(header(withNationalId));
        for (ObserverDetails observer : observers) {
            printer.printRecord(values(observer, withNationalId));
        }
        printer.flush();
    }

    /** Writes an .xlsx workbook with one worksheet; every cell is text, so codes keep their leading zeros. */
    public static void writeXlsx(List<ObserverDetails> observers, boolean withNationalId, OutputStream output)
            throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(XLSX_WINDOW);
        try {
            Sheet sheet = workbook.createSheet("observateurs");
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            writeRow(sheet.createRow(0), header(withNationalId), bold);
            int index = 1;
            for (ObserverDetails observer : observers) {
                writeRow(sheet.createRow(index++), values(observer, withNationalId), null);
            }
            workbook.write(output);
        } finally {
            workbook.close();
        }
    }

    private static void writeRow(Row row, List<String> values, CellStyle style) {
        for (int i = 0; i < values.size(); i++) {
            Cell cell = row.createCell(i);
            cell.setCellValue(values.get(i));
            if (style != null) {
                cell.setCellStyle(style);
            }
        }
    }

    private static List<String> values(ObserverDetails observer, boolean withNationalId) {
        List<String> values = new ArrayList<>();
        for (ObserverColumn column : ObserverColumn.values()) {
            if (withNationalId || column != ObserverColumn.NATIONAL_ID) {
                values.add(value(observer, column));
            }
        }
        return values;
    }

    private static String value(ObserverDetails observer, ObserverColumn column) {
        return switch (column) {
            case CODE -> nullToEmpty(observer.code());
            case LAST_NAME -> observer.lastName();
            case FIRST_NAME -> observer.firstName();
            case SEX -> observer.sex().name();
            case BIRTH_YEAR -> Integer.toString(observer.birthYear());
            case ORGANISATION -> observer.organisationCode();
            case CATEGORY -> categoryValue(observer.category());
            case COMMUNE -> observer.communeCode();
            case LANGUAGES -> observer.languages();
            case DISABILITY -> observer.disability() ? "oui" : "non";
            case NATIONAL_ID -> nullToEmpty(observer.nationalId());
            case PHONES -> String.join("; ", observer.phones());
            case STATUS -> statusValue(observer.status());
            case SUPERVISOR -> nullToEmpty(observer.supervisorCode());
        };
    }

    /** Returns a category as the file writes it: OCT, OLT, coordinateur régional, superviseur national. */
    public static String categoryValue(ObserverCategory category) {
        return switch (category) {
            case NATIONAL_SUPERVISOR -> "superviseur national";
            case REGIONAL_COORDINATOR -> "coordinateur régional";
            case LONG_TERM -> "OLT";
            case SHORT_TERM -> "OCT";
        };
    }

    private static String statusValue(ObserverStatus status) {
        return switch (status) {
            case CANDIDATE -> "candidat";
            case ACTIVE -> "actif";
            case RETIRED -> "retiré";
        };
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
