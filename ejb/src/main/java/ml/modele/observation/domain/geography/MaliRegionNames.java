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
     * Gives the accented display name to each région whose name in the file differs from it only by
     * accents and case, so that the OCHA file, which writes "Segou", keeps "Ségou". Other names stay.
     */
    public static AdminHierarchy restoreAccents(AdminHierarchy hierarchy) {
        return new AdminHierarchy(hierarchy.units().stream()
                .map(unit -> {
                    String display = DISPLAY_NAMES.get(unit.code());
                    boolean sameLetters = display != null && unit.level() == AdminLevel.REGION
                            && SearchKeys.fold(display).equals(SearchKeys.fold(unit.name()));
                    return sameLetters ? unit.withName(display) : unit;
                })
                .toList());
    }
}
