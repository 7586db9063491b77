package ml.modele.observation.infrastructure.imports;

import java.util.List;

import ml.modele.observation.domain.geography.SearchKeys;

/**
 * Columns of the observer file and the header names each accepts, French and English. Headers
 * match without regard to case, accents, spaces, hyphens or underscores, so "Année de naissance",
 * "annee_naissance" and "birth_year" name the same column. The layout is described in
 * docs/observer-file-layout.md.
 */
public enum ObserverColumn {
    CODE(false, "code", "observer_code", "code_observateur"),
    LAST_NAME(true, "last_name", "nom", "nom_de_famille", "surname"),
    FIRST_NAME(true, "first_name", "prenom", "prenoms", "prenom_s", "given_name"),
    SEX(true, "sex", "sexe", "gender", "genre"),
    BIRTH_YEAR(true, "birth_year", "annee_de_naissance", "annee_naissance", "year_of_birth"),
    ORGANISATION(true, "organisation", "organization", "organisation_partenaire", "partner_organisation"),
    CATEGORY(true, "category", "categorie"),
    COMMUNE(true, "commune_code", "code_commune", "commune_pcode", "pcode_commune"),
    LANGUAGES(false, "languages", "langues", "langues_parlees", "languages_spoken"),
    DISABILITY(false, "disability", "handicap", "situation_de_handicap"),
    NATIONAL_ID(false, "national_id", "nina", "numero_nina", "piece_d_identite", "numero_de_piece", "id_number"),
    PHONES(true, "phones", "phone", "telephones", "telephone", "tel", "numero_de_telephone"),
    STATUS(false, "status", "statut"),
    SUPERVISOR(false, "supervisor_code", "code_superviseur", "supervisor", "superviseur");

    private final boolean required;
    private final List<String> names;

    ObserverColumn(boolean required, String... names) {
        this.required = required;
        this.names = List.of(names);
    }

    /** Checks whether every observer file must have this column. */
    public boolean required() {
        return required;
    }

    /** Returns the name that the export writes and the documentation lists first. */
    public String fileName() {
        return names.get(0);
    }

    /** Returns every header name this column accepts, in normalised form. */
    public List<String> names() {
        return names;
    }

    /** Returns the column a header names, or null when it names none. */
    public static ObserverColumn ofHeader(String header) {
        String key = normalise(header);
        for (ObserverColumn column : values()) {
            if (column.names.contains(key)) {
                return column;
            }
        }
        return null;
    }

    /** Folds a header or value for matching: lower case, no accents, runs of other characters as one "_". */
    static String normalise(String text) {
        return SearchKeys.fold(text).replaceAll("[^a-z0-9]+", "_").replaceAll("^_|_$", "");
    }
}
