package ml.modele.observation.it;

import static ml.modele.observation.it.ItDatabase.count;
import static ml.modele.observation.it.ItDatabase.text;
import static ml.modele.observation.it.ItDatabase.texts;
import static ml.modele.observation.it.ItDatabase.update;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import javax.imageio.ImageIO;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.ChecksumException;
import com.google.zxing.FormatException;
import com.google.zxing.NotFoundException;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.GlobalHistogramBinarizer;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Accreditation and deployment on Payara Micro with the embedded MariaDB, on the demonstration
 * observers and the generated map of the first start. It covers skipped steps, bulk steps,
 * replacement with history, inaccessible stations, and the badge PDF with its QR code and public
 * verification page. It then staffs a sealed sample, checks the coverage figures and the SMS
 * broadcast queue against SQL counts, reads the AIGE request PDF, and drives the screens in
 * headless Chromium, ending with the secretariat's journey from an observer workbook to the badge
 * and sample PDFs. The methods run in order on the same observers.
 */
@ExtendWith({OwnDatabase.class, ArquillianExtension.class})
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DeploymentIT {

    private static final String DEMO_PASSWORD = "Demo-IT-2026";
    private static final Pattern ID = Pattern.compile("\"id\":(\\d+)");

    /** Sampled stations of the sample (alias s for the station), for the independent counts. */
    private static final String SAMPLED = "SELECT COUNT(*) FROM pvt_sample_station ss"
            + " JOIN polling_station s ON s.id = ss.station_id WHERE ss.state IN ('SAMPLED', 'PROMOTED')";

    /** An active deployment to station s. */
    private static final String COVERED = "SELECT 1 FROM deployment d WHERE d.ended_at IS NULL"
            + " AND d.place_kind = 'POLLING_STATION' AND d.polling_station_id = s.id";

    /** Five OCT of the demonstration roster, the same for every method. */
    private static List<String> observers;
    private static long election;

    @ArquillianResource
    private URL deploymentUrl;

    private URI base;

    @BeforeEach
    void loopbackAddresses() throws Exception {
        base = URI.create("http://127.0.0.1:" + deploymentUrl.getPort() + "/observation/");
        if (observers == null) {
            waitForDemoObservers();
            observers = texts("SELECT code FROM observer WHERE category = 'SHORT_TERM' ORDER BY code LIMIT 5");
            election = count("SELECT MIN(id) FROM election");
        }
    }

    /**
     * Deletes the broadcast messages queued here. The IT classes of one run share the database,
     * and SmppIT counts every row of the SMS outbox and sends whatever is pending.
     */
    @AfterAll
    static void removeQueuedBroadcasts() throws Exception {
        update("DELETE FROM sms_outbound WHERE broadcast_id IS NOT NULL");
        update("DELETE FROM sms_broadcast");
    }

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ShrinkWrap.createFromZipFile(WebArchive.class,
                new File(System.getProperty("micro.dir"), "observation.war"));
    }

    @Test
    @Order(1)
    void workflowRejectsSkippedStep() throws Exception {
        WebSession secretariat = login("secretariat");
        String observer = observers.get(0);

        HttpResponse<String> response = form(secretariat, "api/accreditation/" + election + "/step",
                Map.of("step", "REQUESTED", "observer", observer));

        assertEquals(422, response.statusCode(), response.body());
        assertTrue(response.body().contains("Observateur " + observer), response.body());
        assertTrue(response.body().contains("étape actuelle « candidat »"), response.body());
        assertTrue(response.body().contains("L'étape « code de conduite signé » doit être franchie avant"
                + " « demande transmise à l'AIGE »"), response.body());
        assertEquals(0, count("SELECT COUNT(*) FROM accreditation"));
    }

    @Test
    @Order(2)
    void bulkStepMovesWhoCanAndListsTheOthers() throws Exception {
        WebSession secretariat = login("secretariat");
        HttpResponse<String> session = form(secretariat, "api/accreditation/" + election + "/sessions", Map.of(
                "level", "LOCAL", "date", "2023-06-10", "place", "Sévaré, salle de la mairie",
                "trainer", "Fatoumata Maïga", "region", "ML05"));
        assertEquals(200, session.statusCode(), session.body());
        Matcher id = ID.matcher(session.body());
        assertTrue(id.find(), session.body());
        String sessionId = id.group(1);

        HttpResponse<String> single = form(secretariat, "api/accreditation/" + election + "/step",
                Map.of("step", "TRAINED", "observer", observers.get(0), "session", sessionId));
        assertEquals(200, single.statusCode(), single.body());

        HttpResponse<String> bulk = steps(secretariat, "TRAINED", observers.subList(0, 3), "session=" + sessionId);

        assertEquals(200, bulk.statusCode(), bulk.body());
        assertTrue(bulk.body().contains("\"moved\":[\"" + observers.get(1) + "\",\"" + observers.get(2) + "\"]"),
                bulk.body());
        assertTrue(bulk.body().contains("est déjà à l'étape « formé »"), bulk.body());
        assertTrue(bulk.body().contains("\"observer\":\"" + observers.get(0) + "\""), bulk.body());
        assertEquals(3, count("SELECT COUNT(*) FROM accreditation WHERE step = 'TRAINED' AND training_session_id = "
                + sessionId));

        for (String step : List.of("CODE_SIGNED", "REQUESTED")) {
            HttpResponse<String> next = steps(secretariat, step, observers.subList(0, 3), null);
            assertEquals(200, next.statusCode(), next.body());
            assertTrue(next.body().contains("\"rejected\":[]"), next.body());
        }
        assertEquals(3, count("SELECT COUNT(*) FROM accreditation WHERE step = 'REQUESTED'"));
        assertEquals(9, count("SELECT COUNT(*) FROM accreditation_step"));
        assertEquals(9, count("SELECT COUNT(*) FROM audit_entry WHERE action = 'ACCREDITATION_STEP'"
                + " AND actor = 'secretariat'"));
    }

    @Test
    @Order(3)
    void replacementKeepsHistoryAndMovesStation() throws Exception {
        WebSession secretariat = login("secretariat");
        String station = text("SELECT code FROM polling_station WHERE security_status = 'ACCESSIBLE'"
                + " AND retired = FALSE ORDER BY code LIMIT 1");
        String leaving = observers.get(0);
        String replacement = observers.get(1);

        HttpResponse<String> assigned = form(secretariat, "api/deployment/" + election + "/assign",
                Map.of("observer", leaving, "kind", "POLLING_STATION", "place", station));
        assertEquals(200, assigned.statusCode(), assigned.body());
        HttpResponse<String> reserve = form(secretariat, "api/deployment/" + election + "/assign",
                Map.of("observer", replacement, "kind", "RESERVE"));
        assertEquals(200, reserve.statusCode(), reserve.body());
        assertTrue(secretariat.get("api/deployment/" + election + "/observers/" + leaving).body()
                .contains("\"station\":\"" + station + "\""));

        HttpResponse<String> replaced = form(secretariat, "api/deployment/" + election + "/replace",
                Map.of("leaving", leaving, "replacement", replacement, "note", "Malade le jour du scrutin"));

        assertEquals(200, replaced.statusCode(), replaced.body());
        String leavingHistory = secretariat.get("api/deployment/" + election + "/observers/" + leaving).body();
        assertTrue(leavingHistory.contains("\"station\":null"), leavingHistory);
        assertTrue(leavingHistory.contains("\"endReason\":\"REPLACED\",\"replacedBy\":\"" + replacement + "\""),
                leavingHistory);
        String replacementHistory = secretariat.get("api/deployment/" + election + "/observers/" + replacement)
                .body();
        assertTrue(replacementHistory.contains("\"station\":\"" + station + "\""), replacementHistory);
        assertTrue(replacementHistory.contains("\"kind\":\"RESERVE\""), replacementHistory);
        assertTrue(replacementHistory.contains("\"endReason\":\"LEFT_RESERVE\""), replacementHistory);
        assertEquals(3, count("SELECT COUNT(*) FROM deployment"));
        assertEquals(1, count("SELECT COUNT(*) FROM deployment WHERE ended_at IS NULL AND place_code = '"
                + station + "'"));
        assertEquals(1, count("SELECT COUNT(*) FROM audit_entry WHERE action = 'OBSERVER_REPLACED'"));
    }

    @Test
    @Order(4)
    void inaccessibleStationGetsNoDeployment() throws Exception {
        WebSession secretariat = login("secretariat");
        String station = text("SELECT code FROM polling_station WHERE retired = FALSE ORDER BY code DESC LIMIT 1");
        // The map screen sets the security status; the test writes it directly to stay on deployment.
        update("UPDATE polling_station SET security_status = 'INACCESSIBLE' WHERE code = '" + station + "'");

        HttpResponse<String> rejected = form(secretariat, "api/deployment/" + election + "/assign",
                Map.of("observer", observers.get(3), "kind", "POLLING_STATION", "place", station));

        assertEquals(422, rejected.statusCode(), rejected.body());
        assertTrue(rejected.body().contains("Le bureau de vote " + station + " est marqué inaccessible"),
                rejected.body());
        assertEquals(0, count("SELECT COUNT(*) FROM deployment WHERE place_code = '" + station + "'"));
    }

    @Test
    @Order(5)
    void badgeCarriesNameNumberAndVerificationUrl() throws Exception {
        WebSession secretariat = login("secretariat");
        String observer = observers.get(1);
        String badgeNumber = "AIGE-2023-0417";
        HttpResponse<String> accredited = form(secretariat, "api/accreditation/" + election + "/step",
                Map.of("step", "ACCREDITED", "observer", observer, "badge", badgeNumber));
        assertEquals(200, accredited.statusCode(), accredited.body());

        Path pdf = Files.createTempFile("badge-", ".pdf");
        HttpResponse<Path> download = secretariat.download("api/accreditation/" + election + "/badge/" + observer,
                pdf);
        assertEquals(200, download.statusCode());
        String text = run("pdftotext", "-layout", pdf.toString(), "-");

        String name = text("SELECT CONCAT(first_name, ' ', last_name) FROM observer WHERE code = '" + observer + "'");
        assertTrue(text.contains(name), text);
        assertTrue(text.contains(badgeNumber), text);
        assertTrue(text.contains("Observateur électoral accrédité"), text);
        assertTrue(text.contains("Référendum constitutionnel du 18 juin 2023"), text);
        assertTrue(text.contains("Bureau de vote"), text);

        String code = text("SELECT verification_code FROM accreditation WHERE badge_number = '" + badgeNumber + "'");
        String url = decodeQr(pdf);
        assertEquals("http://127.0.0.1:" + deploymentUrl.getPort() + "/observation/verify/" + code, url);

        HttpResponse<String> valid = anonymous(url);
        assertEquals(200, valid.statusCode(), valid.body());
        assertTrue(valid.body().contains("Badge valide"), valid.body());
        assertTrue(valid.body().contains(badgeNumber), valid.body());
        assertTrue(!valid.body().contains(observer), valid.body());

        HttpResponse<String> unknown = anonymous(base + "verify/" + "0".repeat(code.length()));
        assertEquals(404, unknown.statusCode(), unknown.body());
        assertTrue(unknown.body().contains("Badge invalide"), unknown.body());
    }

    @Test
    @Order(6)
    void badgeOfUnaccreditedObserverIsRejected() throws Exception {
        WebSession secretariat = login("secretariat");

        HttpResponse<String> response = secretariat.get("api/accreditation/" + election + "/badge/"
                + observers.get(2));

        assertEquals(422, response.statusCode(), response.body());
        assertTrue(response.body().contains("n'est pas accrédité"), response.body());
    }

    @Test
    @Order(7)
    void sampleFirstFillsSampledStations() throws Exception {
        WebSession sampler = login("coord.technique");
        HttpResponse<String> drawn = form(sampler, "api/pvt/draw/" + election, Map.of("size", "40", "reserve", "2",
                "seed", "20230618"));
        assertEquals(200, drawn.statusCode(), drawn.body());
        WebSession secretariat = login("secretariat");
        HttpResponse<String> notSealed = secretariat.postForm("api/deployment/" + election + "/sample-first", "");
        assertEquals(422, notSealed.statusCode(), notSealed.body());
        assertTrue(notSealed.body().contains("n'est pas scellé"), notSealed.body());
        HttpResponse<String> sealed = form(sampler, "api/pvt/seal/" + election, Map.of());
        assertEquals(200, sealed.statusCode(), sealed.body());
        String blocked = text("SELECT s.code FROM pvt_sample_station ss JOIN polling_station s ON s.id = ss.station_id"
                + " WHERE ss.state = 'SAMPLED' ORDER BY s.code LIMIT 1");
        // The map screen sets the security status; the test writes it directly to stay on deployment.
        update("UPDATE polling_station SET security_status = 'INACCESSIBLE' WHERE code = '" + blocked + "'");

        long before = count("SELECT MAX(id) FROM deployment");
        HttpResponse<String> filled = secretariat.postForm("api/deployment/" + election + "/sample-first", "");

        assertEquals(200, filled.statusCode(), filled.body());
        assertTrue(filled.body().contains("\"sampledStations\":40"), filled.body());
        assertTrue(filled.body().contains("\"reason\":\"INACCESSIBLE\",\"stationCode\":\"" + blocked + "\""),
                filled.body());
        assertEquals(0, count("SELECT COUNT(*) FROM deployment WHERE place_code = '" + blocked + "'"));
        assertEquals(0, count(SAMPLED + " AND s.security_status <> 'INACCESSIBLE' AND NOT EXISTS (" + COVERED + ")"));
        long sameCercle = count("SELECT COUNT(*) FROM deployment d JOIN observer o ON o.id = d.observer_id"
                + " JOIN polling_station s ON s.id = d.polling_station_id JOIN admin_unit m ON m.id = s.commune_id"
                + " WHERE d.id > " + before + " AND LEFT(o.commune_code, 6) = LEFT(m.code, 6)");
        assertTrue(sameCercle >= 30, "OCT of the station's cercle: " + sameCercle);
        assertEquals(0, count("SELECT COUNT(*) FROM deployment d JOIN observer o ON o.id = d.observer_id"
                + " JOIN polling_station s ON s.id = d.polling_station_id JOIN admin_unit m ON m.id = s.commune_id"
                + " WHERE d.id > " + before + " AND LEFT(o.commune_code, 4) <> LEFT(m.code, 4)"));
        assertEquals(count(SAMPLED + " AND s.security_status <> 'INACCESSIBLE'") - count(SAMPLED
                + " AND s.security_status <> 'INACCESSIBLE' AND EXISTS (SELECT 1 FROM deployment d WHERE d.id <= " + before
                + " AND d.ended_at IS NULL AND d.polling_station_id = s.id)"),
                count("SELECT COUNT(*) FROM deployment WHERE id > " + before));

        HttpResponse<String> again = secretariat.postForm("api/deployment/" + election + "/sample-first", "");
        assertEquals(200, again.statusCode(), again.body());
        assertTrue(again.body().contains("\"deployed\":[]"), again.body());
    }

    @Test
    @Order(8)
    void coverageMatchesSqlCounts() throws Exception {
        WebSession secretariat = login("secretariat");
        String mapVersion = "(SELECT map_version_id FROM election WHERE id = " + election + ")";

        HttpResponse<String> csv = secretariat.get("api/deployment/" + election + "/coverage/export?format=csv");

        assertEquals(200, csv.statusCode(), csv.body());
        List<String> lines = csv.body().lines().toList();
        assertTrue(lines.get(0).startsWith("Région,Cercle,Bureaux de vote"), lines.get(0));
        List<String> national = cells(lines.get(lines.size() - 1));
        assertEquals("Total national", national.get(0));
        assertEquals(count("SELECT COUNT(*) FROM polling_station WHERE retired = FALSE AND map_version_id = "
                + mapVersion), Long.parseLong(national.get(2)), "stations");
        assertEquals(count("SELECT COUNT(*) FROM polling_station WHERE retired = FALSE AND security_status ="
                + " 'INACCESSIBLE' AND map_version_id = " + mapVersion), Long.parseLong(national.get(3)), "inaccessible");
        assertEquals(count("SELECT COUNT(*) FROM deployment WHERE election_id = " + election
                + " AND ended_at IS NULL AND place_kind <> 'RESERVE'"), Long.parseLong(national.get(4)), "deployed");
        assertEquals(count("SELECT COUNT(DISTINCT polling_station_id) FROM deployment WHERE election_id = " + election
                + " AND ended_at IS NULL AND place_kind = 'POLLING_STATION'"), Long.parseLong(national.get(5)), "covered");
        assertEquals(count(SAMPLED), Long.parseLong(national.get(7)), "sampled");
        assertEquals(count(SAMPLED + " AND EXISTS (" + COVERED + ")"), Long.parseLong(national.get(8)),
                "sampled covered");
        assertEquals(count(SAMPLED + " AND s.security_status <> 'INACCESSIBLE' AND NOT EXISTS (" + COVERED + ")"),
                Long.parseLong(national.get(9)), "gaps");
        assertEquals(count(SAMPLED + " AND s.security_status = 'INACCESSIBLE'"), Long.parseLong(national.get(10)),
                "sampled inaccessible");
        assertTrue(Long.parseLong(national.get(10)) >= 1, national.toString());

        String cercle = text("SELECT c.code FROM polling_station s JOIN admin_unit m ON m.id = s.commune_id"
                + " JOIN admin_unit c ON c.id = m.parent_id JOIN pvt_sample_station ss ON ss.station_id = s.id"
                + " WHERE s.security_status = 'INACCESSIBLE' LIMIT 1");
        List<String> line = cells(lines.stream().filter(l -> l.contains("," + cercle + " ")).findFirst().orElseThrow());
        assertEquals(count("SELECT COUNT(*) FROM polling_station s JOIN admin_unit m ON m.id = s.commune_id"
                + " WHERE s.retired = FALSE AND m.code LIKE '" + cercle + "%'"), Long.parseLong(line.get(2)));
        assertTrue(Long.parseLong(line.get(10)) >= 1, line.toString());

        HttpResponse<byte[]> xlsx = secretariat.getBytes("api/deployment/" + election + "/coverage/export?format=xlsx");
        assertEquals(200, xlsx.statusCode());
        assertEquals('P', (char) xlsx.body()[0]);
        assertEquals('K', (char) xlsx.body()[1]);
        String segou = login("coord.segou").get("api/deployment/" + election + "/coverage").body();
        assertTrue(segou.contains("\"cercleCode\":\"ML04"), segou);
        assertTrue(!segou.contains("\"cercleCode\":\"ML05"), segou);
    }

    @Test
    @Order(9)
    void aigeRequestPdfGroupsByRegionAndCercle() throws Exception {
        WebSession secretariat = login("secretariat");
        List<String> segou = texts("SELECT o.code FROM observer o WHERE o.region_code = 'ML04' AND o.category ="
                + " 'SHORT_TERM' AND NOT EXISTS (SELECT 1 FROM accreditation a WHERE a.observer_id = o.id)"
                + " ORDER BY o.code LIMIT 2");
        String sessionId = text("SELECT MIN(id) FROM training_session");
        assertEquals(200, steps(secretariat, "TRAINED", segou, "session=" + sessionId).statusCode());
        assertEquals(200, steps(secretariat, "CODE_SIGNED", segou, null).statusCode());
        assertEquals(200, steps(secretariat, "REQUESTED", segou, null).statusCode());

        Path pdf = Files.createTempFile("aige-", ".pdf");
        HttpResponse<Path> download = secretariat.download("api/aige-request/" + election + "?format=pdf", pdf);
        assertEquals(200, download.statusCode());
        String text = run("pdftotext", "-layout", pdf.toString(), "-");

        assertTrue(text.contains("Demande d'accréditation des observateurs à l'AIGE"), text);
        assertTrue(text.contains("Région : Ségou"), text);
        for (String code : segou) {
            String cercleName = text("SELECT c.name FROM observer o JOIN admin_unit m ON m.id = o.commune_id"
                    + " JOIN admin_unit c ON c.id = m.parent_id WHERE o.code = '" + code + "'");
            assertTrue(text.contains("Cercle : " + cercleName + " (région : Ségou)"), text);
            String name = text("SELECT CONCAT(last_name, ' ', first_name) FROM observer WHERE code = '" + code + "'");
            assertTrue(text.contains(name), name + " in " + text);
        }
        String requested = texts("SELECT COUNT(*) FROM accreditation WHERE step = 'REQUESTED'").get(0);
        assertTrue(text.contains(requested + " observateurs dont la demande est transmise"), text);
        assertTrue(text.contains("Page 1 sur"), text);
        String accredited = text("SELECT CONCAT(o.last_name, ' ', o.first_name) FROM accreditation a"
                + " JOIN observer o ON o.id = a.observer_id WHERE a.step = 'ACCREDITED' LIMIT 1");
        assertTrue(!text.contains(accredited), text);

        HttpResponse<byte[]> xlsx = secretariat.getBytes("api/aige-request/" + election + "?format=xlsx");
        assertEquals(200, xlsx.statusCode());
        assertEquals(403, login("coord.segou").get("api/aige-request/" + election).statusCode());
    }

    @Test
    @Order(10)
    void broadcastQueuesOnePendingSmsPerRecipient() throws Exception {
        WebSession secretariat = login("secretariat");
        String message = "Formation des OCT à Mopti le 12 juin à 9h : présence obligatoire.";
        Map<String, String> filter = Map.of("category", "SHORT_TERM", "region", "ML05", "notAccredited", "true",
                "text", message);
        String expectedSql = "SELECT o.code, (SELECT p.number FROM observer_phone p WHERE p.observer_id = o.id"
                + " ORDER BY p.verified DESC, p.position, p.id LIMIT 1) AS number FROM observer o"
                + " LEFT JOIN accreditation a ON a.observer_id = o.id AND a.election_id = " + election
                + " WHERE o.category = 'SHORT_TERM' AND o.region_code = 'ML05' AND o.status <> 'RETIRED'"
                + " AND (a.step IS NULL OR a.step <> 'ACCREDITED')";
        long selected = count("SELECT COUNT(*) FROM (" + expectedSql + ") x");
        List<String> expected = texts("SELECT number FROM (" + expectedSql + ") x WHERE number IS NOT NULL"
                + " ORDER BY number");
        assertTrue(expected.size() > 10, "recipients: " + expected.size());

        HttpResponse<String> preview = form(secretariat, "api/sms-broadcast/" + election + "/preview", filter);
        assertEquals(200, preview.statusCode(), preview.body());
        assertTrue(preview.body().contains("\"observers\":" + selected + ","), preview.body());
        assertTrue(preview.body().contains("\"recipients\":" + expected.size() + ","), preview.body());
        assertTrue(preview.body().contains("\"gsm7\":true"), preview.body());
        assertTrue(preview.body().contains("\"segments\":1"), preview.body());
        assertEquals(0, count("SELECT COUNT(*) FROM sms_outbound"));
        HttpResponse<String> ucs2 = form(secretariat, "api/sms-broadcast/" + election + "/preview",
                Map.of("region", "ML05", "text", "Reçu : " + "x".repeat(70)));
        assertTrue(ucs2.body().contains("\"gsm7\":false"), ucs2.body());
        assertTrue(ucs2.body().contains("\"segments\":2"), ucs2.body());
        assertTrue(ucs2.body().contains("\"unsupported\":\"ç\""), ucs2.body());

        HttpResponse<String> queued = form(secretariat, "api/sms-broadcast/" + election + "/queue", filter);

        assertEquals(200, queued.statusCode(), queued.body());
        String broadcast = text("SELECT MAX(id) FROM sms_broadcast");
        assertEquals(expected, texts("SELECT recipient FROM sms_outbound WHERE broadcast_id = " + broadcast
                + " ORDER BY recipient"));
        assertEquals(List.of(message), texts("SELECT DISTINCT text FROM sms_outbound WHERE broadcast_id = "
                + broadcast));
        assertEquals(0, count("SELECT COUNT(*) FROM sms_outbound WHERE broadcast_id = " + broadcast
                + " AND status NOT IN ('PENDING', 'SENDING')"));
        assertEquals(1, count("SELECT COUNT(*) FROM audit_entry WHERE action = 'SMS_BROADCAST_QUEUED'"));
        String recent = secretariat.get("api/sms-broadcast/" + election).body();
        assertTrue(recent.contains("\"pending\":" + expected.size()), recent);

        HttpResponse<String> empty = form(secretariat, "api/sms-broadcast/" + election + "/queue",
                Map.of("region", "ML05", "text", "  "));
        assertEquals(422, empty.statusCode(), empty.body());
        assertTrue(empty.body().contains("Le message est vide"), empty.body());
    }

    @Test
    @Order(11)
    void coordinatorSeesObserverDeployedToTheirRegion() throws Exception {
        WebSession secretariat = login("secretariat");
        String outsider = text("SELECT o.code FROM observer o WHERE o.category = 'SHORT_TERM' AND o.region_code = 'ML05'"
                + " AND NOT EXISTS (SELECT 1 FROM deployment d WHERE d.observer_id = o.id) ORDER BY o.code LIMIT 1");
        String station = text("SELECT s.code FROM polling_station s JOIN admin_unit m ON m.id = s.commune_id"
                + " WHERE m.code LIKE 'ML04%' AND s.security_status = 'ACCESSIBLE' AND s.retired = FALSE"
                + " AND NOT EXISTS (SELECT 1 FROM deployment d WHERE d.polling_station_id = s.id) ORDER BY s.code LIMIT 1");
        WebSession segou = login("coord.segou");
        assertTrue(segou.get("api/deployment/" + election + "/observers/" + outsider).body()
                .contains("\"history\":[]"));

        HttpResponse<String> assigned = form(secretariat, "api/deployment/" + election + "/assign",
                Map.of("observer", outsider, "kind", "POLLING_STATION", "place", station));
        assertEquals(200, assigned.statusCode(), assigned.body());

        String history = segou.get("api/deployment/" + election + "/observers/" + outsider).body();
        assertTrue(history.contains("\"place\":\"" + station + "\""), history);
    }

    @Test
    @Order(12)
    void secretariatRunsStepsInBrowser() throws Exception {
        ChromeDriver browser = Browser.start();
        try {
            logIn(browser, "secretariat");
            browser.get(base + "observers/accreditation.xhtml");
            Browser.waitForTitle(browser, "Accréditation des observateurs");
            new Select(browser.findElement(By.id("accreditation:category"))).selectByValue("SHORT_TERM");
            new Select(browser.findElement(By.id("accreditation:stepFilter"))).selectByValue("CANDIDATE");
            submit(browser, By.id("accreditation:search"));
            List<String> picked = new ArrayList<>();
            for (WebElement box : browser.findElements(By.name("accreditation:selected"))) {
                if (picked.size() < 2) {
                    picked.add(box.getAttribute("value"));
                }
            }
            assertEquals(2, picked.size());

            takeStep(browser, null, picked, "TRAINED");
            takeStep(browser, "TRAINED", picked, "CODE_SIGNED");
            takeStep(browser, "CODE_SIGNED", picked, "REQUESTED");
            assertEquals(2, count("SELECT COUNT(*) FROM accreditation a JOIN observer o ON o.id = a.observer_id"
                    + " WHERE o.code IN ('" + picked.get(0) + "', '" + picked.get(1) + "') AND a.step = 'REQUESTED'"));
            browser.findElement(By.id("accreditation:badge")).sendKeys("AIGE-2023-0999");
            takeStep(browser, "REQUESTED", picked.subList(0, 1), "ACCREDITED");
            assertEquals(2, count("SELECT COUNT(*) FROM accreditation a JOIN observer o ON o.id = a.observer_id"
                    + " WHERE o.code IN ('" + picked.get(0) + "', '" + picked.get(1) + "')"
                    + " AND a.step IN ('ACCREDITED', 'REQUESTED')"));

            new Select(browser.findElement(By.id("accreditation:stepFilter"))).selectByValue("ACCREDITED");
            submit(browser, By.id("accreditation:search"));
            String badgeUrl = browser.findElement(By.cssSelector("a[href*='/badge/" + picked.get(0) + "']"))
                    .getAttribute("href");
            String badge = run("pdftotext", "-layout", downloadAs(browser, badgeUrl).toString(), "-");
            assertTrue(badge.contains("AIGE-2023-0999"), badge);
            String name = text("SELECT CONCAT(first_name, ' ', last_name) FROM observer WHERE code = '"
                    + picked.get(0) + "'");
            assertTrue(badge.contains(name), badge);

            browser.get(base + "pvt/sample.xhtml");
            String sampleUrl = browser.findElement(By.cssSelector("a[id$='pdfLink']")).getAttribute("href");
            String sample = run("pdftotext", "-layout", downloadAs(browser, sampleUrl).toString(), "-");
            assertTrue(sample.contains("Échantillon PVT"), sample);
            assertTrue(sample.contains(text("SELECT seal FROM pvt_sample WHERE election_id = " + election)), sample);

            checkDeploymentScreens(browser);
        } finally {
            browser.quit();
        }
    }

    /**
     * Drives the secretariat's whole journey in one browser. It imports two new OCT from a
     * workbook, takes them through every accreditation step and downloads a badge. It then draws
     * the sample of a new election, which the secretariat may draw but not seal, and downloads
     * its PDF.
     */
    @Test
    @Order(13)
    void secretariatJourneyFromImportToSamplePdf() throws Exception {
        String lastName = "Samaké-Essai";
        Path workbook = Files.createTempFile("observateurs-secretariat", ".xlsx");
        Files.write(workbook, journeyWorkbook(lastName));
        String badgeNumber = "AIGE-2023-1207";
        long sampleElection;
        String seal;
        Path badge;
        Path samplePdf;
        List<String> imported;
        ChromeDriver browser = Browser.start();
        try {
            logIn(browser, "secretariat");
            browser.get(base + "observers/import.xhtml");
            Browser.waitForTitle(browser, "Importer des observateurs");
            browser.findElement(By.cssSelector("input[type=file]")).sendKeys(workbook.toString());
            browser.findElement(By.id("importForm:start")).click();
            waitForText(browser, "2 observateur(s) ajouté(s), 0 modifié(s), ");
            imported = texts("SELECT code FROM observer WHERE last_name = '" + lastName + "' ORDER BY code");
            assertEquals(2, imported.size(), "imported observers");

            browser.get(base + "observers/accreditation.xhtml");
            Browser.waitForTitle(browser, "Accréditation des observateurs");
            browser.findElement(By.id("accreditation:sessionDate")).sendKeys("31/02/2023");
            browser.findElement(By.id("accreditation:sessionPlace")).sendKeys("Ségou, maison des jeunes");
            browser.findElement(By.id("accreditation:sessionTrainer")).sendKeys("Oumar Coulibaly");
            submit(browser, By.id("accreditation:createSession"));
            String refused = browser.findElement(By.id("accreditation:messages")).getText();
            assertTrue(refused.contains("La date « 31/02/2023 » n'est pas valide"), refused);
            WebElement date = browser.findElement(By.id("accreditation:sessionDate"));
            date.clear();
            date.sendKeys("11/06/2023");
            browser.findElement(By.id("accreditation:sessionRegion")).sendKeys("ML04");
            submit(browser, By.id("accreditation:createSession"));
            String created = browser.findElement(By.id("accreditation:messages")).getText();
            assertTrue(created.contains("Session de formation créée : 2023-06-11, Ségou, maison des jeunes"), created);
            assertEquals("1", text("SELECT COUNT(*) FROM training_session WHERE place = 'Ségou, maison des jeunes'"
                    + " AND region_code = 'ML04'"));
            browser.findElement(By.id("accreditation:name")).sendKeys(lastName);
            new Select(browser.findElement(By.id("accreditation:stepFilter"))).selectByValue("CANDIDATE");
            submit(browser, By.id("accreditation:search"));
            takeStep(browser, null, imported, "TRAINED");
            takeStep(browser, "TRAINED", imported, "CODE_SIGNED");
            takeStep(browser, "CODE_SIGNED", imported, "REQUESTED");
            browser.findElement(By.id("accreditation:badge")).sendKeys(badgeNumber);
            takeStep(browser, "REQUESTED", imported.subList(0, 1), "ACCREDITED");
            assertEquals("ACCREDITED", text("SELECT a.step FROM accreditation a JOIN observer o"
                    + " ON o.id = a.observer_id WHERE o.code = '" + imported.get(0) + "'"));
            assertEquals("REQUESTED", text("SELECT a.step FROM accreditation a JOIN observer o"
                    + " ON o.id = a.observer_id WHERE o.code = '" + imported.get(1) + "'"));

            new Select(browser.findElement(By.id("accreditation:stepFilter"))).selectByValue("ACCREDITED");
            submit(browser, By.id("accreditation:search"));
            String badgeUrl = browser.findElement(By.cssSelector("a[href*='/badge/" + imported.get(0) + "']"))
                    .getAttribute("href");
            badge = downloadAs(browser, badgeUrl);

            sampleElection = createElection("Législatives 2028 — tirage par le secrétariat");
            browser.get(base + "pvt/sample.xhtml?election=" + sampleElection);
            Browser.waitForTitle(browser, "Échantillon PVT");
            assertTrue(browser.findElement(By.id("drawOnly")).getText().contains("Vous pouvez tirer l'échantillon"));
            browser.findElement(By.cssSelector("label[for='draw:sizeMode:0']")).click();
            browser.findElement(By.id("draw:size")).clear();
            browser.findElement(By.id("draw:size")).sendKeys("120");
            browser.findElement(By.id("draw:seed")).clear();
            browser.findElement(By.id("draw:seed")).sendKeys("4242");
            submit(browser, By.id("draw:drawButton"));
            waitForText(browser, "Échantillon de 120 bureaux tiré avec la graine 4242.");
            seal = browser.findElement(By.id("sealHash")).getText();
            assertTrue(browser.findElements(By.id("seal:sealButton")).isEmpty(), "seal button shown");
            assertTrue(browser.findElements(By.id("replace:station")).isEmpty(), "replace form shown");
            assertTrue(!browser.findElements(By.id("draw:drawButton")).isEmpty(), "draft cannot be drawn again");
            String sampleUrl = browser.findElement(By.cssSelector("a[id$='pdfLink']")).getAttribute("href");
            samplePdf = downloadAs(browser, sampleUrl);
        } finally {
            browser.quit();
            Files.deleteIfExists(workbook);
        }

        String badgeText = run("pdftotext", "-layout", badge.toString(), "-");
        assertTrue(badgeText.contains("Awa " + lastName), badgeText);
        assertTrue(badgeText.contains(badgeNumber), badgeText);
        String verification = text("SELECT verification_code FROM accreditation WHERE badge_number = '"
                + badgeNumber + "'");
        assertEquals(base + "verify/" + verification, decodeQr(badge));

        String sampleText = run("pdftotext", "-layout", samplePdf.toString(), "-");
        assertTrue(sampleText.contains("Scellé SHA-256 : " + seal), sampleText.substring(0, 2000));
        assertTrue(sampleText.contains("Graine : 4242"), sampleText.substring(0, 2000));
        List<String> sampled = texts("SELECT ss.station_code FROM pvt_sample_station ss JOIN pvt_sample s"
                + " ON s.id = ss.sample_id WHERE s.election_id = " + sampleElection + " AND ss.state = 'SAMPLED'");
        assertEquals(120, sampled.size());
        for (String code : sampled) {
            assertTrue(sampleText.contains(code), "station " + code + " missing from the sample PDF");
        }
        assertEquals("DRAFT", text("SELECT status FROM pvt_sample WHERE election_id = " + sampleElection));
        assertEquals("secretariat", text("SELECT actor FROM audit_entry WHERE action = 'PVT_SAMPLE_DRAWN'"
                + " AND target_id = '" + sampleElection + "'"));
    }

    /** Writes a workbook of two new OCT in the layout of the observer file, with blank codes. */
    private static byte[] journeyWorkbook(String lastName) throws IOException {
        String[] header = {"nom", "prenom", "sexe", "annee_naissance", "organisation", "categorie",
            "code_commune", "langues", "nina", "telephones"};
        String[][] rows = {
            {lastName, "Awa", "F", "1994", "AJCAD", "OCT", "ML040626", "bambara; français", "JRN20260001",
                "+223 66 90 12 07"},
            {lastName, "Boubacar", "M", "1989", "DONIBLOG", "OCT", "ML040626", "bambara", "JRN20260002",
                "+223 66 90 12 08"}};
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream output = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("Observateurs");
            for (int r = 0; r <= rows.length; r++) {
                String[] values = r == 0 ? header : rows[r - 1];
                Row row = sheet.createRow(r);
                for (int c = 0; c < values.length; c++) {
                    row.createCell(c).setCellValue(values[c]);
                }
            }
            book.write(output);
            return output.toByteArray();
        }
    }

    private static long createElection(String name) throws Exception {
        String quoted = name.replace("'", "''");
        update("INSERT INTO election (name, election_type, election_date, map_version_id, status, created_at,"
                + " updated_at) VALUES ('" + quoted + "', 'LEGISLATIVE', '2028-07-30', 1, 'PREPARATION',"
                + " NOW(3), NOW(3))");
        return count("SELECT id FROM election WHERE name = '" + quoted + "'");
    }

    private static void waitForText(ChromeDriver browser, String text) throws InterruptedException {
        for (int i = 0; i < 1200 && !browser.getPageSource().contains(text); i++) {
            Thread.sleep(100);
        }
        assertTrue(browser.getPageSource().contains(text), "page does not show: " + text);
    }

    /** Puts an OCT in the reserve pool on the deployment screen, then reads the coverage and broadcast screens. */
    private void checkDeploymentScreens(ChromeDriver browser) throws Exception {
        String reserve = text("SELECT o.code FROM observer o WHERE o.category = 'SHORT_TERM' AND NOT EXISTS"
                + " (SELECT 1 FROM deployment d WHERE d.observer_id = o.id) ORDER BY o.code DESC LIMIT 1");
        browser.get(base + "observers/deployment.xhtml");
        Browser.waitForTitle(browser, "Déploiement des observateurs");
        browser.findElement(By.id("deployment:observer")).sendKeys(reserve);
        submit(browser, By.id("deployment:show"));
        assertEquals("Non déployé pour cette élection", browser.findElement(By.id("current")).getText().trim());
        new Select(browser.findElement(By.id("deployment:kind"))).selectByValue("RESERVE");
        submit(browser, By.id("deployment:assign"));
        assertTrue(browser.findElement(By.id("messages")).getText()
                .contains("L'observateur " + reserve + " est déployé : Réserve."));
        assertEquals("Réserve", browser.findElement(By.id("current")).getText().trim());
        assertTrue(browser.findElement(By.id("deployment:reserve")).getText().contains(reserve));
        if (count("SELECT COUNT(*) FROM observer WHERE supervisor_id IS NOT NULL AND code = '" + reserve + "'") > 0) {
            assertTrue(!browser.findElements(By.cssSelector("#chain li")).isEmpty());
        }
        screenshot(browser, "deployment");

        browser.get(base + "observers/coverage.xhtml");
        Browser.waitForTitle(browser, "Couverture du déploiement");
        String coverage = browser.findElement(By.id("figures")).getText();
        assertTrue(coverage.contains("Total national"), coverage);
        assertTrue(coverage.contains("Lacunes de l'échantillon"), coverage);
        screenshot(browser, "coverage");

        browser.get(base + "observers/broadcast.xhtml");
        Browser.waitForTitle(browser, "Envoi de SMS groupé aux observateurs");
        new Select(browser.findElement(By.id("broadcast:category"))).selectByValue("SHORT_TERM");
        browser.findElement(By.id("broadcast:region")).sendKeys("ML05");
        browser.findElement(By.id("broadcast:notAccredited")).click();
        browser.findElement(By.id("broadcast:text")).sendKeys("Rappel : formation demain à Sévaré.");
        submit(browser, By.id("broadcast:previewButton"));
        assertTrue(browser.findElement(By.id("recipients")).getText().contains("observateurs sélectionnés"));
        assertTrue(browser.findElement(By.id("counter")).getText().contains("alphabet GSM 7 bits : 1 SMS"),
                browser.findElement(By.id("counter")).getText());
        assertTrue(browser.findElement(By.id("broadcast:recent")).getText().contains("Formation des OCT à Mopti"));
        screenshot(browser, "broadcast");
    }

    /** Saves a screenshot beside the build's other outputs, for a person to look at. */
    private static void screenshot(ChromeDriver browser, String name) throws IOException {
        Path folder = Path.of(System.getProperty("micro.dir"), "screenshots");
        Files.createDirectories(folder);
        Files.write(folder.resolve("deployment-it-" + name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
    }

    /** Filters the list on a step, ticks the observers and takes the next step on them. */
    private void takeStep(ChromeDriver browser, String from, List<String> codes, String step) {
        if (from != null) {
            new Select(browser.findElement(By.id("accreditation:stepFilter"))).selectByValue(from);
            submit(browser, By.id("accreditation:search"));
        }
        for (String code : codes) {
            browser.findElement(By.id("pick-" + code)).click();
        }
        new Select(browser.findElement(By.id("accreditation:step"))).selectByValue(step);
        if (step.equals("TRAINED")) {
            new Select(browser.findElement(By.id("accreditation:session"))).selectByIndex(1);
        }
        submit(browser, By.id("accreditation:apply"));
        String messages = browser.findElement(By.id("accreditation:messages")).getText();
        assertTrue(messages.contains(codes.size() + " observateur(s) ont avancé, 0"), step + ": " + messages);
    }

    /**
     * Clicks a submit button and waits for the next page to finish loading. The page before may
     * still be replacing its document, so finding and clicking are retried until one succeeds.
     */
    private static void submit(ChromeDriver browser, By button) {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        waitUntilLoaded(browser);
        WebElement clicked = wait.until(driver -> {
            try {
                WebElement element = driver.findElement(button);
                element.click();
                return element;
            } catch (WebDriverException replacedMeanwhile) {
                return null;
            }
        });
        // Chromium reports a button of a replaced document as stale or as a node that no longer
        // belongs to the document, so any driver error here means the old page is gone.
        wait.until(driver -> {
            try {
                clicked.isEnabled();
                return false;
            } catch (WebDriverException gone) {
                return true;
            }
        });
        waitUntilLoaded(browser);
    }

    private static void waitUntilLoaded(ChromeDriver browser) {
        new WebDriverWait(browser, Duration.ofSeconds(60)).until(driver -> "complete".equals(
                ((JavascriptExecutor) driver).executeScript("return document.readyState")));
    }

    /** Downloads a URL with the browser's session cookie, as the browser's download would. */
    private static Path downloadAs(ChromeDriver browser, String url) throws Exception {
        Cookie session = browser.manage().getCookieNamed("JSESSIONID");
        Path file = Files.createTempFile("download-", ".pdf");
        HttpResponse<Path> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
                .header("Cookie", "JSESSIONID=" + session.getValue()).timeout(Duration.ofSeconds(120)).GET().build(),
                HttpResponse.BodyHandlers.ofFile(file));
        assertEquals(200, response.statusCode(), url);
        return file;
    }

    private void logIn(ChromeDriver browser, String username) {
        Browser.logIn(browser, base, username, DEMO_PASSWORD);
    }

    /** Splits a CSV line of the coverage export, whose names contain no comma. */
    private static List<String> cells(String line) {
        return java.util.Arrays.stream(line.split(",", -1)).map(cell -> cell.replace("\"", "")).toList();
    }

    private HttpResponse<String> steps(WebSession session, String step, List<String> codes, String extra)
            throws Exception {
        List<String> fields = new ArrayList<>();
        fields.add("step=" + step);
        codes.forEach(code -> fields.add("observer=" + code));
        if (extra != null) {
            fields.add(extra);
        }
        return session.postForm("api/accreditation/" + election + "/step", String.join("&", fields));
    }

    private static HttpResponse<String> form(WebSession session, String path, Map<String, String> fields)
            throws Exception {
        String body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return session.postForm(path, body);
    }

    private static HttpResponse<String> anonymous(String url) throws Exception {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        return client.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /**
     * Rasterises the first page with pdftoppm and decodes the QR code on it with ZXing. The
     * detector can miss the symbol at one resolution and find it at another, so a few are tried,
     * without anti-aliasing, which blurs the module edges.
     */
    static String decodeQr(Path pdf) throws Exception {
        NotFoundException notFound = null;
        for (String dpi : new String[] {"300", "200", "150"}) {
            Path folder = Files.createTempDirectory("badge-page");
            run("pdftoppm", "-r", dpi, "-aa", "no", "-aaVector", "no", "-png", "-f", "1", "-l", "1",
                    pdf.toString(), folder.resolve("page").toString());
            File page;
            try (var files = Files.list(folder)) {
                page = files.filter(p -> p.toString().endsWith(".png")).findFirst().orElseThrow().toFile();
            }
            BufferedImage image = ImageIO.read(page);
            int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
            RGBLuminanceSource source = new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels);
            for (BinaryBitmap bitmap : List.of(new BinaryBitmap(new HybridBinarizer(source)),
                    new BinaryBitmap(new GlobalHistogramBinarizer(source)))) {
                try {
                    return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
                } catch (NotFoundException | ChecksumException | FormatException e) {
                    notFound = NotFoundException.getNotFoundInstance();
                }
            }
        }
        throw notFound;
    }

    static String run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), String.join(" ", command));
        assertEquals(0, process.exitValue(), output);
        return output;
    }

    private WebSession login(String username) throws Exception {
        return WebSession.loggedIn(base, username, DEMO_PASSWORD);
    }

    private static void waitForDemoObservers() throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(5));
        while (Instant.now().isBefore(deadline)) {
            if (count("SELECT COUNT(*) FROM election") > 0 && count("SELECT COUNT(*) FROM observer") >= 75) {
                return;
            }
            Thread.sleep(1000);
        }
        throw new AssertionError("The demonstration observers did not load within 5 minutes");
    }





}
