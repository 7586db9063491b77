package ml.modele.observation.it;

import static ml.modele.observation.it.ItDatabase.connect;
import static ml.modele.observation.it.ItDatabase.count;
import static ml.modele.observation.it.ItDatabase.text;
import static ml.modele.observation.it.Waits.sleep;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.StringReader;
import java.math.RoundingMode;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import ml.modele.observation.it.SampledElection.Sheet;
import ml.modele.observation.it.SampledElection.Station;

/**
 * Communiqués through the deployed platform. The test seeds an election day as observers would.
 * It draws a PVT sample over REST, deploys one observer per sampled station, sends result sheets,
 * checklists and incidents by SMS through a test SMSC on 127.0.0.1, and has the EVA enter an
 * official result. A press officer then drafts a preliminary statement, an analyst writes its
 * narrative, the mission chief approves it and the press officer publishes it. The test reads the
 * PDF with pdftotext and checks its figures against its own computation from the database, checks
 * the workflow rules, the immutability of published PDFs and the embargo of the public list, and
 * goes through drafting, approval and download in headless Chromium.
 */
@ExtendWith({OwnDatabase.class, OwnSmsc.class, ArquillianExtension.class})
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CommuniqueIT {

    private static final String SHORT_CODE = "36123";
    private static final int SAMPLE_SIZE = 40;
    /** Observers' phones: 76 70 00 00 and up, outside the other classes' blocks. */
    private static final SampledElection.Observers OBSERVERS =
            new SampledElection.Observers("Communiqué (fictif)", "COMMU", 76_700_000);
    private static final String FORM = "application/x-www-form-urlencoded";
    private static final TestSmsc SMSC = OwnSmsc.smsc();

    private static long electionId;
    /** Sampled stations in drawn order. */
    private static final List<Station> SAMPLED = new ArrayList<>();
    private static final Map<String, Integer> FRAME_SIZE = new HashMap<>();
    private static final List<String> CODES = new ArrayList<>();
    private static long preliminaryId;

    // OwnSmsc initialises this class before Arquillian reads arquillian.xml, which reads this property.
    static {
        // Every observer sends several messages within a minute.
        System.setProperty("it.sms.replies-per-minute", "100");
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
    void seedsElectionDayThroughRestAndSms() throws Exception {
        SampledElection.Sample sample = SampledElection.seed(base(), SMSC, SAMPLE_SIZE, OBSERVERS);
        electionId = sample.electionId();
        SAMPLED.addAll(sample.stations());
        FRAME_SIZE.putAll(sample.frameSize());
        CODES.addAll(sample.codes());

        for (int i = 0; i < SAMPLE_SIZE; i++) {
            int registered = SAMPLED.get(i).registered();
            int voters = registered * (33 + i % 12) / 100;
            int nulls = voters / 30;
            int valid = voters - nulls;
            int yes = valid * (70 + i % 23) / 100;
            send(i, "RES " + CODES.get(i) + " " + new Sheet(registered, voters, nulls, valid, yes, valid - yes).coded());
            send(i, "ARV " + CODES.get(i) + " A7 B" + (i % 6 == 0 ? "2" : "1") + " F1 G" + (i % 4 == 0 ? "2" : "1"));
        }
        send(0, "URG " + CODES.get(0) + " A16 @ Urne emportée par des hommes armés");
        send(1, "URG " + CODES.get(1) + " A1 @ Bagarre devant le bureau");
        send(2, "URG " + CODES.get(2) + " A5 @ Encre absente");
        awaitCount("SELECT COUNT(*) FROM submission WHERE form_code = 'RES' AND status = 'ACTIVE'"
                + " AND observer_code IN (SELECT code FROM observer WHERE national_id LIKE 'COMMU%')", SAMPLE_SIZE);
        awaitCount("SELECT COUNT(*) FROM submission WHERE form_code = 'ARV'"
                + " AND observer_code IN (SELECT code FROM observer WHERE national_id LIKE 'COMMU%')", SAMPLE_SIZE);
        awaitCount("SELECT COUNT(*) FROM submission WHERE form_kind = 'INCIDENT' AND status = 'ACTIVE'", 3);

        long registered = 8_463_084;
        long voters = 3_100_000;
        long valid = 3_050_000;
        // Far below the sheets' YES share (70 % to 92 % of valid votes), so the verdict is "outside".
        long yes = 2_000_000;
        String official = "scope=NATIONAL&registered=" + registered + "&voters=" + voters + "&nullVotes="
                + (voters - valid) + "&validVotes=" + valid + "&option=" + yes + "&option=" + (valid - yes);
        HttpResponse<String> entered = session("eva", "Demo-IT-2026").post("api/tabulation/official/" + electionId,
                bytes(official), FORM);
        assertEquals(200, entered.statusCode(), entered.body());
    }

    @Test
    @Order(2)
    void preliminaryStatementPrintsDatabaseFigures() throws Exception {
        WebSession press = session("presse", "Demo-IT-2026");
        JsonObject draft = json(press.post("api/communiques/draft/" + electionId,
                bytes("kind=PRELIMINARY_STATEMENT"), FORM));
        preliminaryId = draft.getJsonNumber("id").longValue();
        assertEquals("DRAFT", draft.getString("status"));
        assertEquals(1, draft.getInt("version"));

        String findings = "<p>Ouverture à l'heure dans la plupart des bureaux ; <strong>matériel complet</strong>."
                + "</p><script>alert('x')</script>";
        String recommendations = "<p>Renforcer la sécurité à Ménaka et à Tombouctou.</p>";
        WebSession analyst = session("analyste", "Demo-IT-2026");
        HttpResponse<String> written = analyst.post("api/communiques/narrative/" + preliminaryId,
                bytes("findings=" + encode(findings) + "&recommendations=" + encode(recommendations)), FORM);
        assertEquals(200, written.statusCode(), written.body());
        String stored = text("SELECT findings_html FROM communique WHERE id = " + preliminaryId);
        assertEquals("<p>Ouverture à l'heure dans la plupart des bureaux ; <b>matériel complet</b>.</p>", stored);

        assertEquals(403, press.post("api/communiques/approve/" + preliminaryId, new byte[0], FORM).statusCode());
        assertEquals(200, session("chef.mission", "Demo-IT-2026").post("api/communiques/approve/" + preliminaryId,
                new byte[0], FORM).statusCode());
        JsonObject published = json(press.post("api/communiques/publish/" + preliminaryId, new byte[0], FORM));
        assertEquals("PUBLISHED", published.getString("status"));
        assertEquals(2, published.getJsonArray("pdfs").size());

        HttpResponse<byte[]> download = press.getBytes("api/communiques/pdf/" + preliminaryId + "?lang=fr");
        assertEquals(200, download.statusCode());
        byte[] pdf = download.body();
        String storedSha = text("SELECT sha256 FROM communique_publication WHERE communique_id = " + preliminaryId
                + " AND language = 'fr'");
        assertEquals(storedSha, sha256(pdf));
        assertEquals(storedSha, published.getJsonArray("pdfs").stream().map(JsonValue::asJsonObject)
                .filter(p -> p.getString("language").equals("fr")).findFirst().orElseThrow().getString("sha256"));

        String text = pdfToText(pdf);
        long deployed = count("SELECT COUNT(*) FROM deployment WHERE election_id = " + electionId
                + " AND ended_at IS NULL AND place_kind <> 'RESERVE'");
        assertContains(text, "La mission a déployé " + frenchNumber(deployed) + " observateurs.");
        long stations = count("SELECT COUNT(*) FROM polling_station p JOIN election e ON e.map_version_id ="
                + " p.map_version_id WHERE e.id = " + electionId + " AND p.retired = FALSE");
        assertContains(text, "bureaux de vote sur " + frenchNumber(stations) + " avaient un observateur");
        assertContains(text, "L'échantillon du comptage parallèle compte " + SAMPLE_SIZE + " bureaux");

        Map<String, Sheet> sheets = sheetsFromDatabase();
        assertEquals(SAMPLE_SIZE, sheets.size());
        StratifiedRatio estimator = new StratifiedRatio(SAMPLED, FRAME_SIZE, groups());
        double[] yes = estimator.ratioAndMargin(sheets, Sheet::yes, Sheet::valid);
        double[] no = estimator.ratioAndMargin(sheets, Sheet::no, Sheet::valid);
        double[] turnout = estimator.ratioAndMargin(sheets, Sheet::voters, Sheet::registered);
        assertContains(text, "OUI " + percent(yes[0]) + " ± " + points(yes[1]) + " pt");
        assertContains(text, "NON " + percent(no[0]) + " ± " + points(no[1]) + " pt");
        assertContains(text, "Taux de participation " + percent(turnout[0]) + " ± " + points(turnout[1]) + " pt");
        assertContains(text, "[" + percent(yes[0] - yes[1]) + " ; " + percent(yes[0] + yes[1]) + "]");

        long incidents = count("SELECT COUNT(*) FROM submission WHERE election_id = " + electionId
                + " AND form_kind = 'INCIDENT' AND status = 'ACTIVE'");
        long critical = count("SELECT COUNT(*) FROM submission s JOIN submission_field f ON f.submission_id = s.id"
                + " AND f.question_code = 'A' WHERE s.election_id = " + electionId + " AND s.form_kind = 'INCIDENT'"
                + " AND s.status = 'ACTIVE' AND (f.value LIKE '%1%' OR f.value LIKE '%2%' OR f.value LIKE '%3%'"
                + " OR f.value LIKE '%6%')");
        assertEquals(3, incidents);
        assertContains(text, "Les observateurs ont signalé " + incidents + " incidents, dont " + critical
                + " d'une catégorie critique");
        assertContains(text, "Bureau fermé");

        assertContains(text, "Déclaration préliminaire");
        assertContains(text, "Référendum");
        assertContains(text, "Renforcer la sécurité à Ménaka et à Tombouctou.");
        assertContains(text, "matériel complet");
        assertFalse(text.contains("alert("), text);
        assertContains(text, "Hors de la marge du PVT");
        assertContains(text, "Échantillon aléatoire stratifié de " + SAMPLE_SIZE + " bureaux de vote");
        String contentHash = text("SELECT content_hash FROM communique_publication WHERE communique_id = "
                + preliminaryId + " AND language = 'fr'");
        assertContains(text, "empreinte du contenu " + contentHash.substring(0, 12));
        int pages = Integer.parseInt(text("SELECT pages FROM communique_publication WHERE communique_id = "
                + preliminaryId + " AND language = 'fr'"));
        assertContains(text, "Page 1 / " + pages);
        assertContains(text, "Page " + pages + " / " + pages);

        List<BufferedImage> images = pagesAsImages(pdf);
        assertEquals(pages, images.size());
        for (int i = 0; i < images.size(); i++) {
            assertTrue(darkShare(images.get(i)) > 0.005, "page " + (i + 1) + " is blank");
        }

        String english = pdfToText(press.getBytes("api/communiques/pdf/" + preliminaryId + "?lang=en").body());
        assertContains(english, "Preliminary statement");
        assertContains(english, "YES " + String.format(Locale.ROOT, "%s%%", englishPercent(yes[0])));

        for (String action : List.of("COMMUNIQUE_DRAFTED", "COMMUNIQUE_NARRATIVE_EDITED", "COMMUNIQUE_APPROVED",
                "COMMUNIQUE_PUBLISHED")) {
            assertEquals(1, count("SELECT COUNT(*) FROM audit_entry WHERE action = '" + action
                    + "' AND target_id = '" + preliminaryId + "'"), action);
        }
    }

    @Test
    @Order(3)
    void authorCannotApproveOwnDraft() throws Exception {
        WebSession admin = session("admin", "Admin-IT-2026");
        long id = json(admin.post("api/communiques/draft/" + electionId, bytes("kind=PVT_RESULTS"), FORM))
                .getJsonNumber("id").longValue();

        HttpResponse<String> rejected = admin.post("api/communiques/approve/" + id, new byte[0], FORM);

        assertEquals(422, rejected.statusCode(), rejected.body());
        assertContains(rejected.body(), "Vous avez rédigé la version 1 : elle doit être approuvée par une autre"
                + " personne (chef de mission ou administrateur).");
        assertEquals("DRAFT", text("SELECT status FROM communique WHERE id = " + id));
        assertEquals(0, count("SELECT COUNT(*) FROM audit_entry WHERE action = 'COMMUNIQUE_APPROVED'"
                + " AND target_id = '" + id + "'"));
    }

    @Test
    @Order(4)
    void publishedPdfNeverChanges() throws Exception {
        byte[] before = storedPdf(preliminaryId);
        WebSession analyst = session("analyste", "Demo-IT-2026");
        HttpResponse<String> edit = analyst.post("api/communiques/narrative/" + preliminaryId,
                bytes("findings=" + encode("<p>Autre texte</p>") + "&recommendations="), FORM);
        assertEquals(422, edit.statusCode(), edit.body());
        assertContains(edit.body(), "La version 1 est publiée et ne peut plus changer");
        WebSession press = session("presse", "Demo-IT-2026");
        assertEquals(422, press.post("api/communiques/publish/" + preliminaryId, new byte[0], FORM).statusCode());
        assertEquals(422, press.post("api/communiques/embargo/" + preliminaryId, bytes("until=2030-01-01T10:00"), FORM)
                .statusCode());

        try (Connection db = connect(); Statement statement = db.createStatement()) {
            assertThrows(SQLException.class, () -> statement.executeUpdate("UPDATE communique_publication"
                    + " SET sha256 = REPEAT('0', 64) WHERE communique_id = " + preliminaryId));
            assertThrows(SQLException.class, () -> statement.executeUpdate("DELETE FROM communique_publication"
                    + " WHERE communique_id = " + preliminaryId));
            assertThrows(SQLException.class, () -> statement.executeUpdate("UPDATE communique"
                    + " SET findings_html = '<p>Autre texte</p>' WHERE id = " + preliminaryId));
        }
        assertArrayEquals(before, storedPdf(preliminaryId));
        assertTrue(text("SELECT findings_html FROM communique WHERE id = " + preliminaryId).contains("matériel complet"));
        assertArrayEquals(before, press.getBytes("api/communiques/pdf/" + preliminaryId + "?lang=fr").body());

        JsonObject correction = json(press.post("api/communiques/correct/" + preliminaryId, new byte[0], FORM));
        assertEquals(2, correction.getInt("version"));
        assertEquals(1, correction.getInt("replacesVersion"));
        assertEquals("DRAFT", correction.getString("status"));
        assertEquals("PUBLISHED", text("SELECT status FROM communique WHERE id = " + preliminaryId));
        assertContains(pdfToText(press.getBytes("api/communiques/pdf/" + correction.getJsonNumber("id")
                + "?lang=fr").body()), "Cette version corrige et remplace la version 1.");
    }

    @Test
    @Order(5)
    void embargoHoldsBackPublicCopy() throws Exception {
        WebSession press = session("presse", "Demo-IT-2026");
        long id = json(press.post("api/communiques/draft/" + electionId, bytes("kind=PVT_RESULTS"), FORM))
                .getJsonNumber("id").longValue();
        String later = LocalDateTime.now(ZoneId.of("Africa/Bamako")).plusHours(2)
                .format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm"));
        assertEquals(200, press.post("api/communiques/embargo/" + id, bytes("until=" + later), FORM).statusCode());
        HttpResponse<String> badTime = press.post("api/communiques/embargo/" + id, bytes("until=demain"), FORM);
        assertEquals(422, badTime.statusCode());
        assertContains(badTime.body(), "L'heure d'embargo « demain » n'est pas lisible");
        assertEquals(200, session("chef.mission", "Demo-IT-2026").post("api/communiques/approve/" + id, new byte[0],
                FORM).statusCode());
        assertEquals(200, press.post("api/communiques/publish/" + id, new byte[0], FORM).statusCode());

        HttpClient anonymous = HttpClient.newHttpClient();
        HttpResponse<String> list = anonymous.send(HttpRequest.newBuilder(base().resolve("api/public/communiques"))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, list.statusCode(), list.body());
        List<Long> listed = Json.createReader(new StringReader(list.body())).readArray().stream()
                .map(value -> value.asJsonObject().getJsonNumber("id").longValue()).toList();
        assertTrue(listed.contains(preliminaryId), list.body());
        assertFalse(listed.contains(id), list.body());
        assertFalse(list.body().contains("presse"), "no user names in the public list");

        HttpResponse<byte[]> embargoed = anonymous.send(HttpRequest.newBuilder(
                base().resolve("api/public/communiques/" + id + "/pdf")).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(404, embargoed.statusCode());
        HttpResponse<byte[]> open = anonymous.send(HttpRequest.newBuilder(
                base().resolve("api/public/communiques/" + preliminaryId + "/pdf?lang=fr")).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, open.statusCode());
        assertArrayEquals(storedPdf(preliminaryId), open.body());
        assertEquals(200, press.getBytes("api/communiques/pdf/" + id + "?lang=fr").statusCode(),
                "mission users download an embargoed statement");
    }

    @Test
    @Order(6)
    void pressDraftsChiefApprovesInBrowser() throws Exception {
        Path downloads = Files.createTempDirectory("communique-downloads");
        ChromeDriver browser = Browser.start();
        try {
            login(browser, "presse");
            browser.get(base() + "communiques/list.xhtml?election=" + electionId);
            Browser.waitForTitle(browser, "Communiqués de la mission");
            new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("communiques:kind")))
                    .selectByValue("PVT_RESULTS");
            int rowsBefore = browser.findElements(By.cssSelector("#communiques\\:log_data tr .open")).size();
            browser.findElement(By.id("communiques:draft")).click();
            waitUntil(browser, () -> browser.findElements(By.cssSelector("#communiques\\:log_data tr .open")).size()
                    == rowsBefore + 1);
            long id = count("SELECT MAX(id) FROM communique");
            WebElement editor = browser.findElement(By.cssSelector("#communiques\\:findings .ql-editor"));
            editor.click();
            editor.sendKeys("Dépouillement suivi dans la transparence à Kidal.");
            browser.findElement(By.id("communiques:save")).click();
            waitUntil(browser, () -> {
                try {
                    return text("SELECT findings_html FROM communique WHERE id = " + id).contains("Kidal");
                } catch (Exception e) {
                    return false;
                }
            });

            login(browser, "chef.mission");
            browser.get(base() + "communiques/list.xhtml?election=" + electionId);
            Browser.waitForTitle(browser, "Communiqués de la mission");
            openRow(browser, id);
            browser.findElement(By.id("communiques:approve")).click();
            waitUntil(browser, () -> browser.getPageSource().contains("Version 3 approuvée."));
            assertEquals("APPROVED", text("SELECT status FROM communique WHERE id = " + id));
            assertEquals("chef.mission", text("SELECT approved_by FROM communique WHERE id = " + id));

            login(browser, "presse");
            browser.get(base() + "communiques/list.xhtml?election=" + electionId);
            Browser.waitForTitle(browser, "Communiqués de la mission");
            openRow(browser, id);
            browser.findElement(By.id("communiques:publish")).click();
            waitUntil(browser, () -> browser.getPageSource().contains("Version 3 publiée"));

            browser.executeCdpCommand("Browser.setDownloadBehavior", Map.of("behavior", "allow",
                    "downloadPath", downloads.toString()));
            WebElement link = browser.findElements(By.cssSelector("#communiques\\:log_data tr")).stream()
                    .filter(row -> row.getText().contains("Publié") && row.getText().contains("Déclaration sur")
                            && row.findElements(By.cssSelector(".pdf-fr")).get(0).getAttribute("href")
                                    .contains("/pdf/" + id + "?"))
                    .findFirst().orElseThrow().findElement(By.cssSelector(".pdf-fr"));
            link.click();
            Path file = awaitDownload(downloads);
            byte[] pdf = Files.readAllBytes(file);
            assertEquals("%PDF", new String(pdf, 0, 4, StandardCharsets.US_ASCII));
            assertArrayEquals(storedPdf(id), pdf);
            assertContains(pdfToText(pdf), "Dépouillement suivi dans la transparence à Kidal.");
        } finally {
            browser.quit();
        }
    }

    // Independent computation of the stratified ratio estimator from the stored result sheets.

    /** Returns the counted result sheets of sampled stations, by station code. */
    private static Map<String, Sheet> sheetsFromDatabase() throws Exception {
        Map<String, Sheet> sheets = new LinkedHashMap<>();
        try (Connection db = connect(); PreparedStatement query = db.prepareStatement("SELECT s.station_code,"
                + " MAX(CASE f.question_code WHEN 'A' THEN f.value END), MAX(CASE f.question_code WHEN 'B' THEN f.value END),"
                + " MAX(CASE f.question_code WHEN 'C' THEN f.value END), MAX(CASE f.question_code WHEN 'D' THEN f.value END),"
                + " MAX(CASE f.question_code WHEN 'E' THEN f.value END), MAX(CASE f.question_code WHEN 'F' THEN f.value END)"
                + " FROM submission s JOIN submission_field f ON f.submission_id = s.id"
                + " WHERE s.election_id = ? AND s.form_code = 'RES' AND s.status = 'ACTIVE' AND s.counted = TRUE"
                + " GROUP BY s.id, s.station_code")) {
            query.setLong(1, electionId);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    int[] figures = new int[6];
                    for (int k = 0; k < 6; k++) {
                        figures[k] = Integer.parseInt(rows.getString(k + 2));
                    }
                    sheets.put(rows.getString(1), new Sheet(figures[0], figures[1], figures[2], figures[3],
                            figures[4], figures[5]));
                }
            }
        }
        return sheets;
    }

    /** Returns the server's estimation groups: strata merged when they have fewer than two reports. */
    private Map<String, List<String>> groups() throws Exception {
        JsonObject estimates = json(session("analyste", "Demo-IT-2026").get("api/tabulation/" + electionId))
                .getJsonObject("estimates");
        return StratifiedRatio.groups(estimates);
    }

    /** Formats a share as the French PDF does: one decimal, half-even, e.g. 38,2 %. */
    private static String percent(double ratio) {
        return decimal(ratio * 100, ',') + " %";
    }

    private static String englishPercent(double ratio) {
        return decimal(ratio * 100, '.');
    }

    private static String points(double margin) {
        return decimal(margin * 100, ',');
    }

    private static String decimal(double value, char separator) {
        DecimalFormatSymbols symbols = new DecimalFormatSymbols(Locale.ROOT);
        symbols.setDecimalSeparator(separator);
        DecimalFormat format = new DecimalFormat("0.0", symbols);
        format.setRoundingMode(RoundingMode.HALF_EVEN);
        return format.format(value);
    }

    private static String frenchNumber(long value) {
        String digits = Long.toString(value);
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) {
                grouped.append(' ');
            }
            grouped.append(digits.charAt(i));
        }
        return grouped.toString();
    }

    // Set-up and helpers.

    private static String phone(int index) {
        return OBSERVERS.phone(index);
    }

    private static void send(int observer, String text) throws Exception {
        SMSC.deliver(phone(observer), 1, SHORT_CODE, 0, 8, text.getBytes(StandardCharsets.UTF_16BE));
    }

    private static void awaitCount(String sql, long expected) throws Exception {
        ItDatabase.awaitCount(sql, expected, Duration.ofMinutes(4));
    }

    private static byte[] storedPdf(long id) throws Exception {
        try (Connection db = connect(); Statement statement = db.createStatement();
             ResultSet row = statement.executeQuery("SELECT pdf FROM communique_publication WHERE communique_id = "
                     + id + " AND language = 'fr'")) {
            assertTrue(row.next(), "no stored PDF for communique " + id);
            return row.getBytes(1);
        }
    }

    private void login(ChromeDriver browser, String user) {
        browser.get(base() + "logout");
        Browser.logIn(browser, base(), user, "Demo-IT-2026");
    }

    private static void openRow(ChromeDriver browser, long id) {
        browser.findElements(By.cssSelector("#communiques\\:log_data tr")).stream()
                .filter(row -> row.findElement(By.cssSelector(".pdf-fr")).getAttribute("href").contains("/pdf/" + id + "?"))
                .findFirst().orElseThrow().findElement(By.cssSelector(".open")).click();
        waitUntil(browser, () -> !browser.findElements(By.id("communiques:selected")).isEmpty());
    }

    private static void waitUntil(ChromeDriver browser, java.util.function.BooleanSupplier condition) {
        new WebDriverWait(browser, Duration.ofSeconds(60)).until(driver -> condition.getAsBoolean());
    }

    private static Path awaitDownload(Path directory) throws Exception {
        for (int i = 0; i < 120; i++) {
            try (var files = Files.list(directory)) {
                List<Path> done = files.filter(p -> p.toString().endsWith(".pdf")).toList();
                if (!done.isEmpty()) {
                    return done.get(0);
                }
            }
            sleep(500);
        }
        throw new AssertionError("no PDF downloaded into " + directory);
    }

    private WebSession session(String user, String password) throws Exception {
        return WebSession.loggedIn(base(), user, password);
    }

    private URI base() {
        return URI.create("http://127.0.0.1:" + deploymentUrl.getPort() + "/observation/");
    }

    private static JsonObject json(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    private static byte[] bytes(String form) {
        return form.getBytes(StandardCharsets.UTF_8);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    /** Returns the PDF's text with no-break spaces as spaces and every run of white space as one space. */
    private static String pdfToText(byte[] pdf) throws Exception {
        return Pdf.text(pdf).replaceAll("\\s+", " ");
    }

    private static List<BufferedImage> pagesAsImages(byte[] pdf) throws Exception {
        Path directory = Files.createTempDirectory("communique-pages");
        Path file = directory.resolve("communique.pdf");
        Files.write(file, pdf);
        Process process = new ProcessBuilder("pdftoppm", "-r", "40", "-png", file.toString(),
                directory.resolve("page").toString()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "pdftoppm did not finish");
        assertEquals(0, process.exitValue(), output);
        List<BufferedImage> pages = new ArrayList<>();
        try (var files = Files.list(directory)) {
            for (Path image : files.filter(p -> p.toString().endsWith(".png")).sorted().toList()) {
                pages.add(ImageIO.read(image.toFile()));
            }
        }
        return pages;
    }

    /** Returns the share of pixels darker than light grey. */
    private static double darkShare(BufferedImage image) {
        long dark = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                if (((rgb >> 16 & 0xFF) + (rgb >> 8 & 0xFF) + (rgb & 0xFF)) / 3 < 160) {
                    dark++;
                }
            }
        }
        return (double) dark / ((long) image.getWidth() * image.getHeight());
    }

    private static void assertContains(String text, String part) {
        assertTrue(text.contains(part), () -> "missing \"" + part + "\" in " + text);
    }

    // Weekly report of the citizen watch cell: the shared header and footer, and its week in the log.

    @Test
    @Order(7)
    void weeklyReportPdfCarriesLogoVersionAndHash() throws Exception {
        WebSession press = session("presse", "Demo-IT-2026");
        JsonObject draft = json(press.post("api/communiques/draft/" + electionId,
                bytes("kind=WEEKLY_REPORT&from=2023-06-12&to=2023-06-18"), FORM));
        long id = draft.getJsonNumber("id").longValue();
        int version = draft.getInt("version");
        assertEquals(200, session("chef.mission", "Demo-IT-2026").post("api/communiques/approve/" + id,
                new byte[0], FORM).statusCode());
        JsonObject published = json(press.post("api/communiques/publish/" + id, new byte[0], FORM));
        assertEquals("PUBLISHED", published.getString("status"));

        byte[] pdf = press.getBytes("api/communiques/pdf/" + id + "?lang=fr").body();
        String storedSha = text("SELECT sha256 FROM communique_publication WHERE communique_id = " + id
                + " AND language = 'fr'");
        assertEquals(storedSha, sha256(pdf), "the stored SHA-256 is that of the stored bytes");
        assertArrayEquals(storedPdf(id), pdf);
        String contentHash = text("SELECT content_hash FROM communique_publication WHERE communique_id = " + id
                + " AND language = 'fr'");
        assertEquals(contentHash, text("SELECT content_hash FROM communique_publication WHERE communique_id = "
                + id + " AND language = 'en'"));
        int pages = Integer.parseInt(text("SELECT pages FROM communique_publication WHERE communique_id = " + id
                + " AND language = 'fr'"));
        String snapshotAt = LocalDateTime.ofInstant(Instant.parse(published.getString("snapshotAt")),
                ZoneId.of("Africa/Bamako")).format(DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss"));

        String text = pdfToText(pdf);
        assertContains(text, "Rapport hebdomadaire de la cellule de veille citoyenne");
        assertContains(text, "Référendum");
        assertContains(text, "Version " + version + " · données arrêtées au " + snapshotAt + " (heure de Bamako).");
        assertContains(text, "Période du 12 juin 2023 au 18 juin 2023");
        assertContains(text, "Données au " + snapshotAt + " (heure de Bamako) · empreinte du contenu "
                + contentHash.substring(0, 12) + " · version " + version);
        for (int page = 1; page <= pages; page++) {
            assertContains(text, "Page " + page + " / " + pages);
        }
        assertFalse(text.contains("PROJET"), text);
        assertTrue(imagesOnPage(pdf, 1) >= 1, "no logo on page 1");

        String english = pdfToText(press.getBytes("api/communiques/pdf/" + id + "?lang=en").body());
        assertContains(english, "Weekly report of the citizen watch cell");
        assertContains(english, "Version " + version + " · data as of");
        assertContains(english, "content hash " + contentHash.substring(0, 12) + " · version " + version);
        assertContains(english, "Page 1 / ");
    }

    @Test
    @Order(8)
    void publicationLogShowsWeek() throws Exception {
        long id = count("SELECT MAX(id) FROM communique WHERE kind = 'WEEKLY_REPORT' AND status = 'PUBLISHED'");
        WebSession press = session("presse", "Demo-IT-2026");

        JsonObject french = logEntry(press.get("api/communiques?election=" + electionId), id);
        JsonObject english = logEntry(press.get("api/communiques?election=" + electionId + "&lang=en"), id);
        assertEquals("Semaine du 12 au 18 juin 2023", french.getString("period"));
        assertEquals("2023-06-12", french.getString("periodStart"));
        assertEquals("2023-06-18", french.getString("periodEnd"));
        assertEquals("Week of June 12 to 18, 2023", english.getString("period"));
        JsonValue noPeriod = logEntry(press.get("api/communiques?election=" + electionId), preliminaryId)
                .get("period");
        assertTrue(noPeriod == null || noPeriod == JsonValue.NULL, "a statement covers no week: " + noPeriod);

        HttpClient anonymous = HttpClient.newHttpClient();
        HttpResponse<String> publicFrench = anonymous.send(HttpRequest.newBuilder(
                base().resolve("api/public/communiques")).GET().build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> publicEnglish = anonymous.send(HttpRequest.newBuilder(
                base().resolve("api/public/communiques")).header("Accept-Language", "en").GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals("Semaine du 12 au 18 juin 2023", logEntry(publicFrench, id).getString("period"));
        assertEquals("Week of June 12 to 18, 2023", logEntry(publicEnglish, id).getString("period"));

        ChromeDriver browser = Browser.start();
        try {
            login(browser, "presse");
            browser.get(base() + "communiques/list.xhtml?election=" + electionId);
            Browser.waitForTitle(browser, "Communiqués de la mission");
            assertEquals("Semaine du 12 au 18 juin 2023", periodCell(browser, id));
            assertEquals("", periodCell(browser, preliminaryId));

            browser.findElement(By.id("headerForm:langEn")).click();
            Browser.waitForTitle(browser, "Statements of the mission");
            assertEquals("Week of June 12 to 18, 2023", periodCell(browser, id));
        } finally {
            browser.quit();
        }
    }

    /** Returns the entry of a communiqué in a JSON list response. */
    private static JsonObject logEntry(HttpResponse<String> response, long id) {
        assertEquals(200, response.statusCode(), response.body());
        return Json.createReader(new StringReader(response.body())).readArray().stream().map(JsonValue::asJsonObject)
                .filter(entry -> entry.getJsonNumber("id").longValue() == id).findFirst()
                .orElseThrow(() -> new AssertionError("communique " + id + " is not listed: " + response.body()));
    }

    /** Returns the text of the period column in the publication log's row of a communiqué. */
    private static String periodCell(ChromeDriver browser, long id) {
        return browser.findElements(By.cssSelector("#communiques\\:log_data tr")).stream()
                .filter(row -> row.findElement(By.cssSelector(".pdf-fr")).getAttribute("href")
                        .contains("/pdf/" + id + "?"))
                .findFirst().orElseThrow(() -> new AssertionError("no row for communique " + id))
                .findElement(By.cssSelector(".period")).getText();
    }

    /** Returns how many images {@code pdfimages -list} finds on a page, soft masks left out. */
    private static long imagesOnPage(byte[] pdf, int page) throws Exception {
        Path file = Files.createTempFile("communique", ".pdf");
        try {
            Files.write(file, pdf);
            Process process = new ProcessBuilder("pdfimages", "-list", file.toString()).redirectErrorStream(true)
                    .start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(process.waitFor(60, TimeUnit.SECONDS), "pdfimages did not finish");
            assertEquals(0, process.exitValue(), output);
            // Two header lines, then: page num type width height ...
            return output.lines().skip(2).map(line -> line.trim().split("\\s+"))
                    .filter(columns -> columns[0].equals(Integer.toString(page)) && columns[2].equals("image"))
                    .count();
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
