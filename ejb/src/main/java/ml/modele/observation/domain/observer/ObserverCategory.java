package ml.modele.observation.domain.observer;

import java.util.Optional;

/**
 * Categories of observer, from the top of the supervision chain down: superviseur national,
 * coordinateur régional, observateur de long terme (OLT) and observateur de court terme (OCT).
 */
public enum ObserverCategory {
    NATIONAL_SUPERVISOR,
    REGIONAL_COORDINATOR,
    LONG_TERM,
    SHORT_TERM;

    /**
     * Returns the category of this category's supervisor: an OCT reports to an OLT, an OLT to a
     * regional coordinator and a regional coordinator to a national supervisor. A national
     * supervisor has none.
     */
    public Optional<ObserverCategory> supervisorCategory() {
        return ordinal() == 0 ? Optional.empty() : Optional.of(values()[ordinal() - 1]);
    }

    /** Checks whether this category belongs to the long-term observers (every category but the OCT). */
    public boolean isLongTerm() {
        return this != SHORT_TERM;
    }
}
