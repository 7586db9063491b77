package ml.modele.observation.infrastructure.reports;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import ml.modele.observation.application.FrameStation;
import ml.modele.observation.application.SampleDrawing;
import ml.modele.observation.application.SampleView;
import ml.modele.observation.domain.geography.AdminHierarchy;
import ml.modele.observation.domain.geography.AdminLevel;
import ml.modele.observation.domain.geography.AdminUnit;
import ml.modele.observation.domain.geography.MaliFrameGenerator;
import ml.modele.observation.domain.geography.PollingCentre;
import ml.modele.observation.domain.geography.PollingFrame;
import ml.modele.observation.domain.geography.PollingStation;
import ml.modele.observation.domain.geography.SecurityStatus;
import ml.modele.observation.domain.pvt.AllocationMethod;
import ml.modele.observation.domain.pvt.StratificationScheme;
import ml.modele.observation.domain.sample.DrawnSample;
import ml.modele.observation.domain.sample.SampleParameters;
import ml.modele.observation.domain.sample.SampleStation;
import ml.modele.observation.infrastructure.imports.AdminUnitImporter;

/**
 * Prints how long drawing a 1,500-station PVT sample on the full demonstration frame (24,697
 * stations, seed 2023) takes, and rendering its PDF by région and its workbook. Not a test:
 * wall-clock times depend on the machine. Round 1 includes class loading, JIT warm-up and the
 * one-time compilation of the report template.
 *
 * <p>Usage: {@code SampleTiming [rounds]}, 5 rounds by default.
 */
public final class SampleTiming {

    private static final int SIZE = 1500;
    private static final int RESERVE = 5;

    private SampleTiming() {
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        List<FrameStation> frame = maliFrame();
        SampleParameters parameters = SampleParameters.given(StratificationScheme.REGION,
                AllocationMethod.PROPORTIONAL_TO_STATIONS, SIZE, RESERVE);
        SampleReport report = new SampleReport(new ReportRenderer());

        System.out.printf("%-6s %10s %10s %10s %12s%n", "round", "draw ms", "pdf ms", "xlsx ms", "pdf bytes");
        for (int round = 1; round <= rounds; round++) {
            long start = System.nanoTime();
            DrawnSample sample = SampleDrawing.draw(1, 1, parameters, SIZE, 20_230_618L + round, frame, "timing",
                    Instant.now());
            long drawn = System.nanoTime();

            SampleView view = view(sample, frame);
            long viewed = System.nanoTime();
            byte[] pdf = report.pdf(view, Locale.FRENCH, Instant.now());
            long rendered = System.nanoTime();
            byte[] xlsx = SampleWorkbook.xlsx(view, Locale.FRENCH, Instant.now());
            long written = System.nanoTime();

            System.out.printf("%-6d %10.1f %10.1f %10.1f %12d%n", round, millis(drawn - start),
                    millis(rendered - viewed), millis(written - rendered), pdf.length);
            if (round == rounds) {
                System.out.printf("frame %d stations, sample %d stations in %d strata, %d drawn rows, xlsx %d bytes%n",
                        frame.size(), view.size(), view.strata().size(), view.stations().size(), xlsx.length);
            }
        }
    }

    /** Generates the demonstration frame with the accented région names of the bundled P-code file. */
    private static List<FrameStation> maliFrame() {
        AdminHierarchy hierarchy = new AdminUnitImporter().importDefaultMali();
        Map<String, AdminUnit> units = new HashMap<>();
        hierarchy.units().forEach(unit -> units.put(unit.code(), unit));
        PollingFrame generated = new MaliFrameGenerator().generate(hierarchy.unitsAt(AdminLevel.COMMUNE), 2023L);
        Map<String, PollingCentre> centres = generated.centresByCode();

        List<FrameStation> frame = new ArrayList<>(generated.stations().size());
        long id = 1;
        for (PollingStation station : generated.stations()) {
            PollingCentre centre = centres.get(station.centreCode());
            AdminUnit commune = units.get(centre.communeCode());
            AdminUnit cercle = units.get(commune.parentCode());
            AdminUnit region = units.get(cercle.parentCode());
            frame.add(new FrameStation(id++, station.code(), region.code(), region.name(), cercle.name(),
                    commune.name(), centre.name(), station.areaType(), station.registeredVoters(),
                    SecurityStatus.ACCESSIBLE));
        }
        return frame;
    }

    /** Builds the view that the application builds from the database. */
    private static SampleView view(DrawnSample sample, List<FrameStation> frame) {
        Map<String, FrameStation> byCode = new HashMap<>();
        frame.forEach(station -> byCode.put(station.code(), station));
        List<SampleView.Stratum> strata = sample.getStrata().stream()
                .map(s -> new SampleView.Stratum(s.getKey(), s.getRegionCode(), s.getRegionName(), s.getArea(),
                        s.getFrameStations(), s.getFrameVoters(), s.getProportionalQuota(), s.getSampleSize(),
                        s.getReserveSize(), s.reserveLeft()))
                .toList();
        List<SampleView.Station> stations = new ArrayList<>();
        for (SampleStation drawn : sample.stations()) {
            FrameStation station = byCode.get(drawn.getStationCode());
            stations.add(new SampleView.Station(drawn.getStratum().getKey(), station.regionCode(),
                    station.regionName(), drawn.getDrawRank(), station.code(), station.centreName(),
                    station.communeName(), station.cercleName(), station.registeredVoters(), station.area().name(),
                    station.securityStatus().name(), drawn.getState().name()));
        }
        return new SampleView(1, "Référendum constitutionnel du 18 juin 2023", 1, sample.parameters(), null,
                sample.getSeed(), sample.getSeal(), sample.getStatus(), sample.getFrameStations(),
                sample.getFrameVoters(), sample.getDrawnAt(), sample.getDrawnBy(), null, null, sample.getChangedAt(),
                0, strata, stations, List.of());
    }

    private static double millis(long nanos) {
        return nanos / 1_000_000.0;
    }
}
