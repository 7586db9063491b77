package ml.modele.observation.infrastructure.imports;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

import ml.modele.observation.domain.geography.AdminHierarchy;
import ml.modele.observation.domain.geography.AdminLevel;
import ml.modele.observation.domain.geography.AdminUnit;
import ml.modele.observation.domain.geography.MaliRegionNames;
import ml.modele.observation.domain.geography.PCodes;

/**
 * Imports administrative units (régions, cercles, communes) from a file in the OCHA COD-AB shape,
 * with the columns {@code Location, Admin Level, P-Code, Name, Parent P-Code, Valid from date}
 * in any order. The whole file is validated before any unit is returned: one bad row rejects it.
 */
public final class AdminUnitImporter {

    public static final String LOCATION = "Location";
    public static final String ADMIN_LEVEL = "Admin Level";
    public static final String P_CODE = "P-Code";
    public static final String NAME = "Name";
    public static final String PARENT_P_CODE = "Parent P-Code";
    public static final String VALID_FROM = "Valid from date";
    public static final List<String> COLUMNS = List.of(LOCATION, ADMIN_LEVEL, P_CODE, NAME, PARENT_P_CODE, VALID_FROM);

    /** Class-path location of the P-code file of Mali valid from 2021-12-20. */
    public static final String DEFAULT_MALI_FILE =
            "/ml/modele/observation/geography/mli_pcodes_ocha_codab_2021-12-20.csv";

    private static final Logger LOG = Logger.getLogger(AdminUnitImporter.class.getName());

    private static final DateTimeFormatter FRENCH_DATE =
            DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT);

    /**
     * Reads and validates a CSV or .xlsx file.
     *
     * @throws IOException if reading the stream fails
     */
    public ImportResult<AdminHierarchy> importFile(InputStream input) throws IOException {
        try {
            return importTable(TableReader.read(input));
        } catch (UnreadableFileException e) {
            LOG.log(Level.INFO, "Rejected unreadable admin unit file: " + e.getMessage(), e);
            return ImportResult.rejected(List.of(e.problem()));
        }
    }

    /** Validates a table that is already read. */
    public ImportResult<AdminHierarchy> importTable(Table table) {
        List<ImportProblem> problems = new ArrayList<>();
        TableColumns columns = TableColumns.resolve(table, COLUMNS, List.of(), problems);
        if (columns == null) {
            return reject(problems);
        }

        List<ParsedRow> parsed = new ArrayList<>();
        Map<String, ParsedRow> firstByCode = new HashMap<>();
        for (TableRow row : table.rows()) {
            columns.checkWidth(row, problems);
            ParsedRow current = parseRow(row, columns, problems);
            parsed.add(current);
            if (current.code != null) {
                ParsedRow first = firstByCode.putIfAbsent(current.code, current);
                if (first != null) {
                    problems.add(ImportProblem.of(row.rowNumber(), P_CODE, current.code, "code.duplicate",
                            Integer.toString(first.rowNumber)));
                }
            }
        }
        for (ParsedRow row : parsed) {
            checkParent(row, firstByCode, problems);
        }
        if (!problems.isEmpty()) {
            return reject(problems);
        }

        List<AdminUnit> units = new ArrayList<>();
        for (ParsedRow row : parsed) {
            units.add(new AdminUnit(row.code, row.level, row.name, row.parentCode, row.validFrom));
        }
        AdminHierarchy hierarchy = new AdminHierarchy(units);
        LOG.info(() -> "Validated admin unit file: " + hierarchy.countByLevel());
        return ImportResult.accepted(hierarchy);
    }

    /**
     * Loads the P-code file of Mali that ships with the application and gives the régions their
     * accented display names from {@link MaliRegionNames}.
     *
     * @throws IllegalStateException if the bundled file is missing or does not validate
     */
    public AdminHierarchy importDefaultMali() {
        try (InputStream input = AdminUnitImporter.class.getResourceAsStream(DEFAULT_MALI_FILE)) {
            if (input == null) {
                throw new IllegalStateException("Missing class-path resource " + DEFAULT_MALI_FILE);
            }
            ImportResult<AdminHierarchy> result = importFile(input);
            if (!result.isAccepted()) {
                throw new IllegalStateException("Invalid bundled file " + DEFAULT_MALI_FILE + ": "
                        + result.problems());
            }
            return MaliRegionNames.apply(result.value());
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + DEFAULT_MALI_FILE, e);
        }
    }

    private static ImportResult<AdminHierarchy> reject(List<ImportProblem> problems) {
        LOG.info(() -> "Rejected admin unit file with " + problems.size() + " problems");
        return ImportResult.rejected(problems);
    }

    /** Row values that passed their own checks. A field stays null when its cell is invalid. */
    private static final class ParsedRow {
        int rowNumber;
        AdminLevel level;
        String code;
        String name;
        String parentCode;
        LocalDate validFrom;
    }

    private static ParsedRow parseRow(TableRow row, TableColumns columns, List<ImportProblem> problems) {
        int number = row.rowNumber();
        ParsedRow parsed = new ParsedRow();
        parsed.rowNumber = number;

        String location = columns.cell(row, LOCATION);
        if (location.isEmpty()) {
            problems.add(ImportProblem.of(number, LOCATION, location, "location.missing", PCodes.COUNTRY_CODE));
        } else if (!location.equals(PCodes.COUNTRY_CODE)) {
            problems.add(ImportProblem.of(number, LOCATION, location, "location.invalid", PCodes.COUNTRY_CODE));
        }

        String levelText = columns.cell(row, ADMIN_LEVEL);
        parsed.level = parseLevel(levelText).orElse(null);
        if (levelText.isEmpty()) {
            problems.add(ImportProblem.of(number, ADMIN_LEVEL, levelText, "level.missing"));
        } else if (parsed.level == null) {
            problems.add(ImportProblem.of(number, ADMIN_LEVEL, levelText, "level.invalid"));
        }

        String code = columns.cell(row, P_CODE);
        if (code.isEmpty()) {
            problems.add(ImportProblem.of(number, P_CODE, code, "code.missing"));
        } else if (parsed.level != null && !PCodes.isValid(code, parsed.level)) {
            problems.add(ImportProblem.of(number, P_CODE, code, "code.invalidForLevel",
                    Integer.toString(parsed.level.number()), Integer.toString(2 * parsed.level.number())));
        } else if (parsed.level == null && !PCodes.isValidAnyLevel(code)) {
            problems.add(ImportProblem.of(number, P_CODE, code, "code.invalid"));
        } else {
            parsed.code = code;
        }

        parsed.name = columns.cell(row, NAME);
        if (parsed.name.isEmpty()) {
            problems.add(ImportProblem.of(number, NAME, "", "name.missing"));
        }

        parsed.parentCode = columns.cell(row, PARENT_P_CODE);
        if (parsed.parentCode.isEmpty()) {
            problems.add(ImportProblem.of(number, PARENT_P_CODE, "", "parent.missing"));
        }

        String dateText = columns.cell(row, VALID_FROM);
        parsed.validFrom = parseDate(dateText).orElse(null);
        if (dateText.isEmpty()) {
            problems.add(ImportProblem.of(number, VALID_FROM, dateText, "date.missing"));
        } else if (parsed.validFrom == null) {
            problems.add(ImportProblem.of(number, VALID_FROM, dateText, "date.invalid"));
        }
        return parsed;
    }

    /** Checks that a région's parent is the country and that another unit's parent is in the file one level up. */
    private static void checkParent(ParsedRow row, Map<String, ParsedRow> unitsByCode, List<ImportProblem> problems) {
        if (row.level == null || row.parentCode.isEmpty()) {
            return;
        }
        Optional<AdminLevel> parentLevel = row.level.parent();
        if (parentLevel.isEmpty()) {
            if (!row.parentCode.equals(PCodes.COUNTRY_CODE)) {
                problems.add(ImportProblem.of(row.rowNumber, PARENT_P_CODE, row.parentCode, "parent.notCountry",
                        PCodes.COUNTRY_CODE));
            }
            return;
        }
        ParsedRow parent = unitsByCode.get(row.parentCode);
        if (parent == null) {
            problems.add(ImportProblem.of(row.rowNumber, PARENT_P_CODE, row.parentCode, "parent.unknown"));
        } else if (parent.level != null && parent.level != parentLevel.get()) {
            problems.add(ImportProblem.of(row.rowNumber, PARENT_P_CODE, row.parentCode, "parent.wrongLevel",
                    Integer.toString(parent.rowNumber), Integer.toString(parent.level.number()),
                    Integer.toString(parentLevel.get().number())));
        }
    }

    private static Optional<AdminLevel> parseLevel(String text) {
        try {
            return AdminLevel.ofNumber(Integer.parseInt(text));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Parses an ISO date (2021-12-20) or a French one (20/12/2021), the form a French spreadsheet saves. */
    private static Optional<LocalDate> parseDate(String text) {
        for (DateTimeFormatter formatter : List.of(DateTimeFormatter.ISO_LOCAL_DATE, FRENCH_DATE)) {
            try {
                return Optional.of(LocalDate.parse(text, formatter));
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        return Optional.empty();
    }
}
