package ml.modele.observation.infrastructure.imports;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

class TableReaderTest {

    @Test
    void countsBlankLinesInRowNumbers() throws Exception {
        Table table = TableReader.readCsv("a,b\n1,2\n\n3,4\n,\n5,6\n");

        assertEquals(List.of("a", "b"), table.headers());
        assertEquals(List.of(2, 4, 6), table.rows().stream().map(TableRow::rowNumber).toList());
        assertEquals(List.of("5", "6"), table.rows().get(2).cells());
    }

    @Test
    void countsQuotedMultilineValueAsOneRow() throws Exception {
        Table table = TableReader.readCsv("a,b\n\"École\nDarsalam\",2\n3,4\n");

        assertEquals(List.of(2, 3), table.rows().stream().map(TableRow::rowNumber).toList());
        assertEquals("École\nDarsalam", table.rows().get(0).cells().get(0));
    }

    @Test
    void stripsByteOrderMarkAndDetectsSemicolon() throws Exception {
        Table table = TableReader.read(new ByteArrayInputStream("\uFEFFnom;valeur\nSégou, ville;12,5\n".getBytes(UTF_8)));

        assertEquals(List.of("nom", "valeur"), table.headers());
        assertEquals(List.of("Ségou, ville", "12,5"), table.rows().get(0).cells());
    }

    @Test
    void trimsCellsAndTrailingEmptyHeaders() throws Exception {
        Table table = TableReader.readCsv(" a , b ,,\n 1 , 2 ,,\n");

        assertEquals(List.of("a", "b"), table.headers());
        assertEquals(List.of("1", "2", "", ""), table.rows().get(0).cells());
    }

    @Test
    void rejectsLegacyExcelFile() {
        byte[] ole2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};

        UnreadableFileException e = assertThrows(UnreadableFileException.class,
                () -> TableReader.read(new ByteArrayInputStream(ole2)));

        assertEquals("Ce fichier est au format Excel 97-2003 (.xls), qui n'est pas pris en charge. Enregistrez-le "
                        + "au format .xlsx ou CSV UTF-8, puis importez-le à nouveau.",
                ImportMessages.format(e.problem(), Locale.FRENCH));
    }

    @Test
    void rejectsCsvThatIsNotUtf8() {
        byte[] windows1252 = "nom\nSégou\n".getBytes(Charset.forName("windows-1252"));

        UnreadableFileException e = assertThrows(UnreadableFileException.class,
                () -> TableReader.read(new ByteArrayInputStream(windows1252)));

        assertEquals("file.notUtf8", e.problem().messageKey());
    }

    @Test
    void rejectsUnclosedQuote() {
        UnreadableFileException e = assertThrows(UnreadableFileException.class,
                () -> TableReader.readCsv("a,b\n1,2\n\"3,4\n5,6\n"));

        assertEquals("Le fichier CSV est mal formé à partir de la ligne 3 : un guillemet n'est sans doute pas "
                        + "fermé. Corrigez les guillemets de cette ligne, puis importez le fichier à nouveau.",
                ImportMessages.format(e.problem(), Locale.FRENCH));
    }

    @Test
    void rejectsZipThatIsNotWorkbook() {
        byte[] zipHeaderOnly = {0x50, 0x4B, 0x03, 0x04, 0, 0, 0, 0};

        UnreadableFileException e = assertThrows(UnreadableFileException.class,
                () -> TableReader.read(new ByteArrayInputStream(zipHeaderOnly)));

        assertEquals("file.unreadableXlsx", e.problem().messageKey());
    }

    @Test
    void rejectsTruncatedWorkbookNamingTheFile() throws IOException {
        byte[] workbook = sampleWorkbook();
        byte[] truncated = Arrays.copyOf(workbook, workbook.length / 2);

        UnreadableFileException e = assertThrows(UnreadableFileException.class,
                () -> TableReader.read(new ByteArrayInputStream(truncated)));

        assertEquals("file.unreadableXlsx", e.problem().messageKey());
        assertEquals("Le fichier « tronque.xlsx » est illisible ou endommagé : ce n'est pas un classeur .xlsx "
                        + "valide. Ouvrez-le dans Excel ou un autre tableur, enregistrez-le à nouveau au format .xlsx, "
                        + "puis importez-le à nouveau.",
                ImportMessages.format(e.problem().withFileName("tronque.xlsx"), Locale.FRENCH));
    }

    @Test
    void rejectsWorkbookWithCorruptEntries() throws IOException {
        byte[] workbook = sampleWorkbook();
        List<byte[]> damaged = new ArrayList<>();
        for (int start = 100; start < workbook.length - 200; start += 400) {
            byte[] copy = workbook.clone();
            Arrays.fill(copy, start, start + 100, (byte) 0x41);
            damaged.add(copy);
        }

        // Every damaged copy is either still readable or rejected as unreadable: no other exception.
        int rejected = 0;
        for (byte[] copy : damaged) {
            try {
                TableReader.read(new ByteArrayInputStream(copy));
            } catch (UnreadableFileException e) {
                assertEquals("file.unreadableXlsx", e.problem().messageKey());
                rejected++;
            }
        }
        assertTrue(rejected > damaged.size() / 2, rejected + " of " + damaged.size() + " rejected");
    }

    @Test
    void fileNameGoesOnlyToWholeFileProblems() {
        ImportProblem whole = ImportProblem.ofFile("file.unreadableXlsx");
        ImportProblem cell = ImportProblem.of(3, "station_code", "B 1", "station.code.missing");

        assertEquals("a.xlsx", whole.withFileName("a.xlsx").value());
        assertEquals("B 1", cell.withFileName("a.xlsx").value());
        assertEquals("", whole.withFileName(null).value());
    }

    @Test
    void readsXlsxNumbersInShortestForm() throws IOException, UnreadableFileException {
        byte[] workbook = AdminUnitImporterTest.workbook(List.of(
                List.of("n", "lat"),
                List.of(340, 12.6392),
                List.of(1.0, -7.98)));

        Table table = TableReader.read(new ByteArrayInputStream(workbook));

        assertEquals(List.of("340", "12.6392"), table.rows().get(0).cells());
        assertEquals(List.of("1", "-7.98"), table.rows().get(1).cells());
    }

    private static byte[] sampleWorkbook() throws IOException {
        List<List<?>> rows = new ArrayList<>();
        rows.add(List.of("code", "voters"));
        for (int i = 1; i <= 200; i++) {
            rows.add(List.of("B" + i, i));
        }
        return AdminUnitImporterTest.workbook(rows);
    }
}
