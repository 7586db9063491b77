package ml.modele.observation.infrastructure.imports;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import ml.modele.observation.domain.geography.AdminLevel;
import ml.modele.observation.domain.geography.AdminUnit;
import ml.modele.observation.domain.geography.AreaType;
import ml.modele.observation.domain.geography.Coordinates;
import ml.modele.observation.domain.geography.MaliFrameGenerator;
import ml.modele.observation.domain.geography.PollingCentre;
import ml.modele.observation.domain.geography.PollingFrame;
import ml.modele.observation.domain.geography.PollingStation;
import ml.modele.observation.domain.geography.StationDiff;
import ml.modele.observation.domain.geography.StationField;

class PollingStationImporterTest {

    private static final String HEADER =
            "commune_code,centre_code,centre_name,station_code,registered_voters,latitude,longitude,area\n";
    /** Rows 2 to 4: two stations in one Ségou centre, one in Kayes. */
    private static final String VALID_ROWS = ""
            + "ML040626,SEG-001,École Darsalam,SEG-001-01,412,13.4317,-6.2633,urbain\n"
            + "ML040626,SEG-001,École Darsalam,SEG-001-02,388,13.4317,-6.2633,U\n"
            + "ML010312,KAY-004,Mairie de Kayes,KAY-004-01,530,,,\n";

    private final PollingStationImporter importer =
            new PollingStationImporter(Set.of("ML040626", "ML010312", "ML090101"));

    @Test
    void parsesCentresAndStations() throws IOException {
        ImportResult<PollingFrame> result = importCsv(HEADER + VALID_ROWS);

        assertTrue(result.isAccepted(), () -> result.problems().toString());
        PollingFrame frame = result.value();
        assertEquals(List.of(
                new PollingCentre("SEG-001", "ML040626", "École Darsalam", false),
                new PollingCentre("KAY-004", "ML010312", "Mairie de Kayes", false)),
                frame.centres());
        assertEquals(List.of(
                new PollingStation("SEG-001-01", "SEG-001", 412, new Coordinates(13.4317, -6.2633), AreaType.URBAN,
                        false),
                new PollingStation("SEG-001-02", "SEG-001", 388, new Coordinates(13.4317, -6.2633), AreaType.URBAN,
                        false),
                new PollingStation("KAY-004-01", "KAY-004", 530, null, AreaType.UNSPECIFIED, false)),
                frame.stations());
        assertEquals(1330, frame.totalRegisteredVoters());
    }

    @Test
    void acceptsFrenchSpreadsheetForms() throws IOException {
        String file = "\uFEFFcommune_code;centre_code;centre_name;station_code;registered_voters;latitude;longitude;area\r\n"
                + "ML090101;BKO-1;Groupe scolaire Korofina;BKO-1-1;1 204;12,6392;-7,9812;Urban\r\n"
                + "ML090101;BKO-1;Groupe scolaire Korofina;BKO-1-2;0;12,6392;-7,9812;R\r\n";

        ImportResult<PollingFrame> result = importCsv(file);

        assertTrue(result.isAccepted(), () -> result.problems().toString());
        PollingStation first = result.value().stations().get(0);
        assertEquals(1204, first.registeredVoters());
        assertEquals(new Coordinates(12.6392, -7.9812), first.coordinates());
        assertEquals(AreaType.URBAN, first.areaType());
        assertEquals(AreaType.RURAL, result.value().stations().get(1).areaType());
    }

    static Stream<Arguments> badRows() {
        return Stream.of(
                Arguments.of("ML990101,X-1,École,X-1-01,300,,,", "commune.unknown",
                        "Ligne 5, colonne « commune_code » : la commune « ML990101 » est inconnue. Corrigez le "
                                + "P-code ou importez d'abord le découpage administratif qui la contient."),
                Arguments.of(",X-1,École,X-1-01,300,,,", "commune.missing",
                        "Ligne 5, colonne « commune_code » : le code de commune est vide. Indiquez le P-code de "
                                + "la commune, par exemple ML040626."),
                Arguments.of("ML040626,SEG-002,Lycée,SEG-001-01,300,,,", "station.code.duplicate",
                        "Ligne 5, colonne « station_code » : le bureau de vote « SEG-001-01 » figure déjà à la "
                                + "ligne 2. Gardez une seule ligne par bureau de vote."),
                Arguments.of("ML040626,SEG-001,Ecole Darsalam,SEG-001-03,300,,,", "centre.name.conflict",
                        "Ligne 5, colonne « centre_name » : le centre « SEG-001 » s'appelle « Ecole Darsalam » "
                                + "ici mais « École Darsalam » à la ligne 2. Donnez le même nom au centre sur toutes "
                                + "ses lignes."),
                Arguments.of("ML010312,SEG-001,École Darsalam,SEG-001-03,300,,,", "centre.commune.conflict",
                        "Ligne 5, colonne « commune_code » : le centre « SEG-001 » est dans la commune « ML010312 » "
                                + "ici mais « ML040626 » à la ligne 2. Un centre appartient à une seule commune : "
                                + "corrigez la commune ou le code du centre."),
                Arguments.of("ML040626,SEG-002,,SEG-002-01,300,,,", "centre.name.missing",
                        "Ligne 5, colonne « centre_name » : le nom du centre de vote est vide. Indiquez-le."),
                Arguments.of("ML040626,SEG-002,Lycée,,300,,,", "station.code.missing",
                        "Ligne 5, colonne « station_code » : le code du bureau de vote est vide. Indiquez-le."),
                Arguments.of("ML040626,,Lycée,SEG-002-01,300,,,", "centre.code.missing",
                        "Ligne 5, colonne « centre_code » : le code du centre de vote est vide. Indiquez-le."),
                Arguments.of("ML040626,SEG 002,Lycée,SEG-002-01,300,,,", "stationFile.code.invalid",
                        "Ligne 5, colonne « centre_code » : le code « SEG 002 » est invalide. Utilisez au plus 40 "
                                + "lettres sans accent, chiffres et caractères . _ / -, en commençant par une lettre "
                                + "ou un chiffre."),
                Arguments.of("ML040626,SEG-002,Lycée,SEG-002-01,-12,,,", "voters.negative",
                        "Ligne 5, colonne « registered_voters » : le nombre d'électeurs inscrits « -12 » est "
                                + "négatif. Indiquez 0 ou plus."),
                Arguments.of("ML040626,SEG-002,Lycée,SEG-002-01,trois cents,,,", "voters.invalid",
                        "Ligne 5, colonne « registered_voters » : « trois cents » n'est pas un nombre entier "
                                + "d'électeurs inscrits. Indiquez un nombre entier sans décimales, par exemple 350."),
                Arguments.of("ML040626,SEG-002,Lycée,SEG-002-01,300.5,,,", "voters.invalid",
                        "Ligne 5, colonne « registered_voters » : « 300.5 » n'est pas un nombre entier "
                                + "d'électeurs inscrits. Indiquez un nombre entier sans décimales, par exemple 350."),
                Arguments.of("ML040626,SEG-002,Lycée,SEG-002-01,,,,", "voters.missing",
                        "Ligne 5, colonne « registered_voters » : le nombre d'électeurs inscrits est vide. "
                                + "Indiquez un nombre entier, 0 ou plus."),
                Arguments.of("ML040626,SEG-002,Lycée,SEG-002-01,300,48.8566,2.3522,", "latitude.outOfRange",
                        "Ligne 5, colonne « latitude » : la latitude « 48.8566 » est hors du Mali, qui s'étend de "
                                + "10 à 25 degrés nord. Vérifiez la valeur et qu'elle n'est pas inversée avec la "
                                + "longitude."),
                Arguments.of("ML040626,SEG-002,Lycée,SEG-002-01,300,13.4317,6.2633,", "longitude.outOfRange",
                        "Ligne 5, colonne « longitude » : la longitude « 6.2633 » est hors du Mali, qui s'étend de "
                                + "-12,5 (ouest) à 4,5 (est) degrés. Vérifiez la valeur, son signe (négatif à l'ouest "
                                + "de Greenwich) et qu'elle n'est pas inversée avec la latitude."),
                Arguments.of("ML040626,SEG-002,Lycée,SEG-002-01,300,13°25',-6.2633,", "coordinate.invalid",
                        "Ligne 5, colonne « latitude » : « 13°25' » n'est pas un nombre de degrés décimaux. "
                                + "Écrivez par exemple 12.6392 ou 12,6392."),
                Arguments.of("ML040626,SEG-002,Lycée,SEG-002-01,300,13.4317,,", "coordinates.incomplete",
                        "Ligne 5, colonne « longitude » : la valeur est vide alors que la colonne « latitude » est "
                                + "remplie. Indiquez la latitude et la longitude, ou laissez les deux vides."),
                Arguments.of("ML040626,SEG-002,Lycée,SEG-002-01,300,,,ville", "area.invalid",
                        "Ligne 5, colonne « area » : le milieu « ville » est invalide. Indiquez urbain, rural, U, R, "
                                + "urban ou laissez vide."));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("badRows")
    void rejectsBadRowWithFrenchMessage(String row, String key, String french) throws IOException {
        ImportResult<PollingFrame> result = importCsv(HEADER + VALID_ROWS + row + "\n");

        assertFalse(result.isAccepted());
        assertEquals(1, result.problems().size(), () -> result.problems().toString());
        ImportProblem problem = result.problems().get(0);
        assertEquals(5, problem.rowNumber());
        assertEquals(key, problem.messageKey());
        assertEquals(french, ImportMessages.format(problem, Locale.FRENCH));
    }

    @Test
    void rejectsWholeFileForOneBadRow() throws IOException {
        String file = HEADER + VALID_ROWS
                + "ML040626,SEG-002,Lycée,SEG-002-01,-1,,,\n"
                + "ML040626,SEG-002,Lycée,SEG-002-02,250,,,\n";

        ImportResult<PollingFrame> result = importCsv(file);

        assertFalse(result.isAccepted());
        assertEquals(1, result.problems().size());
        assertEquals(5, result.problems().get(0).rowNumber());
    }

    @Test
    void rejectsMissingColumn() throws IOException {
        ImportResult<PollingFrame> result = importCsv(
                "commune_code,centre_code,centre_name,station_code,registered_voters,latitude,longitude\n"
                        + "ML040626,SEG-001,École,SEG-001-01,412,,\n");

        assertEquals(List.of("Ligne 1 : la colonne obligatoire « area » est absente. L'en-tête doit contenir les "
                        + "colonnes commune_code, centre_code, centre_name, station_code, registered_voters, "
                        + "latitude, longitude, area."),
                ImportMessages.formatAll(result.problems(), Locale.FRENCH));
    }

    @Test
    void readsXlsxStationFile() throws IOException {
        byte[] workbook = AdminUnitImporterTest.workbook(List.of(
                List.copyOf(StationFileColumns.REQUIRED),
                List.of("ML040626", "SEG-001", "École Darsalam", "SEG-001-01", 412, 13.4317, -6.2633, "urbain"),
                List.of("ML040626", "SEG-001", "École Darsalam", "SEG-001-02", 388, 13.4317, -6.2633, "U"),
                List.of("ML010312", "KAY-004", "Mairie de Kayes", "KAY-004-01", 530)));

        ImportResult<PollingFrame> fromXlsx = importer.importFile(new ByteArrayInputStream(workbook));

        assertTrue(fromXlsx.isAccepted(), () -> fromXlsx.problems().toString());
        assertEquals(importCsv(HEADER + VALID_ROWS).value(), fromXlsx.value());
    }

    @Test
    void diffsReimportAgainstStoredStations() throws IOException {
        PollingFrame stored = importCsv(HEADER + VALID_ROWS).value();
        String changedFile = HEADER
                + "ML040626,SEG-001,École Darsalam,SEG-001-01,420,13.4317,-6.2633,urbain\n"
                + "ML040626,SEG-001,École Darsalam,SEG-001-02,388,13.4317,-6.2633,U\n"
                + "ML040626,SEG-001,École Darsalam,SEG-001-03,150,13.4317,-6.2633,U\n";

        StationDiff same = StationDiff.compare(stored.snapshots(), importCsv(HEADER + VALID_ROWS).value().snapshots());
        StationDiff changed = StationDiff.compare(stored.snapshots(), importCsv(changedFile).value().snapshots());

        assertTrue(same.isEmpty());
        assertEquals(List.of("SEG-001-02"), changed.unchanged());
        assertEquals(List.of("SEG-001-03"), changed.added());
        assertEquals(List.of("KAY-004-01"), changed.disappeared());
        assertEquals("SEG-001-01", changed.changed().get(0).stationCode());
        assertEquals(Set.of(StationField.REGISTERED_VOTERS), changed.changed().get(0).changedFields());
    }

    @Test
    void loadsGeneratedFrameThroughSameImport() throws IOException {
        List<AdminUnit> communes = new AdminUnitImporter().importDefaultMali().unitsAt(AdminLevel.COMMUNE);
        PollingFrame generated = new MaliFrameGenerator().generate(communes, 18L);
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        StationFileWriter.write(generated, csv);
        PollingStationImporter allCommunes = new PollingStationImporter(
                communes.stream().map(AdminUnit::code).collect(Collectors.toSet()));

        ImportResult<PollingFrame> result = allCommunes.importFile(new ByteArrayInputStream(csv.toByteArray()));

        assertTrue(result.isAccepted(), () -> result.problems().subList(0, 3).toString());
        assertEquals(generated, result.value());
        assertEquals(24_697, result.value().stations().size());
        assertEquals(8_463_084L, result.value().totalRegisteredVoters());
        assertTrue(StationDiff.compare(generated.snapshots(), result.value().snapshots()).isEmpty());
    }

    @Test
    void writesBomAndGeneratedColumn() throws IOException {
        PollingFrame frame = importCsv(HEADER + VALID_ROWS).value();
        ByteArrayOutputStream csv = new ByteArrayOutputStream();

        StationFileWriter.write(frame, csv);

        String text = csv.toString(UTF_8);
        assertEquals('\uFEFF', text.charAt(0));
        assertEquals("commune_code,centre_code,centre_name,station_code,registered_voters,latitude,longitude,area,"
                + "generated\r\n"
                + "ML040626,SEG-001,École Darsalam,SEG-001-01,412,13.4317,-6.2633,urbain,non\r\n"
                + "ML040626,SEG-001,École Darsalam,SEG-001-02,388,13.4317,-6.2633,urbain,non\r\n"
                + "ML010312,KAY-004,Mairie de Kayes,KAY-004-01,530,,,,non\r\n", text.substring(1));
    }

    @Test
    void rejectsUnknownGeneratedValue() throws IOException {
        ImportResult<PollingFrame> result = importCsv(HEADER.replace("area\n", "area,generated\n")
                + "ML040626,SEG-001,École,SEG-001-01,412,,,,peut-être\n");

        assertEquals("Ligne 2, colonne « generated » : la valeur « peut-être » est invalide. Indiquez oui ou non.",
                ImportMessages.format(result.problems().get(0), Locale.FRENCH));
    }

    @Test
    void keepsStationWithoutCoordinates() throws IOException {
        PollingStation station = importCsv(HEADER + VALID_ROWS).value().stations().get(2);

        assertNull(station.coordinates());
    }

    private ImportResult<PollingFrame> importCsv(String text) throws IOException {
        return importer.importFile(new ByteArrayInputStream(text.getBytes(UTF_8)));
    }
}
