package ml.modele.observation.domain.geography;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Administrative unit (région, cercle or commune) identified by its OCHA P-code.
 *
 * @param code       P-code, for example {@code ML040626} for the commune of Ségou
 * @param level      level in the hierarchy
 * @param name       display name
 * @param parentCode P-code of the unit one level up, or the country code {@code MLI} for a région
 * @param validFrom  first day on which the P-code applies
 */
public record AdminUnit(String code, AdminLevel level, String name, String parentCode, LocalDate validFrom) {

    public AdminUnit {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(parentCode, "parentCode");
        Objects.requireNonNull(validFrom, "validFrom");
    }

    /** Returns a copy of this unit with another display name. */
    public AdminUnit withName(String newName) {
        return new AdminUnit(code, level, newName, parentCode, validFrom);
    }
}
