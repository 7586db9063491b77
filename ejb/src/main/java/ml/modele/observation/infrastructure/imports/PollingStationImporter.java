package ml.modele.observation.infrastructure.imports;

import static ml.modele.observation.infrastructure.imports.StationFileColumns.AREA;
import static ml.modele.observation.infrastructure.imports.StationFileColumns.CENTRE_CODE;
import static ml.modele.observation.infrastructure.imports.StationFileColumns.CENTRE_NAME;
import static ml.modele.observation.infrastructure.imports.StationFileColumns.COMMUNE_CODE;
import static ml.modele.observation.infrastructure.imports.StationFileColumns.GENERATED;
import static ml.modele.observation.infrastructure.imports.StationFileColumns.LATITUDE;
import static ml.modele.observation.infrastructure.imports.StationFileColumns.LONGITUDE;
import static ml.modele.observation.infrastructure.imports.StationFileColumns.REGISTERED_VOTERS;
import static ml.modele.observation.infrastructure.imports.StationFileColumns.STATION_CODE;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.DoublePredicate;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;

import ml.modele.observation.domain.geography.AreaType;
import ml.modele.observation.domain.geography.Coordinates;
import ml.modele.observation.domain.geography.PollingCentre;
import ml.modele.observation.domain.geography.PollingFrame;
import ml.modele.observation.domain.geography.PollingStation;

/**
 * Imports polling centres and stations (centres et bureaux de vote) from a station file, one row
 * per station, as described in docs/station-file-layout.md. The whole file is validated against
 * the known commune P-codes before anything is returned: one bad row rejects it.
 */
public final class PollingStationImporter {

    /** Centre and station codes: a letter or digit, then letters, digits and . _ / -, at most 40 characters. */
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._/-]{0,39}");
    /** Voter counts: digits, with spaces as thousands separators as French spreadsheets write them. */
    private static final Pattern GROUPING_SPACES = Pattern.compile("[ \u00A0\u202F]");

    private static final Logger LOG = Logger.getLogger(PollingStationImporter.class.getName());

    private final Set<String> knownCommuneCodes;

    /** Creates an importer that accepts the given commune P-codes. */
    public PollingStationImporter(Set<String> knownCommuneCodes) {
        this.knownCommuneCodes = Set.copyOf(knownCommuneCodes);
    }

    /**
     * Reads and validates a CSV or .xlsx station file.
     *
     * @throws IOException if reading the stream fails
     */
    public ImportResult<PollingFrame> importFile(InputStream input) throws IOException {
        try {
            return importTable(TableReader.read(input));
        } catch (UnreadableFileException e) {
            LOG.log(Level.INFO, "Rejected unreadable station file: " + e.getMessage(), e);
            return ImportResult.rejected(List.of(e.problem()));
        }
    }

    /** Validates a table that is already read. */
    public ImportResult<PollingFrame> importTable(Table table) {
        List<ImportProblem> problems = new ArrayList<>();
        TableColumns columns = TableColumns.resolve(table, StationFileColumns.REQUIRED, List.of(GENERATED), problems);
        if (columns == null) {
            return reject(problems);
        }

        Map<String, CentreRow> centres = new LinkedHashMap<>();
        Map<String, Integer> stationRows = new HashMap<>();
        List<PollingStation> stations = new ArrayList<>();
        for (TableRow row : table.rows()) {
            int before = problems.size();
            columns.checkWidth(row, problems);
            String communeCode = checkCommune(row, columns, problems);
            String centreCode = checkCode(row, columns, CENTRE_CODE, "centre.code.missing", problems);
            String centreName = checkCentreName(row, columns, problems);
            String stationCode = checkCode(row, columns, STATION_CODE, "station.code.missing", problems);
            Integer voters = checkVoters(row, columns, problems);
            Optional<Coordinates> coordinates = checkCoordinates(row, columns, problems);
            AreaType areaType = checkArea(row, columns, problems);
            Boolean generated = checkGenerated(row, columns, problems);

            if (centreCode != null && communeCode != null && centreName != null) {
                checkCentre(row.rowNumber(), new CentreRow(row.rowNumber(),
                        new PollingCentre(centreCode, communeCode, centreName, Boolean.TRUE.equals(generated))),
                        centres, problems);
            }
            if (stationCode != null) {
                Integer first = stationRows.putIfAbsent(stationCode, row.rowNumber());
                if (first != null) {
                    problems.add(ImportProblem.of(row.rowNumber(), STATION_CODE, stationCode,
                            "station.code.duplicate", Integer.toString(first)));
                }
            }
            if (problems.size() == before) {
                stations.add(new PollingStation(stationCode, centreCode, voters, coordinates.orElse(null), areaType,
                        generated));
            }
        }
        if (!problems.isEmpty()) {
            return reject(problems);
        }

        List<PollingCentre> centreList = centres.values().stream().map(CentreRow::centre).toList();
        PollingFrame frame = new PollingFrame(centreList, stations);
        LOG.info(() -> "Validated station file: " + centreList.size() + " centres, " + stations.size()
                + " stations, " + frame.totalRegisteredVoters() + " registered voters");
        return ImportResult.accepted(frame);
    }

    private static ImportResult<PollingFrame> reject(List<ImportProblem> problems) {
        LOG.info(() -> "Rejected station file with " + problems.size() + " problems");
        return ImportResult.rejected(problems);
    }

    /** Centre as first declared, with the row that declared it. */
    private record CentreRow(int rowNumber, PollingCentre centre) {
    }

    private String checkCommune(TableRow row, TableColumns columns, List<ImportProblem> problems) {
        String code = columns.cell(row, COMMUNE_CODE);
        if (code.isEmpty()) {
            problems.add(ImportProblem.of(row.rowNumber(), COMMUNE_CODE, code, "commune.missing"));
            return null;
        }
        if (!knownCommuneCodes.contains(code)) {
            problems.add(ImportProblem.of(row.rowNumber(), COMMUNE_CODE, code, "commune.unknown"));
            return null;
        }
        return code;
    }

    private static String checkCode(TableRow row, TableColumns columns, String column, String missingKey,
                                    List<ImportProblem> problems) {
        String code = columns.cell(row, column);
        if (code.isEmpty()) {
            problems.add(ImportProblem.of(row.rowNumber(), column, code, missingKey));
            return null;
        }
        if (!CODE.matcher(code).matches()) {
            problems.add(ImportProblem.of(row.rowNumber(), column, code, "stationFile.code.invalid"));
            return null;
        }
        return code;
    }

    private static String checkCentreName(TableRow row, TableColumns columns, List<ImportProblem> problems) {
        String name = columns.cell(row, CENTRE_NAME);
        if (name.isEmpty()) {
            problems.add(ImportProblem.of(row.rowNumber(), CENTRE_NAME, name, "centre.name.missing"));
            return null;
        }
        return name;
    }

    /** Checks that a centre met again has the same name and commune as on its first row. */
    private static void checkCentre(int rowNumber, CentreRow current, Map<String, CentreRow> centres,
                                    List<ImportProblem> problems) {
        CentreRow first = centres.putIfAbsent(current.centre().code(), current);
        if (first == null) {
            return;
        }
        PollingCentre was = first.centre();
        PollingCentre now = current.centre();
        String firstRow = Integer.toString(first.rowNumber());
        if (!was.name().equals(now.name())) {
            problems.add(ImportProblem.of(rowNumber, CENTRE_NAME, now.name(), "centre.name.conflict",
                    firstRow, was.name(), now.code()));
        }
        if (!was.communeCode().equals(now.communeCode())) {
            problems.add(ImportProblem.of(rowNumber, COMMUNE_CODE, now.communeCode(), "centre.commune.conflict",
                    firstRow, was.communeCode(), now.code()));
        }
    }

    private static Integer checkVoters(TableRow row, TableColumns columns, List<ImportProblem> problems) {
        String text = columns.cell(row, REGISTERED_VOTERS);
        if (text.isEmpty()) {
            problems.add(ImportProblem.of(row.rowNumber(), REGISTERED_VOTERS, text, "voters.missing"));
            return null;
        }
        String digits = GROUPING_SPACES.matcher(text).replaceAll("");
        int voters;
        try {
            voters = Integer.parseInt(digits);
        } catch (NumberFormatException e) {
            problems.add(ImportProblem.of(row.rowNumber(), REGISTERED_VOTERS, text, "voters.invalid"));
            return null;
        }
        if (voters < 0) {
            problems.add(ImportProblem.of(row.rowNumber(), REGISTERED_VOTERS, text, "voters.negative"));
            return null;
        }
        return voters;
    }

    /** Returns the position, empty when both cells are empty, and null after a problem. */
    private static Optional<Coordinates> checkCoordinates(TableRow row, TableColumns columns,
                                                          List<ImportProblem> problems) {
        String latitudeText = columns.cell(row, LATITUDE);
        String longitudeText = columns.cell(row, LONGITUDE);
        if (latitudeText.isEmpty() && longitudeText.isEmpty()) {
            return Optional.empty();
        }
        if (latitudeText.isEmpty() || longitudeText.isEmpty()) {
            String missing = latitudeText.isEmpty() ? LATITUDE : LONGITUDE;
            String other = latitudeText.isEmpty() ? LONGITUDE : LATITUDE;
            problems.add(ImportProblem.of(row.rowNumber(), missing, "", "coordinates.incomplete", other));
            return null;
        }
        Double latitude = checkDegrees(row.rowNumber(), LATITUDE, latitudeText, Coordinates::isLatitudeInMali,
                "latitude.outOfRange", problems);
        Double longitude = checkDegrees(row.rowNumber(), LONGITUDE, longitudeText, Coordinates::isLongitudeInMali,
                "longitude.outOfRange", problems);
        if (latitude == null || longitude == null) {
            return null;
        }
        return Optional.of(new Coordinates(latitude, longitude));
    }

    /** Parses decimal degrees, with a point or a comma as decimal separator, and checks the national bounds. */
    private static Double checkDegrees(int rowNumber, String column, String text, DoublePredicate inMali,
                                       String outOfRangeKey, List<ImportProblem> problems) {
        double degrees;
        try {
            degrees = new BigDecimal(text.replace(',', '.')).doubleValue();
        } catch (NumberFormatException e) {
            problems.add(ImportProblem.of(rowNumber, column, text, "coordinate.invalid"));
            return null;
        }
        if (!inMali.test(degrees)) {
            problems.add(ImportProblem.of(rowNumber, column, text, outOfRangeKey));
            return null;
        }
        return degrees;
    }

    private static AreaType checkArea(TableRow row, TableColumns columns, List<ImportProblem> problems) {
        String text = columns.cell(row, AREA);
        Optional<AreaType> areaType = AreaType.parse(text);
        if (areaType.isEmpty()) {
            problems.add(ImportProblem.of(row.rowNumber(), AREA, text, "area.invalid"));
            return null;
        }
        return areaType.get();
    }

    private static Boolean checkGenerated(TableRow row, TableColumns columns, List<ImportProblem> problems) {
        String text = columns.cell(row, GENERATED).toLowerCase(Locale.ROOT);
        switch (text) {
            case "":
            case "non":
            case "no":
            case "false":
            case "0":
                return false;
            case "oui":
            case "yes":
            case "true":
            case "1":
                return true;
            default:
                problems.add(ImportProblem.of(row.rowNumber(), GENERATED, columns.cell(row, GENERATED),
                        "generated.invalid"));
                return null;
        }
    }
}
