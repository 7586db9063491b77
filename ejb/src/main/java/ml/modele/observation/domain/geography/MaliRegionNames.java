package ml.modele.observation.domain.geography;

import java.util.Map;

/**
 * Accented display names of the 10 level-1 units of the OCHA COD-AB file of 2021-12-20,
 * whose names are written without accents. Only the import of that default file applies them.
 */
public final class MaliRegionNames {

    private static final Map<String, String> DISPLAY_NAMES = Map.of(
            "ML01", "Kayes",
            "ML02", "Koulikoro",
            "ML03", "Sikasso",
            "ML04", "Ségou",
            "ML05", "Mopti",
            "ML06", "Tombouctou",
            "ML07", "Gao",
            "ML08", "Kidal",
            "ML09", "District de Bamako",
            "ML10", "Ménaka");

    /** Names in the 2021-12-20 file that differ from the display name by more than accents. */
    private static final Map<String, String> OTHER_FILE_NAMES = Map.of("ML09", "Bamako");

    private MaliRegionNames() {
    }

    /** Returns the display name for a région P-code, or the given name if the table has none. */
    public static String displayName(String code, String nameInFile) {
        return DISPLAY_NAMES.getOrDefault(code, nameInFile);
    }

    /** Replaces the names of the région units with their display names and keeps other units as they are. */
    public static AdminHierarchy apply(AdminHierarchy hierarchy) {
        return new AdminHierarchy(hierarchy.units().stream()
                .map(unit -> unit.level() == AdminLevel.REGION
                        ? unit.withName(displayName(unit.code(), unit.name()))
                        : unit)
                .toList());
    }

    /** Returns the whole table, P-code to display name. */
    public static Map<String, String> all() {
        return DISPLAY_NAMES;
    }

    /**
     * Gives the display name to each région whose name in the file is the 2021-12-20 file's name
     * for it, in any accents and case, so that re-importing that file keeps "Ségou" and
     * "District de Bamako". A région with any other name keeps the name of the file.
     */
    public static AdminHierarchy restoreAccents(AdminHierarchy hierarchy) {
        return new AdminHierarchy(hierarchy.units().stream()
                .map(unit -> isFileName(unit) ? unit.withName(DISPLAY_NAMES.get(unit.code())) : unit)
                .toList());
    }

    private static boolean isFileName(AdminUnit unit) {
        String display = DISPLAY_NAMES.get(unit.code());
        if (display == null || unit.level() != AdminLevel.REGION) {
            return false;
        }
        String name = SearchKeys.fold(unit.name());
        return name.equals(SearchKeys.fold(display))
                || name.equals(SearchKeys.fold(OTHER_FILE_NAMES.getOrDefault(unit.code(), display)));
    }
}
