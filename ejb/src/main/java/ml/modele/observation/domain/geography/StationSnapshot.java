package ml.modele.observation.domain.geography;

/**
 * Values of one polling station as the station file states them, with its centre's name and
 * commune flattened in, so that a stored station and an imported row can be compared field by field.
 *
 * @param coordinates position, or null when none is known
 */
public record StationSnapshot(String communeCode, String centreCode, String centreName, int registeredVoters,
                              Coordinates coordinates, AreaType areaType) {
}
