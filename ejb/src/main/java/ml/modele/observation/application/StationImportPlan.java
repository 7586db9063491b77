package ml.modele.observation.application;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import ml.modele.observation.application.MapImportOutcome.CentreCounts;
import ml.modele.observation.application.MapImportOutcome.Status;
import ml.modele.observation.domain.geography.Coordinates;
import ml.modele.observation.domain.geography.PollingCentre;
import ml.modele.observation.domain.geography.PollingFrame;
import ml.modele.observation.domain.geography.StationDiff;
import ml.modele.observation.domain.geography.StationSnapshot;
import ml.modele.observation.infrastructure.persistence.MapTables.StoredCentre;
import ml.modele.observation.infrastructure.persistence.MapTables.StoredStation;

/**
 * Changes that a validated station file makes to one map version, computed from the stored
 * centres and stations before anything is written. {@link MapWriter} shows them as a preview or
 * applies them.
 */
final class StationImportPlan {

    /** Decimal places of the stored latitude and longitude. */
    private static final int POSITION_SCALE = 6;

    final Map<String, StoredStation> stored;
    /** The file's stations by code, positions rounded as stored. */
    final Map<String, StationSnapshot> imported;
    final StationDiff diff;
    final List<PollingCentre> centresAdded;
    final List<StoredCentre> centresChanged;
    /** Codes of stored stations that the file lists unchanged but that are retired: they become active again. */
    final List<String> reinstated;
    /** Codes of active stations missing from the file, sorted: the import retires them. */
    final List<String> retiring;
    private final int centresUnchanged;
    private final int centresRetired;
    private final int activeStations;

    private StationImportPlan(Map<String, StoredCentre> centres, Map<String, StoredStation> stored,
                              PollingFrame frame) {
        this.stored = stored;
        this.imported = rounded(frame.snapshots());
        this.diff = StationDiff.compare(stored.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                entry -> entry.getValue().snapshot())), imported);

        centresAdded = new ArrayList<>();
        centresChanged = new ArrayList<>();
        int same = 0;
        for (PollingCentre centre : frame.centres()) {
            StoredCentre before = centres.get(centre.code());
            if (before == null) {
                centresAdded.add(centre);
            } else if (!before.centre().equals(centre)) {
                centresChanged.add(new StoredCentre(before.id(), centre));
            } else {
                same++;
            }
        }
        centresUnchanged = same;

        reinstated = diff.unchanged().stream().filter(code -> stored.get(code).retired()).toList();
        retiring = diff.disappeared().stream().filter(code -> !stored.get(code).retired()).toList();

        Set<String> activeCentres = new HashSet<>();
        int active = 0;
        for (StoredStation station : stored.values()) {
            if (!station.retired()) {
                activeCentres.add(station.snapshot().centreCode());
                active++;
            }
        }
        activeCentres.removeAll(frame.centresByCode().keySet());
        centresRetired = activeCentres.size();
        activeStations = active;
    }

    /** Compares a validated file with the stored centres and stations of one version, retired ones included. */
    static StationImportPlan of(Map<String, StoredCentre> centres, Map<String, StoredStation> stations,
                                PollingFrame frame) {
        return new StationImportPlan(centres, stations, frame);
    }

    /** Returns the counts of this plan for a map version. */
    MapImportOutcome outcome(Status status, long mapVersion) {
        return new MapImportOutcome(status, List.of(), mapVersion, false, diff.added().size(),
                diff.changed().size() + reinstated.size(), diff.unchanged().size() - reinstated.size(),
                retiring.size(), 0, new CentreCounts(centresAdded.size(), centresChanged.size(), centresUnchanged,
                        centresRetired), activeStations);
    }

    int activeStations() {
        return activeStations;
    }

    /** Rounds positions to the stored precision, so that a re-import compares equal. */
    private static Map<String, StationSnapshot> rounded(Map<String, StationSnapshot> snapshots) {
        Map<String, StationSnapshot> result = new LinkedHashMap<>();
        snapshots.forEach((code, s) -> result.put(code, s.coordinates() == null ? s
                : new StationSnapshot(s.communeCode(), s.centreCode(), s.centreName(), s.registeredVoters(),
                        new Coordinates(round(s.coordinates().latitude()), round(s.coordinates().longitude())),
                        s.areaType())));
        return result;
    }

    private static double round(double degrees) {
        return BigDecimal.valueOf(degrees).setScale(POSITION_SCALE, RoundingMode.HALF_UP).doubleValue();
    }
}
