package ml.modele.observation.domain.geography;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Validated set of administrative units (découpage administratif), in file order.
 * The constructor checks that P-codes are unique and that every parent code refers to a unit of
 * the level above, or to the country for a région.
 */
public final class AdminHierarchy {

    private final List<AdminUnit> units;
    private final Map<String, AdminUnit> unitsByCode;

    public AdminHierarchy(List<AdminUnit> units) {
        this.units = List.copyOf(units);
        Map<String, AdminUnit> byCode = new LinkedHashMap<>();
        for (AdminUnit unit : this.units) {
            if (byCode.put(unit.code(), unit) != null) {
                throw new IllegalArgumentException("Duplicate P-code " + unit.code());
            }
        }
        this.unitsByCode = Collections.unmodifiableMap(byCode);
        for (AdminUnit unit : this.units) {
            checkParent(unit);
        }
    }

    /** Returns all units in file order. */
    public List<AdminUnit> units() {
        return units;
    }

    /** Returns the unit with this P-code, if any. */
    public Optional<AdminUnit> find(String code) {
        return Optional.ofNullable(unitsByCode.get(code));
    }

    /** Returns the units of one level in file order. */
    public List<AdminUnit> unitsAt(AdminLevel level) {
        List<AdminUnit> result = new ArrayList<>();
        for (AdminUnit unit : units) {
            if (unit.level() == level) {
                result.add(unit);
            }
        }
        return result;
    }

    /** Returns the direct children of a unit in file order. */
    public List<AdminUnit> childrenOf(String parentCode) {
        List<AdminUnit> result = new ArrayList<>();
        for (AdminUnit unit : units) {
            if (unit.parentCode().equals(parentCode)) {
                result.add(unit);
            }
        }
        return result;
    }

    /** Counts units per level. Every level is present in the map, with 0 when it has no unit. */
    public Map<AdminLevel, Integer> countByLevel() {
        Map<AdminLevel, Integer> counts = new EnumMap<>(AdminLevel.class);
        for (AdminLevel level : AdminLevel.values()) {
            counts.put(level, 0);
        }
        for (AdminUnit unit : units) {
            counts.merge(unit.level(), 1, Integer::sum);
        }
        return counts;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AdminHierarchy hierarchy && units.equals(hierarchy.units);
    }

    @Override
    public int hashCode() {
        return units.hashCode();
    }

    @Override
    public String toString() {
        return "AdminHierarchy" + countByLevel();
    }

    private void checkParent(AdminUnit unit) {
        Optional<AdminLevel> parentLevel = unit.level().parent();
        if (parentLevel.isEmpty()) {
            if (!unit.parentCode().equals(PCodes.COUNTRY_CODE)) {
                throw new IllegalArgumentException("Région " + unit.code() + " has parent " + unit.parentCode()
                        + " instead of " + PCodes.COUNTRY_CODE);
            }
            return;
        }
        AdminUnit parent = unitsByCode.get(unit.parentCode());
        if (parent == null || parent.level() != parentLevel.get()) {
            throw new IllegalArgumentException("Unit " + unit.code() + " has parent " + unit.parentCode()
                    + ", which is not a unit of level " + parentLevel.get().number());
        }
    }
}
