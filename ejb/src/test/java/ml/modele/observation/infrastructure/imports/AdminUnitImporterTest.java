package ml.modele.observation.infrastructure.imports;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import ml.modele.observation.domain.geography.AdminHierarchy;
import ml.modele.observation.domain.geography.AdminLevel;
import ml.modele.observation.domain.geography.AdminUnit;

class AdminUnitImporterTest {

    private static final String HEADER = "Location,Admin Level,P-Code,Name,Parent P-Code,Valid from date\n";
    private static final String SEGOU_ROWS = ""
            + "MLI,1,ML04,Segou,MLI,2021-12-20\n"
            + "MLI,2,ML0406,Segou,ML04,2021-12-20\n"
            + "MLI,3,ML040626,Segou,ML0406,2021-12-20\n";

    private final AdminUnitImporter importer = new AdminUnitImporter();

    @Test
    void parsesRealMaliFileLevelCounts() throws IOException {
        ImportResult<AdminHierarchy> result = importBundledFile();

        assertTrue(result.isAccepted(), () -> result.problems().toString());
        Map<AdminLevel, Integer> counts = result.value().countByLevel();
        assertEquals(10, counts.get(AdminLevel.REGION));
        assertEquals(53, counts.get(AdminLevel.CERCLE));
        assertEquals(701, counts.get(AdminLevel.COMMUNE));
        assertEquals(764, result.value().units().size());
    }

    @Test
    void reparsingRealFileGivesIdenticalUnits() throws IOException {
        AdminHierarchy first = importBundledFile().value();
        AdminHierarchy second = importBundledFile().value();

        assertEquals(first.units(), second.units());
    }

    @Test
    void keepsRealFileValuesAsWritten() throws IOException {
        AdminHierarchy hierarchy = importBundledFile().value();

        AdminUnit segou = hierarchy.find("ML040626").orElseThrow();
        assertEquals(new AdminUnit("ML040626", AdminLevel.COMMUNE, "Segou", "ML0406", LocalDate.of(2021, 12, 20)),
                segou);
        assertEquals("Segou", hierarchy.find("ML04").orElseThrow().name());
        assertEquals(6, hierarchy.childrenOf("ML0901").size());
    }

    @Test
    void defaultMaliImportGivesRegionsAccentedNames() {
        AdminHierarchy hierarchy = importer.importDefaultMali();

        assertEquals("Ségou", hierarchy.find("ML04").orElseThrow().name());
        assertEquals("District de Bamako", hierarchy.find("ML09").orElseThrow().name());
        assertEquals("Ménaka", hierarchy.find("ML10").orElseThrow().name());
        assertEquals("Kayes", hierarchy.find("ML01").orElseThrow().name());
        assertEquals("Segou", hierarchy.find("ML0406").orElseThrow().name());
        assertEquals(764, hierarchy.units().size());
    }

    @Test
    void rejectsFileWithUnknownParentAndDuplicateCode() throws IOException {
        String file = HEADER + SEGOU_ROWS
                + "MLI,3,ML040626,Segou bis,ML0406,2021-12-20\n"
                + "MLI,3,ML990101,Inconnue,ML9901,2021-12-20\n";

        ImportResult<AdminHierarchy> result = importCsv(file);

        assertFalse(result.isAccepted());
        assertThrows(IllegalStateException.class, result::value);
        assertEquals(List.of(
                "Ligne 5, colonne « P-Code » : le code « ML040626 » figure déjà à la ligne 4. "
                        + "Gardez une seule ligne par code : supprimez le doublon ou corrigez l'un des deux codes.",
                "Ligne 6, colonne « Parent P-Code » : le code parent « ML9901 » est inconnu. "
                        + "Corrigez le code ou ajoutez d'abord l'unité parente."),
                ImportMessages.formatAll(result.problems(), Locale.FRENCH));
    }

    @Test
    void namesBothRowsInEnglishToo() throws IOException {
        String file = HEADER + SEGOU_ROWS + "MLI,3,ML040626,Segou bis,ML0406,2021-12-20\n";

        ImportResult<AdminHierarchy> result = importCsv(file);

        assertEquals("Row 5, column \"P-Code\": the code \"ML040626\" already appears on row 4. "
                        + "Keep one row per code: delete the duplicate or fix one of the two codes.",
                ImportMessages.format(result.problems().get(0), Locale.ENGLISH));
    }

    static Stream<Arguments> badRows() {
        return Stream.of(
                Arguments.of("MLI,3,ML040627,,ML0406,2021-12-20", "name.missing",
                        "Ligne 5, colonne « Name » : le nom est vide. Indiquez le nom de l'unité."),
                Arguments.of("MLI,3,,Pelengana,ML0406,2021-12-20", "code.missing",
                        "Ligne 5, colonne « P-Code » : le code est vide. Indiquez le P-code de l'unité, par exemple ML0406."),
                Arguments.of("MLI,3,ML04062,Pelengana,ML0406,2021-12-20", "code.invalidForLevel",
                        "Ligne 5, colonne « P-Code » : le code « ML04062 » est invalide pour le niveau 3. "
                                + "Écrivez ML suivi de 6 chiffres, ou corrigez le niveau."),
                Arguments.of("MLI,4,ML040627,Pelengana,ML0406,2021-12-20", "level.invalid",
                        "Ligne 5, colonne « Admin Level » : le niveau « 4 » est invalide. "
                                + "Indiquez 1 (région), 2 (cercle) ou 3 (commune)."),
                Arguments.of("MLI,deux,ML0407,San,ML04,2021-12-20", "level.invalid",
                        "Ligne 5, colonne « Admin Level » : le niveau « deux » est invalide. "
                                + "Indiquez 1 (région), 2 (cercle) ou 3 (commune)."),
                Arguments.of("MLI,,ML0407,San,ML04,2021-12-20", "level.missing",
                        "Ligne 5, colonne « Admin Level » : le niveau est vide. "
                                + "Indiquez 1 (région), 2 (cercle) ou 3 (commune)."),
                Arguments.of("MLI,3,ML040627,Pelengana,ML04,2021-12-20", "parent.wrongLevel",
                        "Ligne 5, colonne « Parent P-Code » : l'unité parente « ML04 » (ligne 2) est de niveau 1, "
                                + "alors que le niveau 2 est attendu. Corrigez le code parent ou le niveau."),
                Arguments.of("MLI,1,ML05,Mopti,ML04,2021-12-20", "parent.notCountry",
                        "Ligne 5, colonne « Parent P-Code » : le code parent « ML04 » est invalide pour une région. "
                                + "Une région a pour parent le pays, « MLI »."),
                Arguments.of("MLI,3,ML040627,Pelengana,,2021-12-20", "parent.missing",
                        "Ligne 5, colonne « Parent P-Code » : le code parent est vide. Indiquez le P-code de "
                                + "l'unité de niveau supérieur, ou MLI pour une région."),
                Arguments.of("MLI,3,ML040627,Pelengana,ML0406,2021-02-30", "date.invalid",
                        "Ligne 5, colonne « Valid from date » : la date « 2021-02-30 » est invalide. "
                                + "Écrivez-la au format AAAA-MM-JJ (2021-12-20) ou JJ/MM/AAAA (20/12/2021)."),
                Arguments.of("MLI,3,ML040627,Pelengana,ML0406,", "date.missing",
                        "Ligne 5, colonne « Valid from date » : la date est vide. "
                                + "Indiquez une date au format AAAA-MM-JJ, par exemple 2021-12-20."),
                Arguments.of("SEN,3,ML040627,Pelengana,ML0406,2021-12-20", "location.invalid",
                        "Ligne 5, colonne « Location » : le code pays « SEN » est invalide. Indiquez « MLI »."),
                Arguments.of("MLI,3,ML040627,Pelengana,ML0406,2021-12-20,extra", "row.tooManyValues",
                        "Ligne 5 : la ligne contient 7 valeurs alors que l'en-tête a 6 colonnes (valeur en trop : "
                                + "« extra »). Mettez entre guillemets toute valeur qui contient le séparateur."));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("badRows")
    void rejectsBadRowWithFrenchMessage(String row, String key, String french) throws IOException {
        ImportResult<AdminHierarchy> result = importCsv(HEADER + SEGOU_ROWS + row + "\n");

        assertFalse(result.isAccepted());
        assertEquals(1, result.problems().size(), () -> result.problems().toString());
        ImportProblem problem = result.problems().get(0);
        assertEquals(5, problem.rowNumber());
        assertEquals(key, problem.messageKey());
        assertEquals(french, ImportMessages.format(problem, Locale.FRENCH));
    }

    @Test
    void reportsEveryProblemOfRejectedFile() throws IOException {
        String file = HEADER
                + "MLI,1,ML04,,MLI,2021-12-20\n"
                + "MLI,2,ML0406,Segou,ML04,20-12-2021\n";

        ImportResult<AdminHierarchy> result = importCsv(file);

        assertEquals(List.of("name.missing", "date.invalid"),
                result.problems().stream().map(ImportProblem::messageKey).toList());
        assertEquals(List.of(2, 3), result.problems().stream().map(ImportProblem::rowNumber).toList());
    }

    @Test
    void rejectsHeaderWithoutRequiredColumn() throws IOException {
        ImportResult<AdminHierarchy> result = importCsv("Location,Admin Level,P-Code,Name,Valid from date\n"
                + "MLI,1,ML04,Segou,2021-12-20\n");

        assertEquals(List.of("Ligne 1 : la colonne obligatoire « Parent P-Code » est absente. L'en-tête doit "
                        + "contenir les colonnes Location, Admin Level, P-Code, Name, Parent P-Code, Valid from date."),
                ImportMessages.formatAll(result.problems(), Locale.FRENCH));
    }

    @Test
    void rejectsColumnNamedTwice() throws IOException {
        ImportResult<AdminHierarchy> result = importCsv(HEADER.replace("\n", ",name\n")
                + "MLI,1,ML04,Segou,MLI,2021-12-20,Ségou\n");

        assertEquals(List.of("Ligne 1 : la colonne « name » apparaît deux fois. Supprimez ou renommez l'une des deux."),
                ImportMessages.formatAll(result.problems(), Locale.FRENCH));
    }

    @Test
    void rejectsEmptyFileAndHeaderOnly() throws IOException {
        assertEquals("file.empty", importCsv("").problems().get(0).messageKey());
        assertEquals("file.noRows", importCsv(HEADER).problems().get(0).messageKey());
        assertEquals("file.noRows", importCsv(HEADER + ",,,,,\n\n").problems().get(0).messageKey());
    }

    @Test
    void acceptsParentListedAfterChild() throws IOException {
        String file = HEADER
                + "MLI,3,ML040626,Segou,ML0406,2021-12-20\n"
                + "MLI,2,ML0406,Segou,ML04,2021-12-20\n"
                + "MLI,1,ML04,Segou,MLI,2021-12-20\n";

        ImportResult<AdminHierarchy> result = importCsv(file);

        assertTrue(result.isAccepted(), () -> result.problems().toString());
        assertEquals("ML040626", result.value().units().get(0).code());
    }

    @Test
    void acceptsSemicolonCsvWithBomAndFrenchDates() throws IOException {
        String file = "\uFEFFlocation;admin level;p-code;name;parent p-code;valid from date\r\n"
                + "MLI;1;ML04;Ségou;MLI;20/12/2021\r\n"
                + "MLI;2;ML0406;\"Segou; ville\";ML04;2021-12-20\r\n";

        ImportResult<AdminHierarchy> result = importCsv(file);

        assertTrue(result.isAccepted(), () -> result.problems().toString());
        assertEquals(List.of(
                new AdminUnit("ML04", AdminLevel.REGION, "Ségou", "MLI", LocalDate.of(2021, 12, 20)),
                new AdminUnit("ML0406", AdminLevel.CERCLE, "Segou; ville", "ML04", LocalDate.of(2021, 12, 20))),
                result.value().units());
    }

    @Test
    void parsesXlsxWorkbookLikeCsv() throws IOException {
        byte[] workbook = workbook(List.of(
                List.of("Location", "Admin Level", "P-Code", "Name", "Parent P-Code", "Valid from date"),
                List.of("MLI", 1, "ML04", "Ségou", "MLI", LocalDate.of(2021, 12, 20)),
                List.of("MLI", 2, "ML0406", "Segou", "ML04", "2021-12-20"),
                List.of("MLI", 3.0, "ML040626", "Segou", "ML0406", LocalDate.of(2021, 12, 20))));

        ImportResult<AdminHierarchy> fromXlsx = importer.importFile(new ByteArrayInputStream(workbook));
        ImportResult<AdminHierarchy> fromCsv = importCsv(HEADER
                + "MLI,1,ML04,Ségou,MLI,2021-12-20\n"
                + "MLI,2,ML0406,Segou,ML04,2021-12-20\n"
                + "MLI,3,ML040626,Segou,ML0406,2021-12-20\n");

        assertTrue(fromXlsx.isAccepted(), () -> fromXlsx.problems().toString());
        assertEquals(fromCsv.value(), fromXlsx.value());
    }

    @Test
    void namesWorksheetRowsInXlsxProblems() throws IOException {
        byte[] workbook = workbook(List.of(
                List.of("Location", "Admin Level", "P-Code", "Name", "Parent P-Code", "Valid from date"),
                List.of("MLI", 1, "ML04", "Ségou", "MLI", LocalDate.of(2021, 12, 20)),
                List.of(),
                List.of("MLI", 2, "ML0406", "Segou", "ML9901", LocalDate.of(2021, 12, 20))));

        ImportResult<AdminHierarchy> result = importer.importFile(new ByteArrayInputStream(workbook));

        assertEquals("Ligne 4, colonne « Parent P-Code » : le code parent « ML9901 » est inconnu. "
                        + "Corrigez le code ou ajoutez d'abord l'unité parente.",
                ImportMessages.format(result.problems().get(0), Locale.FRENCH));
    }

    private ImportResult<AdminHierarchy> importBundledFile() throws IOException {
        try (InputStream input = getClass().getResourceAsStream(AdminUnitImporter.DEFAULT_MALI_FILE)) {
            return importer.importFile(input);
        }
    }

    private ImportResult<AdminHierarchy> importCsv(String text) throws IOException {
        return importer.importFile(new ByteArrayInputStream(text.getBytes(UTF_8)));
    }

    /** Builds an .xlsx workbook: strings, numbers and dates become cells of those types, an empty list an absent row. */
    static byte[] workbook(List<List<?>> rows) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Feuil1");
            CellStyle dateStyle = workbook.createCellStyle();
            dateStyle.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
            for (int r = 0; r < rows.size(); r++) {
                if (rows.get(r).isEmpty()) {
                    continue;
                }
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    Object value = rows.get(r).get(c);
                    if (value instanceof Number number) {
                        row.createCell(c).setCellValue(number.doubleValue());
                    } else if (value instanceof LocalDate date) {
                        row.createCell(c).setCellValue(date);
                        row.getCell(c).setCellStyle(dateStyle);
                    } else {
                        row.createCell(c).setCellValue(value.toString());
                    }
                }
            }
            workbook.write(bytes);
            return bytes.toByteArray();
        }
    }
}
