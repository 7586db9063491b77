package ml.modele.observation.domain.geography;

import java.util.Optional;

/**
 * Level of an administrative unit in the COD-AB hierarchy of Mali: région (1), cercle (2),
 * commune (3). The District de Bamako is a level-1 unit like the régions.
 */
public enum AdminLevel {
    REGION(1),
    CERCLE(2),
    COMMUNE(3);

    private final int number;

    AdminLevel(int number) {
        this.number = number;
    }

    /** Returns the COD-AB "Admin Level" number, 1 to 3. */
    public int number() {
        return number;
    }

    /** Returns the level with this COD-AB number, or empty for a number outside 1 to 3. */
    public static Optional<AdminLevel> ofNumber(int number) {
        for (AdminLevel level : values()) {
            if (level.number == number) {
                return Optional.of(level);
            }
        }
        return Optional.empty();
    }

    /** Returns the level above this one, or empty for a région, whose parent is the country. */
    public Optional<AdminLevel> parent() {
        return ofNumber(number - 1);
    }
}
