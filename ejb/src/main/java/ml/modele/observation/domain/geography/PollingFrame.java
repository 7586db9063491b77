package ml.modele.observation.domain.geography;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Electoral map below the commune (carte électorale): polling centres and their polling stations.
 * The constructor checks that centre and station codes are unique and that every station refers
 * to a centre of the frame.
 */
public record PollingFrame(List<PollingCentre> centres, List<PollingStation> stations) {

    public PollingFrame {
        centres = List.copyOf(centres);
        stations = List.copyOf(stations);
        Map<String, PollingCentre> byCode = centresByCode(centres);
        Set<String> stationCodes = new HashSet<>();
        for (PollingStation station : stations) {
            if (!stationCodes.add(station.code())) {
                throw new IllegalArgumentException("Duplicate station code " + station.code());
            }
            if (!byCode.containsKey(station.centreCode())) {
                throw new IllegalArgumentException(
                        "Station " + station.code() + " refers to unknown centre " + station.centreCode());
            }
        }
    }

    /** Adds up the registered voters of all stations. */
    public long totalRegisteredVoters() {
        long total = 0;
        for (PollingStation station : stations) {
            total += station.registeredVoters();
        }
        return total;
    }

    /** Returns the centres by code, in frame order. */
    public Map<String, PollingCentre> centresByCode() {
        return centresByCode(centres);
    }

    /** Returns the values of every station by station code, in frame order, for {@link StationDiff}. */
    public Map<String, StationSnapshot> snapshots() {
        Map<String, PollingCentre> byCode = centresByCode();
        Map<String, StationSnapshot> result = new LinkedHashMap<>();
        for (PollingStation station : stations) {
            PollingCentre centre = byCode.get(station.centreCode());
            result.put(station.code(), new StationSnapshot(centre.communeCode(), centre.code(), centre.name(),
                    station.registeredVoters(), station.coordinates(), station.areaType()));
        }
        return result;
    }

    private static Map<String, PollingCentre> centresByCode(List<PollingCentre> centres) {
        return centres.stream().collect(Collectors.toMap(PollingCentre::code, Function.identity(),
                (first, second) -> {
                    throw new IllegalArgumentException("Duplicate centre code " + first.code());
                },
                LinkedHashMap::new));
    }
}
