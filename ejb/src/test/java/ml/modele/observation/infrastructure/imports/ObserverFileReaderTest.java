package ml.modele.observation.infrastructure.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import ml.modele.observation.domain.observer.ObserverCategory;
import ml.modele.observation.domain.observer.ObserverCode;
import ml.modele.observation.domain.observer.ObserverStatus;
import ml.modele.observation.domain.observer.Sex;

class ObserverFileReaderTest {

    private static final String HEADER = "code,last_name,first_name,sex,birth_year,organisation,category,"
            + "commune_code,languages,disability,national_id,phones,status,supervisor_code\n";
    private static final Map<String, String> ORGANISATIONS = Map.of(
            "AJCAD", "Association des Jeunes pour la Citoyenneté Active",
            "DHQ", "Droits de l'Homme au Quotidien (DHQ-Mali)");

    private final ObserverFileReader reader = new ObserverFileReader(Set.of("ML040626", "ML090101"),
            ORGANISATIONS, 2026);

    @Test
    void readsCompleteRow() throws Exception {
        String code = ObserverCode.fromSequence(17).digits();
        ObserverFile file = read(HEADER + code + ",Traoré,Awa,F,1990,AJCAD,OCT,ML040626,\"Bambara; Français\",oui,"
                + "12345 67890 123,\"76 12 34 56 / 0022365000001\",actif,\n");

        assertEquals(List.of(), file.problems());
        ObserverFileRow row = file.rows().get(0);
        assertEquals(2, row.rowNumber());
        assertEquals(code, row.code());
        assertEquals(Sex.F, row.sex());
        assertEquals(1990, row.birthYear());
        assertEquals(ObserverCategory.SHORT_TERM, row.category());
        assertEquals("bambara, français", row.languages());
        assertEquals(Boolean.TRUE, row.disability());
        assertEquals("1234567890123", row.nationalId());
        assertEquals(List.of("+22376123456", "+22365000001"), row.phones());
        assertEquals(ObserverStatus.ACTIVE, row.status());
    }

    @Test
    void mapsFrenchHeadersAndValues() throws Exception {
        ObserverFile file = read("Nom;Prénom;Sexe;Année de naissance;Organisation partenaire;Catégorie;"
                + "Code commune;Téléphones;Statut\n"
                + "Keïta;Modibo;homme;1975;Droits de l'Homme au Quotidien (DHQ-Mali);Coordinateur régional;"
                + "ml090101;+223 66 00 00 01;retiré\n");

        assertEquals(List.of(), file.problems());
        ObserverFileRow row = file.rows().get(0);
        assertNull(row.code());
        assertEquals("Keïta", row.lastName());
        assertEquals(Sex.M, row.sex());
        assertEquals("DHQ", row.organisationCode());
        assertEquals(ObserverCategory.REGIONAL_COORDINATOR, row.category());
        assertEquals("ML090101", row.communeCode());
        assertEquals(ObserverStatus.RETIRED, row.status());
        assertNull(row.languages());
        assertNull(row.disability());
    }

    @Test
    void padsCodeThatLostItsLeadingZeros() throws Exception {
        String code = ObserverCode.fromSequence(42).digits();

        ObserverFile file = read(HEADER + code.replaceFirst("^0+", "")
                + ",Diarra,Seydou,M,1980,AJCAD,OLT,ML040626,,,,76000001,,\n");

        assertEquals(List.of(), file.problems());
        assertEquals(code, file.rows().get(0).code());
    }

    @Test
    void reportsEachBadValueWithRowColumnAndValue() throws Exception {
        ObserverFile file = read(HEADER
                + "123456,,Awa,X,1850,UNICEF,observateur,ML999999,,peut-être,??,12345,dormant,99\n");

        assertEquals(List.of(), file.rows());
        List<String> keys = file.problems().stream().map(ImportProblem::messageKey).toList();
        assertEquals(List.of("observer.code.invalid", "observer.name.missing", "observer.sex.invalid",
                "observer.birthYear.invalid", "observer.organisation.unknown", "observer.category.invalid",
                "observer.commune.unknown", "observer.disability.invalid", "observer.nationalId.invalid",
                "observer.phone.invalid", "observer.status.invalid", "observer.supervisor.invalid"), keys);
        ImportProblem phone = file.problems().get(9);
        assertEquals(2, phone.rowNumber());
        assertEquals("phones", phone.column());
        assertEquals("12345", phone.value());
    }

    @Test
    void rejectsMinorObserver() throws Exception {
        ObserverFile file = read(HEADER + ",Diarra,Seydou,M,2010,AJCAD,OCT,ML040626,,,,76000001,,\n");

        assertEquals("observer.birthYear.invalid", file.problems().get(0).messageKey());
    }

    @Test
    void rejectsLaterRowsRepeatingPhoneOrNationalId() throws Exception {
        ObserverFile file = read(HEADER
                + ",Diarra,Seydou,M,1980,AJCAD,OCT,ML040626,,,AB12345,76000001,,\n"
                + ",Diarra,Awa,F,1981,AJCAD,OCT,ML040626,,,AB99999,+22376000001,,\n"
                + ",Touré,Issa,M,1982,AJCAD,OCT,ML040626,,,ab12345,76000003,,\n");

        assertEquals(1, file.rows().size());
        assertEquals(3, file.rowCount());
        ImportProblem phone = file.problems().get(0);
        assertEquals("observer.phone.duplicateInFile", phone.messageKey());
        assertEquals(3, phone.rowNumber());
        assertEquals(List.of("2"), phone.details());
        ImportProblem nationalId = file.problems().get(1);
        assertEquals("observer.nationalId.duplicateInFile", nationalId.messageKey());
        assertEquals(4, nationalId.rowNumber());
    }

    @Test
    void missingRequiredColumnRejectsTheFile() throws Exception {
        ObserverFile file = read("nom,prenom,sexe\nTraoré,Awa,F\n");

        assertTrue(file.unreadable());
        assertEquals(List.of("observer.column.missing"), file.problems().stream()
                .map(ImportProblem::messageKey).distinct().toList());
        assertEquals(5, file.problems().size());
    }

    @Test
    void messagesNameRowColumnValueAndFixInFrench() throws Exception {
        ObserverFile file = read(HEADER + ",Diarra,Seydou,M,1980,AJCAD,OCT,ML999999,,,,7600,,\n");

        List<String> messages = ObserverImportMessages.formatAll(file.problems(), Locale.FRENCH);

        assertEquals("Ligne 2, colonne « commune_code » : la commune « ML999999 » est inconnue de la carte"
                + " électorale. Vérifiez le P-code (par exemple ML040626) dans « Carte électorale > Parcourir"
                + " la carte ».", messages.get(0));
        assertTrue(messages.get(1).startsWith("Ligne 2, colonne « phones » : le numéro « 7600 » est invalide."),
                messages.get(1));
    }

    @Test
    void bundlesHaveSameKeys() {
        assertEquals(ObserverImportMessages.bundle(Locale.FRENCH).keySet(),
                ObserverImportMessages.bundle(Locale.ENGLISH).keySet());
    }

    private ObserverFile read(String csv) throws Exception {
        return reader.read(TableReader.readCsv(csv));
    }
}
