package ml.modele.observation.infrastructure.persistence;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.mariadb.jdbc.MariaDbDataSource;

import ml.modele.observation.domain.geography.AdminHierarchy;
import ml.modele.observation.domain.geography.AdminLevel;
import ml.modele.observation.domain.geography.AdminUnit;
import ml.modele.observation.domain.geography.MaliFrameGenerator;
import ml.modele.observation.domain.geography.PollingFrame;
import ml.modele.observation.domain.geography.PollingStation;
import ml.modele.observation.domain.geography.StationDiff;
import ml.modele.observation.infrastructure.imports.AdminUnitImporter;
import ml.modele.observation.infrastructure.imports.ImportResult;
import ml.modele.observation.infrastructure.imports.PollingStationImporter;
import ml.modele.observation.infrastructure.imports.StationFileWriter;

/**
 * Times the import of the whole generated frame into an embedded MariaDB, with the steps of the
 * import service on one connection. Each round validates the P-code file and writes a new map
 * version, validates the 24,697-row station file, writes its centres and stations with JDBC
 * batches and commits. It then compares the same file again with the stored stations, which is
 * the re-import path. Not a test: wall-clock times depend on the machine.
 *
 * <p>Usage: {@code MapImportBenchmark [rounds]}, 3 rounds by default.
 */
public final class MapImportBenchmark {

    private MapImportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        Path dataDir = Files.createTempDirectory("observation-benchmark");
        try {
            EmbeddedMariaDb database = EmbeddedMariaDb.startOnce(dataDir, "observation");
            MariaDbDataSource dataSource = new MariaDbDataSource(database.jdbcUrl());
            dataSource.setUser("root");
            SchemaMigration.migrate(dataSource);
            byte[] stationFile = generatedStationFile();
            System.out.printf("%-6s %12s %14s %12s %12s %10s%n", "round", "units ms", "validate ms", "write ms",
                    "reimport ms", "total s");
            for (int round = 1; round <= rounds; round++) {
                runRound(dataSource, stationFile, round);
            }
        } finally {
            EmbeddedMariaDb.stopIfRunning();
        }
    }

    private static void runRound(MariaDbDataSource dataSource, byte[] stationFile, int round)
            throws IOException, SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            MapTables tables = new MapTables(connection);
            long start = System.nanoTime();

            AdminHierarchy hierarchy = new AdminUnitImporter().importDefaultMali();
            long version = tables.insertVersion("benchmark " + round, "benchmark", null, "benchmark", Instant.now());
            tables.insertUnits(version, hierarchy.units());
            long unitsDone = System.nanoTime();

            Set<String> communes = hierarchy.unitsAt(AdminLevel.COMMUNE).stream().map(AdminUnit::code)
                    .collect(Collectors.toSet());
            ImportResult<PollingFrame> result = new PollingStationImporter(communes)
                    .importFile(new ByteArrayInputStream(stationFile));
            PollingFrame frame = result.value();
            long validated = System.nanoTime();

            Map<String, MapTables.StoredUnit> units = tables.units(version);
            tables.insertCentres(version, frame.centres(), units);
            Map<String, MapTables.StoredCentre> centres = tables.centres(version);
            Map<String, Boolean> generated = frame.stations().stream()
                    .collect(Collectors.toMap(PollingStation::code, PollingStation::generated));
            tables.insertStations(version, frame.snapshots(), generated, centres, units, done -> { });
            connection.commit();
            long written = System.nanoTime();

            StationDiff diff = StationDiff.compare(tables.stations(version).entrySet().stream()
                    .collect(Collectors.toMap(Map.Entry::getKey, entry -> entry.getValue().snapshot())),
                    new PollingStationImporter(communes).importFile(new ByteArrayInputStream(stationFile))
                            .value().snapshots());
            long compared = System.nanoTime();
            if (!diff.isEmpty() || diff.unchanged().size() != MaliFrameGenerator.STATION_COUNT) {
                throw new IllegalStateException("Re-import of the same file would change stations: " + diff);
            }
            System.out.printf("%-6d %12.0f %14.0f %12.0f %12.0f %10.2f%n", round, millis(unitsDone - start),
                    millis(validated - unitsDone), millis(written - validated), millis(compared - written),
                    (compared - start) / 1e9);
        }
    }

    private static byte[] generatedStationFile() throws IOException {
        AdminHierarchy hierarchy = new AdminUnitImporter().importDefaultMali();
        PollingFrame frame = new MaliFrameGenerator().generate(hierarchy.unitsAt(AdminLevel.COMMUNE), 2023L);
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        StationFileWriter.write(frame, csv);
        return csv.toByteArray();
    }

    private static double millis(long nanos) {
        return nanos / 1_000_000.0;
    }
}
