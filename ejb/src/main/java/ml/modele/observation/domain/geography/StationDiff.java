package ml.modele.observation.domain.geography;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Comparison of an imported station file with the stored stations, by station code.
 * Re-importing the same file gives only unchanged stations. A changed station is updated and
 * audited by the caller, a new one is added, and a station missing from the file is retired.
 *
 * @param unchanged   codes of stations with identical values, sorted
 * @param changed     stations with at least one different field, sorted by code
 * @param added       codes in the file but not stored, sorted
 * @param disappeared codes stored but not in the file, sorted
 */
public record StationDiff(List<String> unchanged, List<StationChange> changed, List<String> added,
                          List<String> disappeared) {

    public StationDiff {
        unchanged = List.copyOf(unchanged);
        changed = List.copyOf(changed);
        added = List.copyOf(added);
        disappeared = List.copyOf(disappeared);
    }

    /** Compares the stored stations with the imported ones. Both maps go from station code to values. */
    public static StationDiff compare(Map<String, StationSnapshot> stored, Map<String, StationSnapshot> imported) {
        List<String> unchanged = new ArrayList<>();
        List<StationChange> changed = new ArrayList<>();
        List<String> added = new ArrayList<>();

        for (Map.Entry<String, StationSnapshot> entry : new TreeMap<>(imported).entrySet()) {
            StationSnapshot before = stored.get(entry.getKey());
            if (before == null) {
                added.add(entry.getKey());
                continue;
            }
            Set<StationField> fields = changedFields(before, entry.getValue());
            if (fields.isEmpty()) {
                unchanged.add(entry.getKey());
            } else {
                changed.add(new StationChange(entry.getKey(), before, entry.getValue(), fields));
            }
        }

        Set<String> disappeared = new TreeSet<>(stored.keySet());
        disappeared.removeAll(imported.keySet());
        return new StationDiff(unchanged, changed, added, new ArrayList<>(disappeared));
    }

    /** Checks whether applying the import would change nothing. */
    public boolean isEmpty() {
        return changed.isEmpty() && added.isEmpty() && disappeared.isEmpty();
    }

    private static Set<StationField> changedFields(StationSnapshot before, StationSnapshot after) {
        Set<StationField> fields = EnumSet.noneOf(StationField.class);
        for (StationField field : StationField.values()) {
            if (!field.sameValue(before, after)) {
                fields.add(field);
            }
        }
        return fields;
    }
}
