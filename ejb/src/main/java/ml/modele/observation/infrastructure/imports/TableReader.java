package ml.modele.observation.infrastructure.imports;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.EmptyFileException;
import org.apache.poi.UnsupportedFileFormatException;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.util.RecordFormatException;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads an uploaded table: a CSV file (comma or semicolon, UTF-8 with or without a byte order mark)
 * or the first worksheet of an .xlsx workbook. Row 1 is the header. Row numbers are those a
 * spreadsheet shows, so a blank line still counts, and a quoted value that spans lines counts once.
 */
public final class TableReader {

    private static final byte[] ZIP_MAGIC = {0x50, 0x4B, 0x03, 0x04};
    private static final byte[] OLE2_MAGIC = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private TableReader() {
    }

    /**
     * Reads a CSV or .xlsx file, detecting the format from its first bytes rather than its name.
     *
     * @throws UnreadableFileException if the content is not a readable table
     * @throws IOException             if reading the stream fails
     */
    public static Table read(InputStream input) throws IOException, UnreadableFileException {
        BufferedInputStream buffered = new BufferedInputStream(input);
        buffered.mark(ZIP_MAGIC.length);
        byte[] start = buffered.readNBytes(ZIP_MAGIC.length);
        buffered.reset();
        if (Arrays.equals(start, ZIP_MAGIC)) {
            return readXlsx(buffered);
        }
        if (Arrays.equals(start, OLE2_MAGIC)) {
            throw new UnreadableFileException(ImportProblem.ofFile("file.legacyExcel"), null);
        }
        return readCsv(decodeUtf8(buffered.readAllBytes()));
    }

    /**
     * Reads CSV text. The delimiter is a semicolon when the first line has more semicolons than
     * commas, as in files saved by a French spreadsheet, and a comma otherwise.
     *
     * @throws UnreadableFileException if the CSV syntax is broken, for example an unclosed quote
     */
    public static Table readCsv(String text) throws UnreadableFileException {
        String content = !text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK ? text.substring(1) : text;
        CSVFormat format = CSVFormat.DEFAULT.builder()
                .setDelimiter(detectDelimiter(content))
                .setIgnoreEmptyLines(false)
                .setTrim(true)
                .get();

        List<String> headers = null;
        List<TableRow> rows = new ArrayList<>();
        long lastRow = 0;
        try (Reader reader = new StringReader(content); CSVParser parser = CSVParser.parse(reader, format)) {
            for (CSVRecord record : parser) {
                lastRow = record.getRecordNumber();
                List<String> cells = record.toList();
                if (headers == null) {
                    headers = cells;
                } else {
                    addUnlessBlank(rows, new TableRow((int) lastRow, cells));
                }
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new UnreadableFileException(
                    ImportProblem.ofFile("file.malformedCsv", Long.toString(lastRow + 1)), e);
        }
        return new Table(headers == null ? List.of() : trimTrailingEmpty(headers), rows);
    }

    /**
     * Reads the first worksheet of an .xlsx workbook. Dates become ISO dates (2021-12-20) and
     * numbers their shortest decimal form (12.5, 340), whatever the cell's display format.
     *
     * @throws UnreadableFileException if the content is not an .xlsx workbook or the workbook is
     *                                 damaged, for example truncated or with a corrupt zip entry
     * @throws IOException             if reading the stream fails
     */
    public static Table readXlsx(InputStream input) throws IOException, UnreadableFileException {
        // The bytes are read first, so that an IOException while parsing them comes from the
        // content (a truncated or corrupt zip) and not from the stream.
        byte[] content = input.readAllBytes();
        // TODO: XSSFWorkbook keeps the whole workbook in memory. Switch to POI's streaming
        // reader (XSSFReader with a SAX handler) if station workbooks grow or uploads run in parallel.
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            if (workbook.getNumberOfSheets() == 0) {
                return new Table(List.of(), List.of());
            }
            Sheet sheet = workbook.getSheetAt(0);
            Row headerRow = sheet.getRow(0);
            List<String> headers = headerRow == null ? List.of() : trimTrailingEmpty(cellValues(headerRow));
            List<TableRow> rows = new ArrayList<>();
            for (int index = 1; index <= sheet.getLastRowNum(); index++) {
                Row row = sheet.getRow(index);
                if (row != null) {
                    addUnlessBlank(rows, new TableRow(index + 1, cellValues(row)));
                }
            }
            return new Table(headers, rows);
        } catch (IOException | POIXMLException | UnsupportedFileFormatException | EmptyFileException
                 | OpenXML4JRuntimeException | RecordFormatException e) {
            throw new UnreadableFileException(ImportProblem.ofFile("file.unreadableXlsx"), e);
        }
    }

    private static String decodeUtf8(byte[] bytes) throws UnreadableFileException {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new UnreadableFileException(ImportProblem.ofFile("file.notUtf8"), e);
        }
    }

    private static char detectDelimiter(String content) {
        int end = content.indexOf('\n');
        String firstLine = end < 0 ? content : content.substring(0, end);
        long semicolons = firstLine.chars().filter(c -> c == ';').count();
        long commas = firstLine.chars().filter(c -> c == ',').count();
        return semicolons > commas ? ';' : ',';
    }

    private static void addUnlessBlank(List<TableRow> rows, TableRow row) {
        if (!row.isBlank()) {
            rows.add(row);
        }
    }

    private static List<String> trimTrailingEmpty(List<String> headers) {
        int end = headers.size();
        while (end > 0 && headers.get(end - 1).isEmpty()) {
            end--;
        }
        return headers.subList(0, end);
    }

    private static List<String> cellValues(Row row) {
        List<String> values = new ArrayList<>();
        for (int column = 0; column < Math.max(0, row.getLastCellNum()); column++) {
            values.add(cellValue(row.getCell(column)));
        }
        return values;
    }

    private static String cellValue(Cell cell) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        switch (type) {
            case STRING:
                return cell.getStringCellValue().trim();
            case NUMERIC:
                if (DateUtil.isCellDateFormatted(cell)) {
                    return cell.getLocalDateTimeCellValue().toLocalDate().toString();
                }
                return BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
            case BOOLEAN:
                return Boolean.toString(cell.getBooleanCellValue());
            case ERROR:
                return FormulaError.forInt(cell.getErrorCellValue()).getString();
            default:
                return "";
        }
    }
}
