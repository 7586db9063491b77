package ml.modele.observation.domain.geography;

import java.util.Set;

/**
 * Polling station whose imported values differ from the stored ones.
 *
 * @param changedFields the fields that differ, never empty
 */
public record StationChange(String stationCode, StationSnapshot before, StationSnapshot after,
                            Set<StationField> changedFields) {

    public StationChange {
        changedFields = Set.copyOf(changedFields);
        if (changedFields.isEmpty()) {
            throw new IllegalArgumentException("A change needs at least one changed field: " + stationCode);
        }
    }
}
