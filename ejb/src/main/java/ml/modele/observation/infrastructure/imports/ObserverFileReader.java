package ml.modele.observation.infrastructure.imports;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;

import ml.modele.observation.domain.observer.ObserverCategory;
import ml.modele.observation.domain.observer.ObserverCode;
import ml.modele.observation.domain.observer.ObserverStatus;
import ml.modele.observation.domain.observer.PhoneNumbers;
import ml.modele.observation.domain.observer.Sex;

/**
 * Reads an observer file (CSV or .xlsx, one row per observer, layout in
 * docs/observer-file-layout.md) and checks each row on its own and against the other rows:
 * required values, formats, known commune and organisation, and no code, phone number or national
 * ID twice in the file. A row with any problem is rejected whole; the others are returned.
 * Checks against the stored observers come after, in {@link ObserverMatcher}.
 */
public final class ObserverFileReader {

    /** Longest name, as the database column holds it. */
    static final int MAX_NAME_LENGTH = 100;
    static final int MAX_LANGUAGES_LENGTH = 200;
    /** Youngest age at which the mission recruits an observer: 18, the voting age in Mali. */
    static final int MIN_AGE = 18;
    static final int MIN_BIRTH_YEAR = 1920;

    private static final Pattern NATIONAL_ID = Pattern.compile("[A-Z0-9][A-Z0-9-]{4,31}");
    private static final Pattern YEAR = Pattern.compile("[0-9]{4}");
    private static final Pattern DIGITS = Pattern.compile("[0-9]{1,6}");
    private static final Pattern LIST_SEPARATORS = Pattern.compile("[;,|\\n]+");
    private static final Pattern PHONE_SEPARATORS = Pattern.compile("[;,|/\\n]+");
    private static final Pattern SPACES = Pattern.compile("[\\s\u00A0\u202F]+");

    private static final Logger LOG = Logger.getLogger(ObserverFileReader.class.getName());

    private final Set<String> communeCodes;
    private final Map<String, String> organisationsByKey;
    private final int currentYear;

    /**
     * Creates a reader.
     *
     * @param communeCodes  P-codes of the communes of the current map
     * @param organisations partner organisations as code to name; a file may give either
     * @param currentYear   year of the import, which bounds the year of birth
     */
    public ObserverFileReader(Set<String> communeCodes, Map<String, String> organisations, int currentYear) {
        this.communeCodes = Set.copyOf(communeCodes);
        this.organisationsByKey = new HashMap<>();
        organisations.forEach((code, name) -> {
            organisationsByKey.put(ObserverColumn.normalise(code), code);
            organisationsByKey.put(ObserverColumn.normalise(name), code);
        });
        this.currentYear = currentYear;
    }

    /**
     * Reads and checks a CSV or .xlsx file.
     *
     * @throws IOException if reading the stream fails
     */
    public ObserverFile read(InputStream input) throws IOException {
        try {
            return read(TableReader.read(input));
        } catch (UnreadableFileException e) {
            LOG.log(Level.INFO, "Rejected unreadable observer file: " + e.getMessage(), e);
            return ObserverFile.unreadable(List.of(e.problem()));
        }
    }

    /** Checks a table that is already read. */
    public ObserverFile read(Table table) {
        List<ImportProblem> problems = new ArrayList<>();
        Map<ObserverColumn, Integer> columns = resolveColumns(table, problems);
        if (columns == null) {
            return ObserverFile.unreadable(problems);
        }

        Map<String, Integer> codeRows = new HashMap<>();
        Map<String, Integer> phoneRows = new HashMap<>();
        Map<String, Integer> nationalIdRows = new HashMap<>();
        List<ObserverFileRow> rows = new ArrayList<>();
        for (TableRow tableRow : table.rows()) {
            Cells cells = new Cells(table, columns, tableRow);
            List<ImportProblem> rowProblems = new ArrayList<>();
            ObserverFileRow row = readRow(cells, rowProblems);
            if (row != null) {
                firstOccurrence(codeRows, row.code(), cells, ObserverColumn.CODE, "observer.code.duplicateInFile",
                        rowProblems);
                for (String phone : row.phones()) {
                    firstOccurrence(phoneRows, phone, cells, ObserverColumn.PHONES, "observer.phone.duplicateInFile",
                            rowProblems);
                }
                firstOccurrence(nationalIdRows, row.nationalId(), cells, ObserverColumn.NATIONAL_ID,
                        "observer.nationalId.duplicateInFile", rowProblems);
            }
            if (rowProblems.isEmpty()) {
                rows.add(row);
            }
            problems.addAll(rowProblems);
        }
        problems.sort(Comparator.comparingInt(ImportProblem::rowNumber));
        int rowCount = table.rows().size();
        LOG.info(() -> "Read observer file: " + rowCount + " rows, " + rows.size() + " valid");
        return new ObserverFile(rows, problems, rowCount);
    }

    private static Map<ObserverColumn, Integer> resolveColumns(Table table, List<ImportProblem> problems) {
        if (table.headers().isEmpty()) {
            problems.add(ImportProblem.ofFile("file.empty"));
            return null;
        }
        Map<ObserverColumn, Integer> columns = new EnumMap<>(ObserverColumn.class);
        for (int i = 0; i < table.headers().size(); i++) {
            String header = table.headers().get(i);
            ObserverColumn column = ObserverColumn.ofHeader(header);
            if (column != null && columns.putIfAbsent(column, i) != null) {
                problems.add(ImportProblem.of(1, header, header, "observer.column.duplicate",
                        table.headers().get(columns.get(column))));
            }
        }
        for (ObserverColumn column : ObserverColumn.values()) {
            if (column.required() && !columns.containsKey(column)) {
                problems.add(ImportProblem.of(1, column.fileName(), "", "observer.column.missing",
                        String.join(", ", column.names())));
            }
        }
        if (!problems.isEmpty()) {
            return null;
        }
        if (table.rows().isEmpty()) {
            problems.add(ImportProblem.ofFile("file.noRows"));
            return null;
        }
        return columns;
    }

    private ObserverFileRow readRow(Cells cells, List<ImportProblem> problems) {
        String code = readCode(cells, problems);
        String lastName = readName(cells, ObserverColumn.LAST_NAME, problems);
        String firstName = readName(cells, ObserverColumn.FIRST_NAME, problems);
        Sex sex = readSex(cells, problems);
        Integer birthYear = readBirthYear(cells, problems);
        String organisation = readOrganisation(cells, problems);
        ObserverCategory category = readCategory(cells, problems);
        String commune = readCommune(cells, problems);
        String languages = readLanguages(cells, problems);
        Boolean disability = readDisability(cells, problems);
        String nationalId = readNationalId(cells, problems);
        List<String> phones = readPhones(cells, problems);
        ObserverStatus status = readStatus(cells, problems);
        String supervisor = readSupervisor(cells, problems);
        if (!problems.isEmpty()) {
            return null;
        }
        return new ObserverFileRow(cells.rowNumber(), code, lastName, firstName, sex, birthYear, organisation,
                category, commune, languages, disability, nationalId, phones, status, supervisor);
    }

    private static String readCode(Cells cells, List<ImportProblem> problems) {
        String value = cells.get(ObserverColumn.CODE);
        if (value.isEmpty()) {
            return null;
        }
        return checkedCode(cells, ObserverColumn.CODE, value, "observer.code.invalid", problems);
    }

    private static String readSupervisor(Cells cells, List<ImportProblem> problems) {
        String value = cells.get(ObserverColumn.SUPERVISOR);
        if (value.isEmpty()) {
            return null;
        }
        return checkedCode(cells, ObserverColumn.SUPERVISOR, value, "observer.supervisor.invalid", problems);
    }

    /**
     * Checks an observer code. A spreadsheet that stored the code as a number drops its leading
     * zeros, so a shorter run of digits is padded back to 6. The padding cannot turn a typing
     * error into a valid code: a leading 0 leaves the Damm interim digit at 0.
     */
    private static String checkedCode(Cells cells, ObserverColumn column, String value, String key,
                                      List<ImportProblem> problems) {
        String digits = DIGITS.matcher(value).matches()
                ? "0".repeat(ObserverCode.LENGTH - value.length()) + value
                : value;
        if (!ObserverCode.isValid(digits)) {
            problems.add(cells.problem(column, value, key));
            return null;
        }
        return digits;
    }

    private static String readName(Cells cells, ObserverColumn column, List<ImportProblem> problems) {
        String value = SPACES.matcher(cells.get(column)).replaceAll(" ");
        if (value.isEmpty()) {
            problems.add(cells.problem(column, value, "observer.name.missing"));
            return null;
        }
        if (value.length() > MAX_NAME_LENGTH) {
            problems.add(cells.problem(column, value, "observer.name.tooLong", Integer.toString(MAX_NAME_LENGTH)));
            return null;
        }
        return value;
    }

    private static Sex readSex(Cells cells, List<ImportProblem> problems) {
        String value = cells.get(ObserverColumn.SEX);
        switch (ObserverColumn.normalise(value)) {
            case "f", "femme", "feminin", "female", "woman":
                return Sex.F;
            case "m", "h", "homme", "masculin", "male", "man":
                return Sex.M;
            default:
                problems.add(cells.problem(ObserverColumn.SEX, value,
                        value.isEmpty() ? "observer.sex.missing" : "observer.sex.invalid"));
                return null;
        }
    }

    private Integer readBirthYear(Cells cells, List<ImportProblem> problems) {
        String value = cells.get(ObserverColumn.BIRTH_YEAR);
        int latest = currentYear - MIN_AGE;
        if (YEAR.matcher(value).matches()) {
            int year = Integer.parseInt(value);
            if (year >= MIN_BIRTH_YEAR && year <= latest) {
                return year;
            }
        }
        problems.add(cells.problem(ObserverColumn.BIRTH_YEAR, value,
                value.isEmpty() ? "observer.birthYear.missing" : "observer.birthYear.invalid",
                Integer.toString(MIN_BIRTH_YEAR), Integer.toString(latest)));
        return null;
    }

    private String readOrganisation(Cells cells, List<ImportProblem> problems) {
        String value = cells.get(ObserverColumn.ORGANISATION);
        String code = organisationsByKey.get(ObserverColumn.normalise(value));
        if (code == null) {
            problems.add(cells.problem(ObserverColumn.ORGANISATION, value,
                    value.isEmpty() ? "observer.organisation.missing" : "observer.organisation.unknown",
                    String.join(", ", organisationsByKey.values().stream().distinct().sorted().toList())));
        }
        return code;
    }

    private static ObserverCategory readCategory(Cells cells, List<ImportProblem> problems) {
        String value = cells.get(ObserverColumn.CATEGORY);
        switch (ObserverColumn.normalise(value)) {
            case "superviseur_national", "sn", "national_supervisor":
                return ObserverCategory.NATIONAL_SUPERVISOR;
            case "coordinateur_regional", "cr", "regional_coordinator":
                return ObserverCategory.REGIONAL_COORDINATOR;
            case "olt", "observateur_de_long_terme", "observateur_long_terme", "long_term_observer", "lto":
                return ObserverCategory.LONG_TERM;
            case "oct", "observateur_de_court_terme", "observateur_court_terme", "short_term_observer", "sto":
                return ObserverCategory.SHORT_TERM;
            default:
                problems.add(cells.problem(ObserverColumn.CATEGORY, value,
                        value.isEmpty() ? "observer.category.missing" : "observer.category.invalid"));
                return null;
        }
    }

    private String readCommune(Cells cells, List<ImportProblem> problems) {
        String value = cells.get(ObserverColumn.COMMUNE).toUpperCase(Locale.ROOT);
        if (value.isEmpty()) {
            problems.add(cells.problem(ObserverColumn.COMMUNE, value, "observer.commune.missing"));
            return null;
        }
        if (!communeCodes.contains(value)) {
            problems.add(cells.problem(ObserverColumn.COMMUNE, cells.get(ObserverColumn.COMMUNE),
                    "observer.commune.unknown"));
            return null;
        }
        return value;
    }

    private static String readLanguages(Cells cells, List<ImportProblem> problems) {
        String value = cells.get(ObserverColumn.LANGUAGES);
        if (value.isEmpty()) {
            return null;
        }
        Set<String> languages = new LinkedHashSet<>();
        for (String language : LIST_SEPARATORS.split(value)) {
            String cleaned = SPACES.matcher(language).replaceAll(" ").trim().toLowerCase(Locale.FRENCH);
            if (!cleaned.isEmpty()) {
                languages.add(cleaned);
            }
        }
        String joined = String.join(", ", languages);
        if (joined.length() > MAX_LANGUAGES_LENGTH) {
            problems.add(cells.problem(ObserverColumn.LANGUAGES, value, "observer.languages.tooLong",
                    Integer.toString(MAX_LANGUAGES_LENGTH)));
            return null;
        }
        return joined;
    }

    private static Boolean readDisability(Cells cells, List<ImportProblem> problems) {
        String value = cells.get(ObserverColumn.DISABILITY);
        switch (ObserverColumn.normalise(value)) {
            case "":
                return null;
            case "oui", "o", "yes", "y", "1", "true", "vrai":
                return Boolean.TRUE;
            case "non", "n", "no", "0", "false", "faux":
                return Boolean.FALSE;
            default:
                problems.add(cells.problem(ObserverColumn.DISABILITY, value, "observer.disability.invalid"));
                return null;
        }
    }

    private static String readNationalId(Cells cells, List<ImportProblem> problems) {
        String value = cells.get(ObserverColumn.NATIONAL_ID);
        if (value.isEmpty()) {
            return null;
        }
        String compact = SPACES.matcher(value).replaceAll("").toUpperCase(Locale.ROOT);
        if (!NATIONAL_ID.matcher(compact).matches()) {
            problems.add(cells.problem(ObserverColumn.NATIONAL_ID, value, "observer.nationalId.invalid"));
            return null;
        }
        return compact;
    }

    private static List<String> readPhones(Cells cells, List<ImportProblem> problems) {
        String value = cells.get(ObserverColumn.PHONES);
        Set<String> phones = new LinkedHashSet<>();
        for (String written : PHONE_SEPARATORS.split(value)) {
            if (written.isBlank()) {
                continue;
            }
            Optional<String> number = PhoneNumbers.toE164(written);
            if (number.isEmpty()) {
                problems.add(cells.problem(ObserverColumn.PHONES, written.trim(), "observer.phone.invalid"));
            } else {
                phones.add(number.get());
            }
        }
        if (phones.isEmpty() && problems.stream().noneMatch(p -> p.messageKey().equals("observer.phone.invalid"))) {
            problems.add(cells.problem(ObserverColumn.PHONES, value, "observer.phone.missing"));
        }
        return List.copyOf(phones);
    }

    private static ObserverStatus readStatus(Cells cells, List<ImportProblem> problems) {
        String value = cells.get(ObserverColumn.STATUS);
        switch (ObserverColumn.normalise(value)) {
            case "":
                return null;
            case "candidat", "candidate":
                return ObserverStatus.CANDIDATE;
            case "actif", "active":
                return ObserverStatus.ACTIVE;
            case "retire", "retired":
                return ObserverStatus.RETIRED;
            default:
                problems.add(cells.problem(ObserverColumn.STATUS, value, "observer.status.invalid"));
                return null;
        }
    }

    private static void firstOccurrence(Map<String, Integer> firstRows, String value, Cells cells,
                                        ObserverColumn column, String key, List<ImportProblem> problems) {
        if (value == null) {
            return;
        }
        Integer first = firstRows.putIfAbsent(value, cells.rowNumber());
        if (first != null && first != cells.rowNumber()) {
            problems.add(cells.problem(column, value, key, Integer.toString(first)));
        }
    }

    /** Cells of one row by column, with the file's own header names for the messages. */
    private record Cells(Table table, Map<ObserverColumn, Integer> columns, TableRow row) {

        int rowNumber() {
            return row.rowNumber();
        }

        String get(ObserverColumn column) {
            Integer index = columns.get(column);
            return index == null || index >= row.cells().size() ? "" : row.cells().get(index);
        }

        ImportProblem problem(ObserverColumn column, String value, String key, String... details) {
            Integer index = columns.get(column);
            String header = index == null ? column.fileName() : table.headers().get(index);
            return ImportProblem.of(row.rowNumber(), header, value, key, details);
        }
    }
}
