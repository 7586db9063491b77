package ml.modele.observation.domain.observer;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Values of one observer as an import file row or the registry holds them, without the stored
 * ids: the unit that imports compare, write and record in the history.
 *
 * @param code             observer code of 6 digits, or null for a new observer that gets the next free code
 * @param organisationCode code of the partner organisation, e.g. AJCAD
 * @param communeCode      P-code of the home commune, e.g. ML040626
 * @param languages        languages spoken, lower case, separated by ", "; "" when none given
 * @param nationalId       national ID number (NINA or card number) in upper case without spaces, or null
 * @param phones           E.164 numbers, first the main one; at least one
 * @param supervisorCode   observer code of the supervisor, or null
 */
public record ObserverDetails(String code, String lastName, String firstName, Sex sex, int birthYear,
                              String organisationCode, ObserverCategory category, String communeCode,
                              String languages, boolean disability, String nationalId, List<String> phones,
                              ObserverStatus status, String supervisorCode) {

    public ObserverDetails {
        Objects.requireNonNull(lastName, "lastName");
        Objects.requireNonNull(firstName, "firstName");
        Objects.requireNonNull(sex, "sex");
        Objects.requireNonNull(organisationCode, "organisationCode");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(communeCode, "communeCode");
        Objects.requireNonNull(languages, "languages");
        Objects.requireNonNull(status, "status");
        phones = List.copyOf(phones);
    }

    /** Returns a copy with the given code, for a new observer that received one. */
    public ObserverDetails withCode(String newCode) {
        return new ObserverDetails(newCode, lastName, firstName, sex, birthYear, organisationCode, category,
                communeCode, languages, disability, nationalId, phones, status, supervisorCode);
    }

    /**
     * Lists what differs from an older state, one "column old -> new" entry per changed value, with
     * the column names of the observer file. A changed national ID is listed without its values,
     * because the history is shown to roles that may not see it.
     */
    public List<String> differencesFrom(ObserverDetails older) {
        List<String> changes = new ArrayList<>();
        compare(changes, "last_name", older.lastName, lastName);
        compare(changes, "first_name", older.firstName, firstName);
        compare(changes, "sex", older.sex, sex);
        compare(changes, "birth_year", older.birthYear, birthYear);
        compare(changes, "organisation", older.organisationCode, organisationCode);
        compare(changes, "category", older.category, category);
        compare(changes, "commune_code", older.communeCode, communeCode);
        compare(changes, "languages", older.languages, languages);
        compare(changes, "disability", older.disability, disability);
        if (!Objects.equals(older.nationalId, nationalId)) {
            changes.add("national_id changed");
        }
        compare(changes, "phones", String.join(" ", older.phones), String.join(" ", phones));
        compare(changes, "status", older.status, status);
        compare(changes, "supervisor_code", older.supervisorCode, supervisorCode);
        return changes;
    }

    private static void compare(List<String> changes, String column, Object older, Object newer) {
        if (!Objects.equals(older, newer)) {
            changes.add(column + " " + (older == null ? "" : older) + " -> " + (newer == null ? "" : newer));
        }
    }
}
