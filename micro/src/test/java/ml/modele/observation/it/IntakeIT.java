package ml.modele.observation.it;

import static ml.modele.observation.it.ItDatabase.awaitOngoingElection;
import static ml.modele.observation.it.ItDatabase.connect;
import static ml.modele.observation.it.ItDatabase.count;
import static ml.modele.observation.it.ItDatabase.text;
import static ml.modele.observation.it.ItDatabase.texts;
import static ml.modele.observation.it.Waits.sleep;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;

/**
 * Election day through the deployed SMPP adapter and a test SMSC on 127.0.0.1. Fifty observers
 * are imported through the registry's REST import, deployed two per station through the
 * deployment REST paths, and send coded SMS. The test checks every reply text and the stored
 * submissions, versions, conflicts and verification items. Then the EVA settles the queue,
 * exports and imports the form set, and works through the call list of a missing form, and the
 * technical coordinator adds a question in the form designer that the next SMS answers.
 */
@ExtendWith({OwnDatabase.class, OwnSmsc.class, ArquillianExtension.class})
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class IntakeIT {

    private static final int OBSERVERS = 50;
    private static final int STATIONS = OBSERVERS / 2;
    /** National numbers of the observers' phones: 76 50 00 00 and up, outside the demonstration roster's block. */
    private static final int FIRST_PHONE = 76_500_000;
    private static final String UNKNOWN_PHONE = "22379999999";
    /** A number that is no one's and sends no form at all. */
    private static final String STRANGER_PHONE = "22379999998";
    private static final TestSmsc SMSC = OwnSmsc.smsc();

    /** Observer codes, in import order; observers 2k and 2k+1 share station k. */
    private static final List<String> CODES = new ArrayList<>();
    private static final List<Station> STATION_LIST = new ArrayList<>();
    private static long electionId;

    /** A polling station of the generated frame, with its registered voters and commune. */
    record Station(String code, int registered, String commune) {
    }

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ShrinkWrap.createFromZipFile(WebArchive.class,
                new File(System.getProperty("micro.dir"), "observation.war"));
    }

    /** Deployment URL from Arquillian; only its port is used, because its host may not be loopback. */
    @ArquillianResource
    private URL deploymentUrl;

    @Test
    @Order(1)
    void importsAndDeploysFiftyObservers() throws Exception {
        awaitElectionAndFrame();
        SMSC.awaitBound(120_000);
        WebSession admin = adminSession();

        HttpResponse<String> imported = admin.post("api/observers/import?name=intake-it.csv",
                observerFile().getBytes(StandardCharsets.UTF_8), "text/csv; charset=UTF-8");
        assertEquals(200, imported.statusCode(), imported.body());
        try (Connection db = connect(); PreparedStatement query = db.prepareStatement(
                "SELECT code FROM observer WHERE national_id = ?")) {
            for (int i = 0; i < OBSERVERS; i++) {
                query.setString(1, nationalId(i));
                try (ResultSet row = query.executeQuery()) {
                    assertTrue(row.next(), "observer " + i + " not imported: " + imported.body());
                    CODES.add(row.getString(1));
                }
            }
        }

        for (int i = 0; i < OBSERVERS; i++) {
            String form = "observer=" + CODES.get(i) + "&kind=POLLING_STATION&place=" + STATION_LIST.get(i / 2).code();
            HttpResponse<String> assigned = admin.post("api/deployment/" + electionId + "/assign",
                    form.getBytes(StandardCharsets.UTF_8), "application/x-www-form-urlencoded");
            assertEquals(200, assigned.statusCode(), assigned.body());
        }
        assertEquals(OBSERVERS, count("SELECT COUNT(*) FROM deployment WHERE election_id = " + electionId
                + " AND ended_at IS NULL AND place_kind = 'POLLING_STATION' AND observer_id IN"
                + " (SELECT id FROM observer WHERE national_id LIKE 'INTAKE%')"));
    }

    @Test
    @Order(2)
    void runsElectionDayBySms() throws Exception {
        Map<Long, String> expectedReplies = new LinkedHashMap<>();

        for (int i = 0; i < OBSERVERS; i++) {
            String code = CODES.get(i);
            long id = send(phone(i), "ARV " + code + " A7 B1 C8 D5 E2 F1 G1");
            expectedReplies.put(id, i == 20
                    ? "ARV " + code + " saved: A7 B1 C8 D5 E2 F1 G1. Thank you."
                    : "ARV " + code + " enregistré: A7 B1 C8 D5 E2 F1 G1. Merci.");
        }

        for (int i = 0; i < OBSERVERS; i++) {
            String code = CODES.get(i);
            Station station = STATION_LIST.get(i / 2);
            Sheet sheet = Sheet.of(station.registered());
            if (i == 8) {
                // Observer 8's result sheet comes from a number that is not one of their phones.
                long id = send(UNKNOWN_PHONE, "RES " + code + " " + sheet.coded());
                expectedReplies.put(id, "RES " + code + " enregistré: " + sheet.coded()
                        + ". Numéro inconnu, l'EVA vérifiera. Merci.");
                continue;
            }
            if (i == 3) {
                sheet = sheet.withOptionsMoved(1);
            }
            if (i == 4) {
                Sheet wrong = sheet.withYesAdded(10);
                long id = send(phone(i), "res " + code + " " + wrong.coded().toLowerCase());
                expectedReplies.put(id, "RES non compté: E+F=" + (wrong.yes() + wrong.no()) + " mais D="
                        + wrong.valid() + ". Vérifiez le PV et renvoyez tout le message. Autres réponses enregistrées.");
            }
            long id = send(phone(i), "RES " + code + " " + sheet.coded());
            expectedReplies.put(id, i == 20
                    ? "RES " + code + " saved: " + sheet.coded() + ". Thank you."
                    : "RES " + code + " enregistré: " + sheet.coded() + ". Merci.");
            if (i == 6) {
                long again = send(phone(i), "RES " + code + " " + sheet.coded());
                assertEquals(id, again, "a redelivery was stored as a new message");
            }
        }

        String incidentCode = CODES.get(10);
        long incident = send(phone(10), "URG " + incidentCode + " A13 B2 @ Bagarre devant le bureau");
        expectedReplies.put(incident, "URG " + incidentCode + " enregistré: A13 B2 +commentaire. Merci.");

        String rangeCode = CODES.get(12);
        long outOfRange = send(phone(12), "DVT " + rangeCode + " A1 B1 C1 H2 D1200");
        expectedReplies.put(outOfRange, "DVT: D=1200 hors limites (de 0 à 999). Renvoyez DVT " + rangeCode
                + " D et la bonne valeur. Autres réponses enregistrées.");

        for (int i = 14; i < OBSERVERS; i++) {
            if (i == 20) {
                continue;
            }
            long id = send(phone(i), "DVT " + CODES.get(i) + " A1 B1 C1 H2");
            expectedReplies.put(id, "DVT " + CODES.get(i) + " enregistré: A1 B1 C1 H2. Merci.");
        }
        // A fourth message within the minute is stored but gets no reply: the cap is 3 per sender.
        long capped = send(phone(14), "DVT " + CODES.get(14) + " E2");

        long stranger = send(STRANGER_PHONE, "Bonjour, je veux observer");
        expectedReplies.put(stranger, "Formulaire BONJOUR inconnu. Commencez par ARV DVT FDP RES URG puis votre"
                + " code observateur.");

        awaitReplies(expectedReplies.size());
        for (Map.Entry<Long, String> expected : expectedReplies.entrySet()) {
            String reply = text("SELECT text FROM sms_outbound WHERE in_reply_to = " + expected.getKey());
            assertEquals(expected.getValue(), reply, "reply to inbound SMS " + expected.getKey());
            assertTrue(reply.length() <= 160, "reply longer than 160 characters: " + reply);
        }
        assertEquals(0, count("SELECT COUNT(*) FROM sms_outbound WHERE in_reply_to = " + capped));
        assertEquals("CAPPED", text("SELECT reply_decision FROM sms_inbound WHERE id = " + capped));
        assertEquals(0, count("SELECT COUNT(*) FROM sms_outbound WHERE status <> 'SENT'"));
        assertEquals(0, count("SELECT COUNT(*) FROM sms_outbound WHERE segments <> 1"));
        assertEquals(expectedReplies.size(), SMSC.submits().size());
        assertTrue(SMSC.submits().stream().allMatch(submit -> submit.dataCoding() == 0), "a reply left GSM-7");

        checkStoredState(capped);
    }

    @Test
    @Order(3)
    void evaSettlesQueueOnScreen() throws Exception {
        WebSession eva = new WebSession(base());
        assertEquals(302, eva.login("eva", "Demo-IT-2026").statusCode());
        HttpResponse<String> queue = eva.get("eva/queue.xhtml");
        assertEquals(200, queue.statusCode());
        assertTrue(queue.body().contains("File de vérification"), queue.body());
        assertTrue(queue.body().contains("Désaccord entre observateurs : 2"), queue.body());
        assertTrue(eva.get("index.xhtml").body().contains("eva/queue.xhtml"), "menu of the EVA");

        // A conflict is settled by correcting both sheets with the figures read on the result sheet.
        Station disputed = STATION_LIST.get(1);
        Sheet right = Sheet.of(disputed.registered());
        long conflict = count("SELECT MIN(id) FROM verification_item WHERE kind = 'CONFLICT' AND station_code = '"
                + disputed.code() + "'");
        HttpResponse<String> noReason = eva.submit("eva/queue.xhtml?item=" + conflict, "decision", "correct",
                Map.of("values", "E" + right.yes() + " F" + right.no(), "reason", ""));
        assertTrue(noReason.body().contains("Indiquez le motif de la correction"), noReason.body());
        assertEquals("OPEN", text("SELECT status FROM verification_item WHERE id = " + conflict));

        HttpResponse<String> wrongValue = eva.submit("eva/queue.xhtml?item=" + conflict, "decision", "correct",
                Map.of("values", "E" + right.yes() + " F99999", "reason", "PV relu"));
        assertTrue(wrongValue.body().contains("Valeurs « E" + right.yes() + " F99999 » refusées : F=99999 ne"
                + " convient pas (attendu : 0..5000)"), wrongValue.body());

        HttpResponse<String> corrected = eva.submit("eva/queue.xhtml?item=" + conflict, "decision", "correct",
                Map.of("values", "E" + right.yes() + " F" + right.no(), "reason", "PV relu avec les deux observateurs"));
        assertTrue(corrected.body().contains("corrigé : une nouvelle version est enregistrée"), corrected.body());
        assertEquals("CORRECTED", text("SELECT status FROM verification_item WHERE id = " + conflict));
        assertEquals(0, count("SELECT COUNT(*) FROM verification_item WHERE kind = 'CONFLICT' AND status = 'OPEN'"));
        assertEquals(2, count("SELECT COUNT(*) FROM submission s JOIN submission_field f ON f.submission_id = s.id"
                + " JOIN submission_version v ON v.id = f.version_id WHERE s.form_code = 'RES' AND s.station_code = '"
                + disputed.code() + "' AND f.question_code = 'E' AND f.value = '" + right.yes() + "'"
                + " AND v.channel = 'EVA_CORRECTION' AND v.author = 'eva' AND s.counted"));
        assertEquals(OBSERVERS - 1, count("SELECT COUNT(*) FROM submission WHERE form_code = 'RES' AND counted"));

        // The unverified sheet is accepted, the out-of-range value dismissed, the incident confirmed.
        long unverified = count("SELECT id FROM verification_item WHERE kind = 'UNVERIFIED_SENDER'");
        eva.submit("eva/queue.xhtml?item=" + unverified, "decision", "accept",
                Map.of("values", "", "reason", "Observateur joint : il a emprunté un téléphone"));
        assertEquals(OBSERVERS, count("SELECT COUNT(*) FROM submission WHERE form_code = 'RES' AND counted"));
        long outOfRange = count("SELECT id FROM verification_item WHERE kind = 'OUT_OF_RANGE'");
        HttpResponse<String> rangePage = eva.get("eva/queue.xhtml?item=" + outOfRange);
        assertFalse(rangePage.body().contains("decision:accept"), "an out-of-range value cannot be accepted");
        eva.submit("eva/queue.xhtml?item=" + outOfRange, "decision", "reject", Map.of("values", "", "reason", ""));
        long incident = count("SELECT id FROM verification_item WHERE kind = 'INCIDENT'");
        eva.submit("eva/queue.xhtml?item=" + incident, "decision", "accept",
                Map.of("values", "", "reason", "Confirmé par le superviseur"));
        assertEquals("REJECTED", text("SELECT status FROM verification_item WHERE id = " + outOfRange));
        assertEquals("ACCEPTED", text("SELECT status FROM verification_item WHERE id = " + incident));
        assertEquals(0, count("SELECT COUNT(*) FROM verification_item WHERE status = 'OPEN'"));
        assertEquals(4, count("SELECT COUNT(*) FROM audit_entry WHERE action LIKE 'VERIFICATION_%' AND actor = 'eva'"));

        // The message log shows the observer's traffic both ways.
        HttpResponse<String> log = eva.get("eva/messages.xhtml?observer=" + CODES.get(4));
        assertEquals(200, log.statusCode());
        assertTrue(log.body().contains("RES non compté: E+F="), log.body());
        assertTrue(log.body().contains("RES " + CODES.get(4) + " enregistré"), log.body());

        WebSession press = new WebSession(base());
        assertEquals(302, press.login("presse", "Demo-IT-2026").statusCode());
        assertEquals(403, press.get("eva/queue.xhtml").statusCode());
        assertEquals(403, press.get("eva/messages.xhtml").statusCode());
    }

    @Test
    @Order(4)
    void exportsAndImportsFormSet() throws Exception {
        WebSession admin = adminSession();
        HttpResponse<String> exported = admin.get("api/forms/" + electionId);
        assertEquals(200, exported.statusCode());
        assertTrue(exported.body().contains("\"format\": \"observation-form-set\""), exported.body());

        HttpResponse<String> reimported = admin.post("api/forms/" + electionId,
                exported.body().getBytes(StandardCharsets.UTF_8), "application/json");
        assertEquals(200, reimported.statusCode(), reimported.body());
        assertTrue(reimported.body().contains("\"forms\":6"), reimported.body());

        String broken = exported.body().replace("\"code\": \"DVT\"", "\"code\": \"ARV\"")
                .replace("\"code\": \"URG\"", "\"code\": \"OBS\"");
        HttpResponse<String> rejected = admin.post("api/forms/" + electionId,
                broken.getBytes(StandardCharsets.UTF_8), "application/json");
        assertEquals(422, rejected.statusCode(), rejected.body());
        assertTrue(rejected.body().contains("Le code de formulaire « ARV » est utilisé deux fois"), rejected.body());
        assertTrue(rejected.body().contains("Code « OBS » refusé"), rejected.body());
        assertEquals(1, count("SELECT COUNT(*) FROM audit_entry WHERE action = 'FORM_SET_IMPORTED'"));

        HttpResponse<String> screen = admin.get("forms/set.xhtml");
        assertEquals(200, screen.statusCode());
        assertTrue(screen.body().contains("Arrivée et ouverture"), screen.body());

        // After the import, the intake reads messages with the newly stored set.
        int repliesBefore = SMSC.submits().size();
        long id = send(phone(6), "FDP " + CODES.get(6) + " A18 C1 D1 F1");
        awaitReplies(repliesBefore + 1);
        assertEquals("FDP " + CODES.get(6) + " enregistré: A18 C1 D1 F1. Merci.",
                text("SELECT text FROM sms_outbound WHERE in_reply_to = " + id));
    }

    @Test
    @Order(5)
    void listsSilentObserversAfterDeadline() throws Exception {
        WebSession eva = new WebSession(base());
        assertEquals(302, eva.login("eva", "Demo-IT-2026").statusCode());

        HttpResponse<String> invalid = eva.submit("eva/calls.xhtml", "deadlines", "save",
                Map.of("form", "DVT", "time", "25h99"));
        assertTrue(invalid.body().contains("Heure « 25h99 » invalide"), invalid.body());
        eva.submit("eva/calls.xhtml", "deadlines", "save", Map.of("form", "DVT", "time", "7h30"));
        assertEquals(text("SELECT CONCAT(election_date, ' 07:30') FROM election WHERE id = " + electionId),
                text("SELECT DATE_FORMAT(due_at, '%Y-%m-%d %H:%i') FROM report_deadline WHERE form_code = 'DVT'"));

        // The election day is past, so every observer without a DVT record is on the list.
        HttpResponse<String> list = eva.get("eva/calls.xhtml?form=DVT");
        assertEquals(200, list.statusCode());
        List<Integer> silent = new ArrayList<>(List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 20));
        for (int i = 0; i < OBSERVERS; i++) {
            assertEquals(silent.contains(i), list.body().contains(CODES.get(i) + " Intake (fictif)"),
                    "observer " + i + " on the call list");
        }
        assertTrue(list.body().contains("+" + phone(0)), list.body());
        assertTrue(list.body().contains(STATION_LIST.get(0).code()), list.body());

        eva.submit("eva/calls.xhtml?form=DVT&observer=" + CODES.get(0), "call", "record",
                Map.of("outcome", "NO_ANSWER", "note", "Sonne sans réponse", "escalate", "on"));
        assertEquals(1, count("SELECT COUNT(*) FROM follow_up_call WHERE outcome = 'NO_ANSWER' AND escalated"
                + " AND called_by = 'eva' AND note = 'Sonne sans réponse'"));
        HttpResponse<String> after = eva.get("eva/calls.xhtml?form=DVT");
        assertTrue(after.body().contains("Pas de réponse"), after.body());
        assertTrue(after.body().contains("(transmis au superviseur)"), after.body());
    }

    @Test
    @Order(6)
    void comparesResultSheetPhotoWithSms() throws Exception {
        WebSession eva = new WebSession(base());
        assertEquals(302, eva.login("eva", "Demo-IT-2026").statusCode());
        long sheetId = count("SELECT id FROM submission WHERE form_code = 'RES' AND observer_code = '"
                + CODES.get(10) + "'");
        Sheet sheet = Sheet.of(STATION_LIST.get(5).registered());

        byte[] png = png();
        HttpResponse<String> attached = eva.post("api/submissions/" + sheetId + "/photo?name=pv-bureau.png", png,
                "application/octet-stream");
        assertEquals(200, attached.statusCode(), attached.body());
        String sha256 = java.util.HexFormat.of().formatHex(
                java.security.MessageDigest.getInstance("SHA-256").digest(png));
        assertTrue(attached.body().contains(sha256), attached.body());
        assertTrue(attached.body().contains("image/png"), attached.body());
        assertEquals(png.length, count("SELECT size_bytes FROM submission_attachment WHERE sha256 = '" + sha256 + "'"));

        HttpResponse<String> notImage = eva.post("api/submissions/" + sheetId + "/photo?name=pv.jpg",
                "PV du bureau".getBytes(StandardCharsets.UTF_8), "image/jpeg");
        assertEquals(422, notImage.statusCode());
        assertTrue(notImage.body().contains("n'est ni une image JPEG ni une image PNG"), notImage.body());

        HttpResponse<String> same = eva.post("api/submissions/" + sheetId + "/photo-figures",
                ("figures=" + sheet.coded().replace(' ', '+')).getBytes(StandardCharsets.UTF_8),
                "application/x-www-form-urlencoded");
        assertEquals(200, same.statusCode(), same.body());
        assertTrue(same.body().contains("\"differences\":[]"), same.body());

        Sheet read = sheet.withOptionsMoved(5);
        HttpResponse<String> different = eva.post("api/submissions/" + sheetId + "/photo-figures",
                ("figures=" + read.coded().replace(' ', '+')).getBytes(StandardCharsets.UTF_8),
                "application/x-www-form-urlencoded");
        assertEquals(200, different.statusCode(), different.body());
        assertTrue(different.body().contains("E " + read.yes() + "/" + sheet.yes()), different.body());
        assertTrue(different.body().contains("F " + read.no() + "/" + sheet.no()), different.body());
        long mismatch = count("SELECT id FROM verification_item WHERE kind = 'PHOTO_MISMATCH' AND status = 'OPEN'");
        assertEquals("E F", text("SELECT question_code FROM verification_item WHERE id = " + mismatch));

        HttpResponse<String> queue = eva.get("eva/queue.xhtml");
        assertTrue(queue.body().contains("Photo du PV différente : 1"), queue.body());
        eva.submit("eva/queue.xhtml?item=" + mismatch, "decision", "correct",
                Map.of("values", "E" + read.yes() + " F" + read.no(), "reason", "Chiffres lus sur la photo du PV"));
        assertEquals("CORRECTED", text("SELECT status FROM verification_item WHERE id = " + mismatch));
        assertEquals(String.valueOf(read.yes()), text("SELECT f.value FROM submission_field f WHERE"
                + " f.submission_id = " + sheetId + " AND f.question_code = 'E'"));

        // The corrected sheet now disagrees with the other observer of the station on E and F.
        assertEquals(2, count("SELECT COUNT(*) FROM verification_item WHERE kind = 'CONFLICT' AND status = 'OPEN'"
                + " AND station_code = '" + STATION_LIST.get(5).code() + "'"));
        assertEquals(0, count("SELECT COUNT(*) FROM submission WHERE id = " + sheetId + " AND counted"));
    }

    /** Returns a small PNG image, written by the JDK's ImageIO. */
    private static byte[] png() throws Exception {
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(40, 20,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "png", bytes);
        return bytes.toByteArray();
    }

    @Test
    @Order(7)
    void coordinatorAddsQuestionInDesigner() throws Exception {
        long answersToArvA = count("SELECT COUNT(*) FROM submission s JOIN submission_field f"
                + " ON f.submission_id = s.id WHERE s.election_id = " + electionId
                + " AND s.form_code = 'ARV' AND f.question_code = 'A'");
        assertTrue(answersToArvA > 0, "ARV question A has no stored answer to protect");
        long editsBefore = count("SELECT COUNT(*) FROM audit_entry WHERE action = 'FORM_SET_EDITED'");

        ChromeDriver browser = Browser.start();
        try {
            Browser.logIn(browser, base(), "coord.technique", "Demo-IT-2026");

            browser.get(base() + "forms/designer.xhtml?election=" + electionId);
            Browser.waitForTitle(browser, "Concepteur de formulaires");
            Browser.waitForText(browser, "une question qui a des réponses garde son code");
            Browser.waitForText(browser, "ARV — Arrivée et ouverture");

            browser.findElement(By.id("designer:newQuestion")).click();
            fillQuestion(browser, "ok", "Observateurs d'autres missions présents ?", "Observers of other missions present?");
            browser.findElement(By.id("designer:applyQuestion")).click();
            Browser.waitForText(browser, "Code « OK » refusé (formulaire ARV) : les lettres O, I et L se confondent"
                    + " avec 0 et 1 sur un clavier de téléphone. Choisissez d'autres lettres.");

            fillQuestion(browser, "B", null, null);
            browser.findElement(By.id("designer:applyQuestion")).click();
            Browser.waitForText(browser, "Le code « B » est utilisé deux fois dans le formulaire ARV. Donnez à chaque"
                    + " question un code différent.");

            fillQuestion(browser, "AB", null, null);
            browser.findElement(By.id("designer:applyQuestion")).click();
            Browser.waitForText(browser, "Dans le formulaire ARV, le code « A » est le début de « AB »");

            fillQuestion(browser, "j", null, null);
            browser.findElement(By.id("designer:applyQuestion")).click();
            Browser.waitForText(browser, "Modifications non enregistrées");
            Browser.waitForText(browser, "Observateurs d'autres missions présents ?");

            browser.findElement(By.id("designer:questions:0:remove")).click();
            Browser.waitForText(browser, "La question A du formulaire ARV a déjà " + answersToArvA
                    + " réponse(s) enregistrée(s) : elle ne peut être ni supprimée ni changer de code.");

            browser.findElement(By.id("designer:save")).click();
            Browser.waitForText(browser, "enregistrés. Les SMS reçus à partir de maintenant sont lus avec ces"
                    + " formulaires.");
            assertFalse(Browser.visibleText(browser).contains("Modifications non enregistrées"));

            // A second save from the same page starts from the version that the first one stored.
            browser.findElement(By.id("designer:newForm")).click();
            replaceText(browser, "designer:formCode", "msg");
            new Select(browser.findElement(By.id("designer:formKind"))).selectByValue("INCIDENT");
            replaceText(browser, "designer:formTitleFr", "Message libre");
            replaceText(browser, "designer:formTitleEn", "Free message");
            browser.findElement(By.id("designer:applyForm")).click();
            Browser.waitForText(browser, "MSG — Message libre");
            browser.findElement(By.id("designer:newQuestion")).click();
            fillQuestion(browser, "A", "Que se passe-t-il ?", "What is happening?");
            new Select(browser.findElement(By.id("designer:type"))).selectByValue("TEXT");
            browser.findElement(By.id("designer:applyQuestion")).click();
            Browser.waitForText(browser, "Que se passe-t-il ?");
            browser.findElement(By.id("designer:save")).click();
            Browser.waitForText(browser, "enregistrés. Les SMS reçus à partir de maintenant sont lus avec ces"
                    + " formulaires.");

            // An import by someone else meanwhile makes the page's copy stale: its save is rejected.
            WebSession admin = adminSession();
            HttpResponse<String> reimported = admin.post("api/forms/" + electionId,
                    admin.get("api/forms/" + electionId).body().getBytes(StandardCharsets.UTF_8), "application/json");
            assertEquals(200, reimported.statusCode(), reimported.body());
            browser.findElement(By.id("designer:newQuestion")).click();
            fillQuestion(browser, "B", "Blessés ?", "Injured?");
            browser.findElement(By.id("designer:applyQuestion")).click();
            Browser.waitForText(browser, "Blessés ?");
            browser.findElement(By.id("designer:save")).click();
            Browser.waitForText(browser, "Les formulaires ont été modifiés entre-temps par admin.");
            browser.findElement(By.id("designer:discard")).click();
            Browser.waitForText(browser, "Modifications annulées : les formulaires enregistrés sont affichés.");
            assertFalse(Browser.visibleText(browser).contains("Blessés ?"));
        } finally {
            browser.quit();
        }

        assertEquals(editsBefore + 2, count("SELECT COUNT(*) FROM audit_entry WHERE action = 'FORM_SET_EDITED'"));
        assertEquals(List.of("ARV: question J added (YES_NO)", "MSG: form added (INCIDENT, questions: 1)"),
                texts("SELECT details FROM audit_entry WHERE action = 'FORM_SET_EDITED' AND actor = 'coord.technique'"
                        + " ORDER BY id"));
        String definition = text("SELECT definition FROM form_set WHERE election_id = " + electionId);
        assertTrue(definition.contains("Observers of other missions present?"), definition);
        assertTrue(definition.contains("Free message"), definition);

        // The intake reads the next message with the saved set. The message carries only the new
        // question, because the checklist record already has the required answers of the morning.
        int repliesBefore = SMSC.submits().size();
        String code = CODES.get(2);
        long id = send(phone(2), "ARV " + code + " J1");
        awaitReplies(repliesBefore + 1);
        assertEquals("ARV " + code + " enregistré: J1. Merci.",
                text("SELECT text FROM sms_outbound WHERE in_reply_to = " + id));
        assertEquals("1", text("SELECT f.value FROM submission s JOIN submission_field f ON f.submission_id = s.id"
                + " WHERE s.form_code = 'ARV' AND s.observer_code = '" + code + "' AND f.question_code = 'J'"));
        assertEquals("7", text("SELECT f.value FROM submission s JOIN submission_field f ON f.submission_id = s.id"
                + " WHERE s.form_code = 'ARV' AND s.observer_code = '" + code + "' AND f.question_code = 'A'"));
        String arvFlags = text("SELECT flags FROM submission WHERE form_code = 'ARV' AND observer_code = '" + code + "'");
        assertFalse(arvFlags.contains("INCOMPLETE"), "ARV record flags: " + arvFlags);

        // An import that drops an answered question is rejected like the designer's edit.
        WebSession admin = adminSession();
        String exported = admin.get("api/forms/" + electionId).body();
        String withoutA = exported.replaceFirst("\"code\": \"A\"", "\"code\": \"Q\"");
        HttpResponse<String> rejected = admin.post("api/forms/" + electionId,
                withoutA.getBytes(StandardCharsets.UTF_8), "application/json");
        assertEquals(422, rejected.statusCode(), rejected.body());
        assertTrue(rejected.body().contains("La question A du formulaire ARV a déjà"), rejected.body());
    }

    /** Types the code and, when given, the labels into the designer's question editor. */
    private static void fillQuestion(WebDriver browser, String code, String labelFr, String labelEn) {
        replaceText(browser, "designer:code", code);
        if (labelFr != null) {
            replaceText(browser, "designer:labelFr", labelFr);
            replaceText(browser, "designer:labelEn", labelEn);
        }
    }

    private static void replaceText(WebDriver browser, String id, String text) {
        WebElement field = browser.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    private void checkStoredState(long capped) throws Exception {
        String election = " AND election_id = " + electionId;
        assertEquals(OBSERVERS, count("SELECT COUNT(*) FROM submission WHERE form_code = 'ARV'" + election));
        assertEquals(OBSERVERS, count("SELECT COUNT(*) FROM submission WHERE form_code = 'RES'" + election));
        assertEquals(1, count("SELECT COUNT(*) FROM submission WHERE form_code = 'URG'" + election));

        // Every stored value traces to the message that carried it.
        assertEquals(0, count("SELECT COUNT(*) FROM submission_field f JOIN submission_version v ON v.id = f.version_id"
                + " JOIN sms_inbound i ON i.id = v.inbound_id WHERE LOCATE(CONCAT(f.question_code, f.value),"
                + " REPLACE(UPPER(i.text), ' ', '')) = 0"));
        assertEquals(0, count("SELECT COUNT(*) FROM submission_version WHERE channel = 'SMS' AND inbound_id IS NULL"));

        // Redelivery: stored once, answered once, one version.
        String redelivered = CODES.get(6);
        assertEquals(1, count("SELECT redeliveries FROM sms_inbound WHERE sender_e164 = '+" + phone(6)
                + "' AND text LIKE 'RES%'"));
        assertEquals(1, count("SELECT current_version FROM submission WHERE form_code = 'RES' AND observer_code = '"
                + redelivered + "'"));

        // The wrong sheet was flagged, then replaced by the corrected one in a second version.
        String corrected = CODES.get(4);
        assertEquals(2, count("SELECT current_version FROM submission WHERE form_code = 'RES' AND observer_code = '"
                + corrected + "'"));
        assertEquals(1, count("SELECT counted FROM submission WHERE form_code = 'RES' AND observer_code = '"
                + corrected + "'"));
        assertEquals("SUPERSEDED", text("SELECT v.status FROM verification_item v JOIN submission s"
                + " ON s.id = v.submission_id WHERE v.kind = 'ARITHMETIC' AND s.observer_code = '" + corrected + "'"));

        // The two observers of station 1 disagree on YES and NO: flagged on both, counted for neither.
        Station disputed = STATION_LIST.get(1);
        assertEquals(2, count("SELECT COUNT(*) FROM verification_item WHERE kind = 'CONFLICT' AND status = 'OPEN'"
                + " AND station_code = '" + disputed.code() + "'"));
        assertEquals("E F", String.join(" ", texts("SELECT question_code FROM verification_item WHERE kind ="
                + " 'CONFLICT' AND station_code = '" + disputed.code() + "' ORDER BY question_code")));
        assertEquals(2, count("SELECT COUNT(*) FROM submission WHERE form_code = 'RES' AND station_code = '"
                + disputed.code() + "' AND flags LIKE '%CONFLICT%' AND counted = FALSE"));

        // The sheet from an unknown number is stored, flagged and not counted.
        String unverified = CODES.get(8);
        assertEquals(1, count("SELECT COUNT(*) FROM submission WHERE form_code = 'RES' AND observer_code = '"
                + unverified + "' AND flags LIKE '%UNVERIFIED_SENDER%' AND counted = FALSE"));
        assertEquals(1, count("SELECT COUNT(*) FROM verification_item WHERE kind = 'UNVERIFIED_SENDER'"
                + " AND status = 'OPEN'"));
        assertEquals(OBSERVERS - 3, count("SELECT COUNT(*) FROM submission WHERE form_code = 'RES' AND counted"));

        assertEquals(1, count("SELECT COUNT(*) FROM verification_item WHERE kind = 'OUT_OF_RANGE' AND status = 'OPEN'"
                + " AND question_code = 'D' AND value = '1200'"));
        assertEquals(1, count("SELECT COUNT(*) FROM verification_item WHERE kind = 'INCIDENT' AND status = 'OPEN'"));
        assertEquals("Bagarre devant le bureau", text("SELECT comment FROM submission WHERE form_code = 'URG'"));

        // The capped message is stored as a second version of observer 14's checklist.
        assertEquals("STORED", text("SELECT intake_status FROM sms_inbound WHERE id = " + capped));
        assertEquals(2, count("SELECT current_version FROM submission WHERE form_code = 'DVT' AND observer_code = '"
                + CODES.get(14) + "'"));
        assertEquals("REJECTED", text("SELECT intake_status FROM sms_inbound WHERE sender_e164 = '+"
                + STRANGER_PHONE + "'"));
        assertEquals(0, count("SELECT COUNT(*) FROM sms_inbound WHERE intake_status IN ('PENDING', 'FAILED')"));
    }

    /** Delivers a message and returns the id of its stored row. */
    private static long send(String sender, String text) throws Exception {
        return Sms.deliverAndFindStored(SMSC, sender, text);
    }

    /** The figures of a result sheet that add up. */
    record Sheet(int registered, int voters, int nullBallots, int valid, int yes, int no) {

        static Sheet of(int registered) {
            int voters = registered / 2;
            int nullBallots = voters / 10;
            int valid = voters - nullBallots;
            int yes = valid * 6 / 10;
            return new Sheet(registered, voters, nullBallots, valid, yes, valid - yes);
        }

        Sheet withOptionsMoved(int votes) {
            return new Sheet(registered, voters, nullBallots, valid, yes + votes, no - votes);
        }

        Sheet withYesAdded(int votes) {
            return new Sheet(registered, voters, nullBallots, valid, yes + votes, no);
        }

        String coded() {
            return "A" + registered + " B" + voters + " C" + nullBallots + " D" + valid + " E" + yes + " F" + no;
        }
    }

    private void awaitElectionAndFrame() throws Exception {
        electionId = awaitOngoingElection(0);
        try (Connection db = connect(); PreparedStatement query = db.prepareStatement(
                "SELECT s.code, s.registered_voters, u.code FROM polling_station s JOIN admin_unit u ON u.id = s.commune_id"
                        + " JOIN election e ON e.map_version_id = s.map_version_id WHERE e.id = ? AND NOT s.retired"
                        + " AND s.security_status <> 'INACCESSIBLE' AND s.registered_voters BETWEEN 200 AND 900"
                        + " ORDER BY s.id LIMIT " + STATIONS)) {
            query.setLong(1, electionId);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    STATION_LIST.add(new Station(rows.getString(1), rows.getInt(2), rows.getString(3)));
                }
            }
        }
        assertEquals(STATIONS, STATION_LIST.size(), "stations of the generated frame");
    }

    private static String observerFile() {
        StringBuilder csv = new StringBuilder("nom;prenom;sexe;annee_de_naissance;organisation;categorie;"
                + "code_commune;langues;nina;telephones;statut\n");
        for (int i = 0; i < OBSERVERS; i++) {
            csv.append("Intake (fictif);Observateur ").append(i).append(';').append(i % 2 == 0 ? "F" : "M")
                    .append(";1990;AJCAD;OCT;").append(STATION_LIST.get(i / 2).commune()).append(';')
                    .append(i == 20 ? "anglais, français" : "bambara, français").append(';')
                    .append(nationalId(i)).append(";+").append(phone(i)).append(";actif\n");
        }
        return csv.toString();
    }

    private static String nationalId(int index) {
        return String.format("INTAKE%04d", index);
    }

    private static String phone(int index) {
        return "223" + (FIRST_PHONE + index);
    }

    private WebSession adminSession() throws Exception {
        return WebSession.loggedIn(base(), "admin", "Admin-IT-2026");
    }

    private URI base() {
        return URI.create("http://127.0.0.1:" + deploymentUrl.getPort() + "/observation/");
    }

    private static void awaitReplies(int expected) throws Exception {
        for (int i = 0; i < 240; i++) {
            if (count("SELECT COUNT(*) FROM sms_outbound WHERE status IN ('PENDING', 'SENDING')") == 0
                    && SMSC.submits().size() >= expected) {
                return;
            }
            sleep(500);
        }
        throw new AssertionError("Replies not sent: " + SMSC.submits().size() + " of " + expected);
    }





    @Test
    @Order(8)
    void screensShowNoRawValues() throws Exception {
        long conflict = count("SELECT MIN(id) FROM verification_item WHERE kind = 'CONFLICT' AND status = 'CORRECTED'");
        long incident = count("SELECT id FROM verification_item WHERE kind = 'INCIDENT'");
        long mismatch = count("SELECT id FROM verification_item WHERE kind = 'PHOTO_MISMATCH'");
        String observer = CODES.get(0);

        ChromeDriver browser = Browser.start();
        try {
            browser.get(base() + "login.xhtml");
            browser.findElement(By.id("login:username")).sendKeys("admin");
            browser.findElement(By.id("login:password")).sendKeys("Admin-IT-2026");
            browser.findElement(By.id("login:submit")).click();
            Browser.waitForTitle(browser, "Tableau de bord");

            // A phone marked as verified on the observer's page leaves a history entry and an audit entry.
            browser.get(base() + "observers/detail.xhtml?code=" + observer);
            Browser.waitForTitle(browser, "Fiche de l'observateur");
            browser.findElement(By.id("observer:phones:0:verify")).click();
            Browser.waitForText(browser, "Téléphone +" + phone(0) + " marqué comme");
            String detail = Browser.visibleText(browser);
            assertTrue(detail.contains("Créé par l'import (ligne 2 du fichier)"), detail);
            assertTrue(detail.contains("Fiche de l'observateur"), detail);
            assertFalse(detail.contains("created, row"), detail);
            assertNoRawValues("observer page", detail);

            browser.get(base() + "eva/queue.xhtml?item=" + conflict);
            Browser.waitForTitle(browser, "File de vérification");
            String corrected = Browser.visibleText(browser);
            assertTrue(corrected.contains("A (Inscrits) : " + STATION_LIST.get(1).registered()), corrected);
            assertTrue(corrected.contains("E (OUI) : "), corrected);
            assertNoRawValues("corrected conflict", corrected);

            browser.get(base() + "eva/queue.xhtml?item=" + incident);
            Browser.waitForTitle(browser, "File de vérification");
            String confirmed = Browser.visibleText(browser);
            assertTrue(confirmed.contains("A (Type d'incident) : Violence (1), Bourrage d'urnes (3)"), confirmed);
            assertNoRawValues("confirmed incident", confirmed);

            browser.get(base() + "eva/queue.xhtml?item=" + mismatch);
            Browser.waitForTitle(browser, "File de vérification");
            assertNoRawValues("photo mismatch", Browser.visibleText(browser));

            browser.get(base() + "eva/messages.xhtml?observer=" + CODES.get(4));
            Browser.waitForTitle(browser, "Journal des messages");
            String log = Browser.visibleText(browser);
            assertTrue(log.contains("Enregistré"), log);
            assertTrue(log.contains("Envoyé"), log);
            assertFalse(log.contains("STORED"), log);
            assertNoRawValues("message log", log);

            browser.get(base() + "eva/calls.xhtml?form=DVT");
            Browser.waitForTitle(browser, "Rapports manquants et appels");
            String calls = Browser.visibleText(browser);
            assertTrue(calls.contains("+" + phone(0)), calls);
            assertNoRawValues("call list", calls);

            browser.get(base() + "admin/audit.xhtml");
            Browser.waitForTitle(browser, "Journal d'audit");
            String audit = Browser.visibleText(browser);
            assertTrue(audit.contains("Téléphone +223"), audit);
            assertTrue(audit.contains("Formulaire ARV : question J ajoutée"), audit);
            assertFalse(audit.contains("question J added"), audit);
            assertFalse(audit.contains("??"), audit);
            assertNoRawValues("audit trail", audit);
        } finally {
            browser.quit();
        }

        // The stored rows keep the details as they were written.
        assertEquals(1, count("SELECT COUNT(*) FROM observer_change c JOIN observer o ON o.id = c.observer_id"
                + " WHERE o.code = '" + observer + "' AND c.details LIKE 'phone +" + phone(0) + " verified % -> %'"));
    }

    /** Fails when a screen's visible text shows a Java list, map, arrow or boolean as it is. */
    private static void assertNoRawValues(String screen, String text) {
        assertFalse(text.contains("[+223"), screen + " shows a list of phones: " + text);
        assertFalse(text.contains("{"), screen + " shows a map: " + text);
        assertFalse(text.contains("->"), screen + " shows an arrow: " + text);
        assertFalse(java.util.regex.Pattern.compile("\\btrue\\b").matcher(text).find(), screen + " shows true: " + text);
        assertFalse(java.util.regex.Pattern.compile("\\bfalse\\b").matcher(text).find(), screen + " shows false: " + text);
    }
}
