package ml.modele.observation.interfaces.web.observers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import ml.modele.observation.domain.observer.ObserverCategory;
import ml.modele.observation.domain.observer.ObserverDetails;
import ml.modele.observation.domain.observer.ObserverStatus;
import ml.modele.observation.domain.observer.Sex;
import ml.modele.observation.interfaces.web.shell.LocaleBean;
import ml.modele.observation.interfaces.web.shell.ScreenTexts;

class ObserverChangeTextsTest {

    private static final ScreenTexts FRENCH = new ScreenTexts(LocaleBean.FRENCH);
    private static final ScreenTexts ENGLISH = new ScreenTexts(LocaleBean.ENGLISH);

    @Test
    void phoneVerifiedOnScreen() {
        assertEquals("Téléphone +22376500000 marqué comme vérifié",
                ObserverChangeTexts.details("phone +22376500000 verified false -> true", FRENCH));
        assertEquals("Phone +22376500000 marked as not verified",
                ObserverChangeTexts.details("phone +22376500000 verified true -> false", ENGLISH));
    }

    @Test
    void createdByImport() {
        assertEquals("Créé par l'import (ligne 4 du fichier)", ObserverChangeTexts.details("created, row 4", FRENCH));
    }

    @Test
    void importChangesFromRealDifferences() {
        ObserverDetails before = details(List.of("+22376500000"), ObserverStatus.CANDIDATE, false, "NINA1");
        ObserverDetails after = details(List.of("+22376500000", "+22369999999"), ObserverStatus.ACTIVE, true, "NINA2");
        String stored = "row 2: " + String.join("; ", after.differencesFrom(before));

        assertEquals("Ligne 2 du fichier : Situation de handicap : avant « Non », après « Oui » ;"
                        + " Numéro d'identité nationale modifié (valeurs masquées) ;"
                        + " Téléphones : avant « +22376500000 », après « +22376500000, +22369999999 » ;"
                        + " Statut : avant « Candidat », après « Actif »",
                ObserverChangeTexts.details(stored, FRENCH));
    }

    @Test
    void emptyOldValueReadsNoValue() {
        assertEquals("Supervisor: before “no value”, after “100013”",
                ObserverChangeTexts.change("supervisor_code  -> 100013", ENGLISH));
    }

    @Test
    void sexAndCategoryThroughBundles() {
        assertEquals("Sexe : avant « Homme », après « Femme »", ObserverChangeTexts.change("sex M -> F", FRENCH));
        assertEquals("Catégorie : avant « OCT », après « OLT »",
                ObserverChangeTexts.change("category SHORT_TERM -> LONG_TERM", FRENCH));
    }

    @Test
    void unknownColumnShownVerbatim() {
        assertEquals("shoe_size 41 -> 42", ObserverChangeTexts.change("shoe_size 41 -> 42", FRENCH));
        assertEquals("edited by hand", ObserverChangeTexts.details("edited by hand", FRENCH));
    }

    @Test
    void sourceOfScreenChange() {
        assertEquals("Fiche de l'observateur", ObserverChangeTexts.source("screen", FRENCH));
        assertEquals("observateurs.xlsx", ObserverChangeTexts.source("observateurs.xlsx", FRENCH));
    }

    private static ObserverDetails details(List<String> phones, ObserverStatus status, boolean disability,
                                           String nationalId) {
        return new ObserverDetails("100013", "Diarra", "Aminata", Sex.F, 1990, "AJCAD", ObserverCategory.SHORT_TERM,
                "ML040626", "bambara, français", disability, nationalId, phones, status, null);
    }
}
