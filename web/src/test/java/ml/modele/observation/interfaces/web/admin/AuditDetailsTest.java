package ml.modele.observation.interfaces.web.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import ml.modele.observation.domain.form.DefaultFormSets;
import ml.modele.observation.domain.form.FormDefinition;
import ml.modele.observation.domain.form.FormKind;
import ml.modele.observation.domain.form.FormSet;
import ml.modele.observation.domain.form.FormSetChanges;
import ml.modele.observation.domain.form.Question;
import ml.modele.observation.interfaces.web.shell.LocaleBean;
import ml.modele.observation.interfaces.web.shell.ScreenTexts;

class AuditDetailsTest {

    private static final ScreenTexts FRENCH = new ScreenTexts(LocaleBean.FRENCH);
    private static final ScreenTexts ENGLISH = new ScreenTexts(LocaleBean.ENGLISH);

    /** Marks of a raw Java value or of a missing key; "null ballots" is the English term of the result sheet. */
    private static final Pattern RAW = Pattern.compile(
            "->|\\[|\\{|\\btrue\\b|\\bfalse\\b|\\bnull\\b(?! ballots)|\\?\\?");

    /** Details in the formats that the services write, one or more per action. */
    private static final Map<String, List<String>> STORED = Map.ofEntries(
            Map.entry("USER_CREATED", List.of("roles=[ADMINISTRATOR, EVA_DATA_MANAGER] region=null",
                    "roles=[REGIONAL_COORDINATOR] region=ML04", "first start, roles=[ANALYST]")),
            Map.entry("USER_ROLES_CHANGED", List.of("roles [EVA_DATA_MANAGER] -> [ANALYST, PRESS_OFFICER],"
                    + " region null -> ML04")),
            Map.entry("USER_RENAMED", List.of("Aminata Diarra")),
            Map.entry("USER_LOCKED_OUT", List.of("locked until 2026-06-18T07:45:00Z")),
            Map.entry("IMPORT_APPLIED", List.of("stations from bureaux.csv: 24697 added, 3 changed, 0 unchanged,"
                    + " 2 retired", "administrative units from cod-ab.csv: 0 added, 1 changed, 763 unchanged, 0 retired")),
            Map.entry("MAP_VERSION_CREATED", List.of("cod-ab.xlsx: {REGION=10, CERCLE=53, COMMUNE=701}, 24697 stations"
                    + " carried over from version 1", "cod-ab.xlsx: {REGION=10, CERCLE=53, COMMUNE=701}, 0 stations"
                    + " carried over from version null")),
            Map.entry("MAP_UNIT_CHANGED", List.of("name Segou -> Ségou, valid from 2015-01-01 -> 2023-01-01")),
            Map.entry("STATION_CHANGED", List.of("registered_voters 398 -> 401",
                    "centre_name École A, annexe -> École B, latitude/longitude Coordinates[latitude=12.6,"
                            + " longitude=-8.0] -> null, area RURAL -> URBAN", "back in bureaux-2026.csv")),
            Map.entry("STATION_RETIRED", List.of("2 stations missing from bureaux.csv: 0101-001-01, 0101-001-02")),
            Map.entry("STATION_SECURITY_CHANGED", List.of("ACCESSIBLE -> AT_RISK")),
            Map.entry("ELECTION_CREATED", List.of("Référendum, juin 2023, REFERENDUM, 2023-06-18, map version 1,"
                    + " 2 options, 3 phases", "demonstration election on map version 1")),
            Map.entry("ELECTION_CHANGED", List.of("Référendum, REFERENDUM, 2023-06-18, map version 1, 2 options,"
                    + " 3 phases, status PREPARATION -> ONGOING")),
            Map.entry("OBSERVERS_IMPORTED", List.of("3080 rows: 3075 added, 0 updated, 0 unchanged, 5 rejected",
                    "1 rows: 0 added, 1 updated, 0 unchanged, 0 rejected; updated: 100013 100021")),
            Map.entry("OBSERVER_CHANGED", List.of("phone +223*****01 verified true", "phone +223*****01 verified false")),
            Map.entry("OBSERVER_DEPLOYED", List.of("election 1, POLLING_STATION 0101-001-01", "election 1, reserve pool",
                    "election 1, POLLING_STATION 0101-001-01, sampled station, home commune")),
            Map.entry("OBSERVER_REPLACED", List.of("election 1, POLLING_STATION 0101-001-01, replaced by 100021")),
            Map.entry("DEPLOYMENT_ENDED", List.of("election 1, POLLING_STATION 0101-001-01 withdrawn",
                    "election 1, RESERVE null withdrawn")),
            Map.entry("TRAINING_SESSION_CREATED", List.of("election 1, REGIONAL, 2026-05-10, Ségou, maison des jeunes,"
                    + " Oumar Coulibaly")),
            Map.entry("ACCREDITATION_STEP", List.of("election 1, TRAINED, session 4 (2026-05-10, Ségou, Oumar Coulibaly)",
                    "election 1, CODE_SIGNED, code of conduct signed", "election 1, REQUESTED, request sent to the AIGE",
                    "election 1, ACCREDITED, badge MLI-2026-0001", "election 1, REFUSED, refused: pièce d'identité"
                            + " manquante")),
            Map.entry("SMS_BROADCAST_QUEUED", List.of("election 1, category SHORT_TERM, région ML05, not accredited,"
                    + " 120 recipients (4 unverified numbers), 2 without a number, 1 segments each")),
            Map.entry("PVT_SAMPLE_DRAWN", List.of("300 stations (computed), 20 strata, REGION_AND_AREA,"
                    + " PROPORTIONAL_TO_STATIONS, reserve 2 per stratum, seed 2023, seal 9f86d081884c")),
            Map.entry("PVT_SAMPLE_SEALED", List.of("seal 9f86d081884c, seed 2023, 300 stations")),
            Map.entry("PVT_SAMPLE_STATION_REPLACED", List.of("0101-001-01 -> 0101-002-03 (bureau inaccessible (crue)),"
                    + " seal 9f86d081884c -> 1b4f0e9851971998")),
            Map.entry("FORM_SET_IMPORTED", List.of("Référendum, 6 forms")),
            Map.entry("RESULTS_FORM_OPTIONS_UPDATED", List.of("RES: question F changed (label); RES: question H added"
                    + " (NUMBER)", "RES: question G removed")),
            Map.entry("VERIFICATION_ACCEPTED", List.of("UNVERIFIED_SENDER RES of observer 100013 at station 0101-001-01,"
                    + " reason: Observateur joint")),
            Map.entry("VERIFICATION_CORRECTED", List.of("CONFLICT RES of observer 100013 at station 0101-001-01,"
                    + " question E, values E335 F221, reason: PV relu")),
            Map.entry("VERIFICATION_REJECTED", List.of("OUT_OF_RANGE DVT of observer 100013, question D")),
            Map.entry("REPORT_DEADLINE_SET", List.of("form DVT due 2023-06-18T07:30:00Z")),
            Map.entry("OFFICIAL_RESULT_ENTERED", List.of("NATIONAL: registered=8463084 voters=3266032 null=155155"
                    + " valid=3110877 options=[3015126, 95751]")),
            Map.entry("INCIDENT_STATUS_CHANGED", List.of("NEW -> VERIFIED")),
            Map.entry("COMMUNIQUE_DRAFTED", List.of("PVT_RESULTS v1 of election 1: data 42",
                    "WEEKLY_REPORT v2 of election 1: corrects version 1, week 2023-06-05 to 2023-06-11, data of"
                            + " 2023-06-12T08:00:00Z")),
            Map.entry("COMMUNIQUE_NARRATIVE_EDITED", List.of("PVT_RESULTS v1 of election 1",
                    "PVT_RESULTS v1 of election 1: approval withdrawn")),
            Map.entry("COMMUNIQUE_APPROVED", List.of("PVT_RESULTS v1 of election 1: author analyste")),
            Map.entry("COMMUNIQUE_EMBARGO_SET", List.of("PVT_RESULTS v1 of election 1: none",
                    "PVT_RESULTS v1 of election 1: 2023-06-20T12:00:00Z")),
            Map.entry("COMMUNIQUE_PUBLISHED", List.of("PVT_RESULTS v1 of election 1: content 9f86d081884c",
                    "PVT_RESULTS v1 of election 1: content 9f86d081884c, embargo until 2023-06-20T12:00:00Z")),
            Map.entry("PERIODIC_REPORT_FILED", List.of("observer 100013, period 2023-06-05 to 2023-06-11, themes A B,"
                    + " files 1")),
            Map.entry("PERIODIC_REPORT_REVISED", List.of("version 2, themes , files 0")),
            Map.entry("WEEKLY_NOTE_SAVED", List.of("period 2023-06-05 to 2023-06-11, 1200 characters")),
            Map.entry("OBSERVER_PIN_SENT", List.of("PIN sent to +223*****01, +223*****02")),
            Map.entry("OBSERVER_LOGGED_IN", List.of("web form login with PIN 12")),
            Map.entry("OBSERVER_LOGIN_FAILED", List.of("observer is retired", "no usable PIN",
                    "PIN 12 has no tries left", "wrong PIN, 2 tries left on PIN 12")),
            Map.entry("OBSERVER_PHOTO_UPLOADED", List.of("result-sheet photo of submission 77 at station 0101-001-01,"
                    + " sha256 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08")));

    @Test
    void everyStoredFormatIsRendered() {
        for (Map.Entry<String, List<String>> action : STORED.entrySet()) {
            for (String details : action.getValue()) {
                for (ScreenTexts texts : List.of(FRENCH, ENGLISH)) {
                    String rendered = AuditDetails.render(action.getKey(), details, texts);
                    assertNotEquals(details, rendered, action.getKey() + " not recognised: " + details);
                    assertFalse(RAW.matcher(rendered).find(), action.getKey() + " shows a raw value: " + rendered);
                }
            }
        }
    }

    @Test
    void rolesChangeReadsAsSentence() {
        assertEquals("Rôles : avant « Gestionnaire de données (EVA) », après « Analyste, Chargé de presse » ;"
                        + " Région : avant « aucune valeur », après « ML04 »",
                AuditDetails.render("USER_ROLES_CHANGED", "roles [EVA_DATA_MANAGER] -> [ANALYST, PRESS_OFFICER],"
                        + " region null -> ML04", FRENCH));
    }

    @Test
    void userCreatedShowsRoleLabels() {
        assertEquals("Roles: Administrator, Data manager (EVA); région: no value",
                AuditDetails.render("USER_CREATED", "roles=[ADMINISTRATOR, EVA_DATA_MANAGER] region=null", ENGLISH));
    }

    @Test
    void unitChangeShowsOnlyWhatChanged() {
        assertEquals("Nom : avant « Segou », après « Ségou »", AuditDetails.render("MAP_UNIT_CHANGED",
                "name Segou -> Ségou, valid from 2021-12-20 -> 2021-12-20", FRENCH));
        assertEquals("Valide à partir du : avant « 20/12/2021 », après « 01/07/2023 »", AuditDetails.render(
                "MAP_UNIT_CHANGED", "name Ségou -> Ségou, valid from 2021-12-20 -> 2023-07-01", FRENCH));
        assertEquals("Nom : avant « Segou », après « Ségou » ; Valide à partir du : avant « 20/12/2021 »,"
                + " après « 01/07/2023 »", AuditDetails.render("MAP_UNIT_CHANGED",
                "name Segou -> Ségou, valid from 2021-12-20 -> 2023-07-01", FRENCH));
    }

    @Test
    void securityChangeUsesLabels() {
        assertEquals("Statut : avant « Accessible », après « À risque »",
                AuditDetails.render("STATION_SECURITY_CHANGED", "ACCESSIBLE -> AT_RISK", FRENCH));
    }

    @Test
    void stationChangesListEachColumn() {
        assertEquals("Nom du centre de vote : avant « École A, annexe », après « École B » ;"
                        + " Latitude, longitude : avant « 12.6, -8.0 », après « aucune valeur » ;"
                        + " Milieu : avant « rural », après « urbain »",
                AuditDetails.render("STATION_CHANGED", "centre_name École A, annexe -> École B, latitude/longitude"
                        + " Coordinates[latitude=12.6, longitude=-8.0] -> null, area RURAL -> URBAN", FRENCH));
    }

    @Test
    void registeredVotersGroupedInFrench() {
        assertEquals("Inscrits : avant « 1\u00A0398 », après « 1\u00A0401 »",
                AuditDetails.render("STATION_CHANGED", "registered_voters 1398 -> 1401", FRENCH));
    }

    @Test
    void mapVersionCountsByLevel() {
        assertEquals("Fichier cod-ab.xlsx : Région : 10, Cercle : 53, Commune : 701 ; 24\u00A0697 bureaux de vote"
                        + " repris de la version 1",
                AuditDetails.render("MAP_VERSION_CREATED", "cod-ab.xlsx: {REGION=10, CERCLE=53, COMMUNE=701}, 24697"
                        + " stations carried over from version 1", FRENCH));
    }

    @Test
    void electionChangeWithStatus() {
        assertEquals("Référendum, juin 2023 ; type : Référendum ; scrutin le 18/06/2023 ; version 1 de la carte ;"
                        + " 2 options ; 3 phases ; Statut : avant « Préparation », après « En cours »",
                AuditDetails.render("ELECTION_CHANGED", "Référendum, juin 2023, REFERENDUM, 2023-06-18, map version 1,"
                        + " 2 options, 3 phases, status PREPARATION -> ONGOING", FRENCH));
    }

    @Test
    void verificationDecisionReadsAsSentence() {
        assertEquals("Désaccord entre observateurs : formulaire RES de l'observateur 100013 ; bureau de vote"
                        + " 0101-001-01 ; question E ; valeurs E335 F221 ; motif : PV relu",
                AuditDetails.render("VERIFICATION_CORRECTED", "CONFLICT RES of observer 100013 at station 0101-001-01,"
                        + " question E, values E335 F221, reason: PV relu", FRENCH));
    }

    @Test
    void officialResultNumbersGrouped() {
        assertEquals("National: 8,463,084 registered voters, 3,266,032 voters, 155,155 null ballots, 3,110,877 valid"
                        + " votes; votes per option: 3,015,126, 95,751",
                AuditDetails.render("OFFICIAL_RESULT_ENTERED", "NATIONAL: registered=8463084 voters=3266032"
                        + " null=155155 valid=3110877 options=[3015126, 95751]", ENGLISH));
    }

    @Test
    void incidentStatusChange() {
        assertEquals("Status: before “New”, after “Verified”",
                AuditDetails.render("INCIDENT_STATUS_CHANGED", "NEW -> VERIFIED", ENGLISH));
    }

    @Test
    void accreditationRefusalKeepsReason() {
        assertEquals("Élection 1 : Refusé (motif : pièce d'identité manquante)",
                AuditDetails.render("ACCREDITATION_STEP", "election 1, REFUSED, refused: pièce d'identité manquante",
                        FRENCH));
    }

    @Test
    void formSetEditFromRealChanges() {
        FormSet before = DefaultFormSets.referendum();
        FormDefinition arrival = before.form("ARV").orElseThrow();
        List<Question> questions = new java.util.ArrayList<>(arrival.questions());
        questions.add(Question.yesNo("J", "Ouverture", false, "Autres missions présentes ?", "Other missions present?"));
        Question first = questions.get(0);
        questions.set(0, new Question(first.code(), first.labelFr(), first.labelEn(), first.type(), 0, 24,
                first.choices(), false, first.section(), first.figure()));
        List<FormDefinition> forms = new java.util.ArrayList<>(before.forms());
        forms.set(0, new FormDefinition("ARV", arrival.kind(), arrival.titleFr(), arrival.titleEn(), questions));
        forms.add(new FormDefinition("MSG", FormKind.INCIDENT, "Message libre", "Free message",
                List.of(Question.text("A", "Message", true, "Que se passe-t-il ?", "What is happening?"))));
        FormSet after = new FormSet(before.name(), forms);

        String stored = String.join("; ", FormSetChanges.between(before, after));
        assertEquals("Formulaire ARV : question A modifiée (limites « 0 à 23 » remplacées par « 0 à 24 », devient"
                        + " facultative) ; Formulaire ARV : question J ajoutée (Oui/non (1 ou 2)) ;"
                        + " Formulaire MSG ajouté (Incident, 1 questions)",
                AuditDetails.render("FORM_SET_EDITED", stored, FRENCH));
    }

    @Test
    void formSetEditCutByServiceKeepsCutPart() {
        assertEquals("Form ARV: question J removed; ARV: questi…",
                AuditDetails.render("FORM_SET_EDITED", "ARV: question J removed; ARV: questi…", ENGLISH));
    }

    @Test
    void unknownFormatShownVerbatim() {
        assertEquals("imported by hand in 2024", AuditDetails.render("USER_CREATED", "imported by hand in 2024", FRENCH));
        assertEquals("something new", AuditDetails.render("SOME_FUTURE_ACTION", "something new", FRENCH));
    }

    @Test
    void missingDetailsAreEmpty() {
        assertEquals("", AuditDetails.render("USER_UNLOCKED", null, FRENCH));
        assertEquals("", AuditDetails.render("OWN_PASSWORD_CHANGED", "", FRENCH));
    }

    @Test
    void targetLabelsOfEveryTargetType() {
        for (String target : List.of("UserAccount", "MapVersion", "PollingStation", "Election", "ObserverFile",
                "Observer", "PvtSample", "VerificationItem", "official_result", "Accreditation", "Deployment",
                "FormSet", "AdminUnit", "communique", "PeriodicReport", "WeeklyNote", "incident", "ReportDeadline",
                "TrainingSession", "SmsBroadcast", "SubmissionAttachment")) {
            assertTrue(FRENCH.has("audit.target." + target), target);
            assertTrue(ENGLISH.has("audit.target." + target), target);
        }
        assertEquals("Échantillon PVT de l'élection", AuditDetails.target("PvtSample", FRENCH));
        assertEquals("NewTarget", AuditDetails.target("NewTarget", FRENCH));
    }
}
