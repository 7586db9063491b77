package ml.modele.observation.infrastructure.imports;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import ml.modele.observation.domain.geography.AdminHierarchy;
import ml.modele.observation.domain.geography.AdminLevel;
import ml.modele.observation.domain.geography.AdminUnit;
import ml.modele.observation.domain.geography.MaliFrameGenerator;
import ml.modele.observation.domain.geography.PollingFrame;

/**
 * Prints how long the electoral map steps take: loading the P-code file, generating the
 * demonstration frame, writing it as a station file, and reading and validating that file.
 * Not a test: wall-clock times depend on the machine. The first round includes JIT warm-up.
 *
 * <p>Usage: {@code ElectoralMapTiming [rounds]}, 5 rounds by default.
 */
public final class ElectoralMapTiming {

    private ElectoralMapTiming() {
    }

    public static void main(String[] args) throws IOException {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        System.out.printf("%-6s %12s %12s %12s %14s%n", "round", "P-codes ms", "generate ms", "write ms",
                "import ms");
        for (int round = 1; round <= rounds; round++) {
            long start = System.nanoTime();
            AdminHierarchy hierarchy = new AdminUnitImporter().importDefaultMali();
            List<AdminUnit> communes = hierarchy.unitsAt(AdminLevel.COMMUNE);
            long loaded = System.nanoTime();

            PollingFrame frame = new MaliFrameGenerator().generate(communes, 2023L);
            long generated = System.nanoTime();

            ByteArrayOutputStream csv = new ByteArrayOutputStream();
            StationFileWriter.write(frame, csv);
            long written = System.nanoTime();

            Set<String> communeCodes = communes.stream().map(AdminUnit::code).collect(Collectors.toSet());
            ImportResult<PollingFrame> result = new PollingStationImporter(communeCodes)
                    .importFile(new ByteArrayInputStream(csv.toByteArray()));
            long imported = System.nanoTime();

            if (!result.isAccepted() || result.value().stations().size() != MaliFrameGenerator.STATION_COUNT) {
                throw new IllegalStateException("Generated station file did not import: " + result);
            }
            System.out.printf("%-6d %12.1f %12.1f %12.1f %14.1f%n", round, millis(loaded - start),
                    millis(generated - loaded), millis(written - generated), millis(imported - written));
            if (round == rounds) {
                System.out.printf("%d centres, %d stations, %d registered voters, station file %d bytes%n",
                        frame.centres().size(), frame.stations().size(), frame.totalRegisteredVoters(), csv.size());
            }
        }
    }

    private static double millis(long nanos) {
        return nanos / 1_000_000.0;
    }
}
