package ml.modele.observation.it;

import static ml.modele.observation.it.ItDatabase.awaitOngoingElection;
import static ml.modele.observation.it.ItDatabase.connect;
import static ml.modele.observation.it.ItDatabase.count;
import static ml.modele.observation.it.ItDatabase.text;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.net.URI;
import java.net.URL;
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
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

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
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The observers' web channel: an observer logs in on a phone-sized Chromium window with the PIN
 * that the test SMSC receives, fills a checklist, sends the photo of the result sheet, and the EVA
 * reads the photo from the verification queue. The figures on the photo differ from the results
 * SMS, so a difference opens in the queue and the EVA corrects it. A second observer uses the
 * REST API, and the OpenAPI document describes it. A third observer sends wrong answers and then
 * a checklist in parts: the page and the API (in English) list every problem, and then say which
 * required questions the record still lacks until it is complete.
 */
@ExtendWith({OwnDatabase.class, OwnSmsc.class, ArquillianExtension.class})
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ObserverWebIT {

    /** National numbers of the two observers' phones, outside the demonstration roster's block. */
    private static final String[] PHONES = {"22376600001", "22376600002"};
    private static final String THIRD_PHONE = "22376600004";
    private static final Pattern PIN = Pattern.compile("est ([0-9]{6})\\.");
    private static final TestSmsc SMSC = OwnSmsc.smsc();

    private static final String[] CODES = new String[2];
    private static String retiredCode;
    private static String station;
    private static int registered;
    private static long electionId;
    private static byte[] photoPng;
    /** Session cookie of the third observer, opened in the browser and reused for the API. */
    private static String thirdObserverSession;

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
    void deploysTwoObserversWithVerifiedPhones() throws Exception {
        awaitElectionAndStation();
        SMSC.awaitBound(120_000);
        WebSession admin = new WebSession(base());
        assertEquals(302, admin.login("admin", "Admin-IT-2026").statusCode());

        String csv = "nom;prenom;sexe;annee_de_naissance;organisation;categorie;code_commune;langues;nina;"
                + "telephones;statut\n"
                + "Web (fictif);Awa;F;1991;AJCAD;OCT;" + commune() + ";bambara, français;WEBIT0001;+" + PHONES[0]
                + ";actif\n"
                + "Web (fictif);Moussa;M;1989;AJCAD;OCT;" + commune() + ";bambara, français;WEBIT0002;+" + PHONES[1]
                + ";actif\n"
                + "Web (fictif);Fanta;F;1980;AJCAD;OCT;" + commune() + ";bambara, français;WEBIT0003;+22376600003"
                + ";retiré\n";
        HttpResponse<String> imported = admin.post("api/observers/import?name=observer-web-it.csv",
                csv.getBytes(StandardCharsets.UTF_8), "text/csv; charset=UTF-8");
        assertEquals(200, imported.statusCode(), imported.body());
        for (int i = 0; i < 2; i++) {
            CODES[i] = text("SELECT code FROM observer WHERE national_id = 'WEBIT000" + (i + 1) + "'");
            HttpResponse<String> assigned = admin.postForm("api/deployment/" + electionId + "/assign",
                    "observer=" + CODES[i] + "&kind=POLLING_STATION&place=" + station);
            assertEquals(200, assigned.statusCode(), assigned.body());
        }
        retiredCode = text("SELECT code FROM observer WHERE national_id = 'WEBIT0003' AND status = 'RETIRED'");

        // The secretariat confirms both numbers with the observers on the observer's screen.
        WebSession secretariat = new WebSession(base());
        assertEquals(302, secretariat.login("secretariat", "Demo-IT-2026").statusCode());
        for (int i = 0; i < 2; i++) {
            HttpResponse<String> verified = secretariat.submit("observers/detail.xhtml?code=" + CODES[i], "observer",
                    "phones:0:verify", Map.of());
            assertEquals(200, verified.statusCode(), verified.body());
        }
        assertEquals(2, count("SELECT COUNT(*) FROM observer_phone WHERE verified AND number IN ('+" + PHONES[0]
                + "', '+" + PHONES[1] + "')"));
    }

    @Test
    @Order(2)
    void observerReportsFromPhone() throws Exception {
        ChromeDriver driver = Browser.start();
        try {
            driver.manage().window().setSize(new Dimension(360, 740));
            driver.get(base().resolve("observer/index.xhtml").toString());
            Browser.waitForTitle(driver, "Connexion des observateurs");

            String wrongCheckDigit = CODES[0].substring(0, 5) + ((CODES[0].charAt(5) - '0' + 1) % 10);
            driver.findElement(By.id("login:code")).sendKeys(wrongCheckDigit);
            submit(driver, By.id("login:requestPin"));
            assertTrue(messages(driver).contains("Code observateur « " + wrongCheckDigit + " » erroné"),
                    messages(driver));

            int submitsBefore = SMSC.submits().size();
            driver.findElement(By.id("login:code")).clear();
            driver.findElement(By.id("login:code")).sendKeys(CODES[0]);
            submit(driver, By.id("login:requestPin"));
            assertTrue(messages(driver).contains("Code PIN envoyé par SMS au"), messages(driver));
            String pin = awaitPin(PHONES[0], submitsBefore);

            String wrongPin = (pin.charAt(0) == '9' ? "0" : String.valueOf((char) (pin.charAt(0) + 1)))
                    + pin.substring(1);
            driver.findElement(By.id("login:code")).clear();
            driver.findElement(By.id("login:code")).sendKeys(CODES[0]);
            driver.findElement(By.id("login:pin")).sendKeys(wrongPin);
            submit(driver, By.id("login:logIn"));
            assertTrue(messages(driver).contains("Code PIN erroné pour l'observateur " + CODES[0]
                    + ". Il vous reste 4 essai(s)"), messages(driver));

            driver.findElement(By.id("login:code")).clear();
            driver.findElement(By.id("login:code")).sendKeys(CODES[0]);
            driver.findElement(By.id("login:pin")).clear();
            driver.findElement(By.id("login:pin")).sendKeys(pin.substring(0, 3) + " " + pin.substring(3));
            submit(driver, By.id("login:logIn"));
            Browser.waitForTitle(driver, "Mes formulaires");
            assertTrue(driver.getPageSource().contains("Bureau de vote : " + station), "station on the home page");

            fillChecklist(driver);
            sendPhotos(driver);

            // The observer session reaches no staff page: the platform redirects to the staff login.
            driver.get(base().resolve("eva/queue.xhtml").toString());
            new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> d.getCurrentUrl().contains("/login.xhtml"));
        } finally {
            driver.quit();
        }

        assertEquals(1, count("SELECT COUNT(*) FROM audit_entry WHERE action = 'OBSERVER_PIN_SENT' AND actor = '"
                + CODES[0] + "'"));
        assertEquals(1, count("SELECT COUNT(*) FROM audit_entry WHERE action = 'OBSERVER_LOGIN_FAILED' AND actor = '"
                + CODES[0] + "'"));
        assertEquals(1, count("SELECT COUNT(*) FROM audit_entry WHERE action = 'OBSERVER_LOGGED_IN' AND actor = '"
                + CODES[0] + "'"));
        assertEquals(1, count("SELECT attempts FROM observer_pin p JOIN observer o ON o.id = p.observer_id"
                + " WHERE o.code = '" + CODES[0] + "'"));
        assertEquals(1, count("SELECT COUNT(*) FROM observer_pin p JOIN observer o ON o.id = p.observer_id"
                + " WHERE o.code = '" + CODES[0] + "' AND p.used_at IS NOT NULL AND p.pin_hash NOT REGEXP '^[0-9]{6}$'"));
    }

    private void fillChecklist(WebDriver driver) throws Exception {
        submit(driver, By.cssSelector("a[data-form='DVT']"));
        Browser.waitForTitle(driver, "DVT : Déroulement du vote");
        choose(driver, "A", "1");
        choose(driver, "B", "1");
        choose(driver, "C", "2");
        driver.findElement(By.cssSelector("[data-code='D']")).sendKeys("1200");
        choose(driver, "H", "3");
        submit(driver, By.id("answers:send"));
        assertTrue(messages(driver).contains("« Électeurs refoulés » (D) : la valeur 1200 est hors limites (de 0 à"
                + " 999). Corrigez ce champ."), messages(driver));
        assertEquals(0, count("SELECT COUNT(*) FROM submission WHERE form_code = 'DVT'"));

        driver.findElement(By.cssSelector("[data-code='D']")).clear();
        driver.findElement(By.cssSelector("[data-code='D']")).sendKeys("12a");
        submit(driver, By.id("answers:send"));
        assertTrue(messages(driver).contains("« Électeurs refoulés » (D) : « 12a » n'est pas un nombre."),
                messages(driver));

        driver.findElement(By.cssSelector("[data-code='D']")).clear();
        driver.findElement(By.cssSelector("[data-code='D']")).sendKeys("12");
        driver.findElement(By.id("answers:comment")).sendKeys("File d'attente calme");
        submit(driver, By.id("answers:send"));
        assertTrue(messages(driver).contains("Formulaire DVT enregistré (version 1, bureau " + station + ")"),
                messages(driver));
        // Kept for a person to look at the page as a 360-pixel-wide phone shows it.
        Files.write(Path.of(System.getProperty("micro.dir"), "observer-form-360.png"),
                ((ChromeDriver) driver).getScreenshotAs(OutputType.BYTES));

        assertEquals("WEB", text("SELECT v.channel FROM submission_version v JOIN submission s"
                + " ON s.id = v.submission_id WHERE s.form_code = 'DVT'"));
        assertEquals(CODES[0], text("SELECT v.author FROM submission_version v JOIN submission s"
                + " ON s.id = v.submission_id WHERE s.form_code = 'DVT'"));
        assertEquals("A1 B1 C2 D12 H3", text("SELECT v.answers FROM submission_version v JOIN submission s"
                + " ON s.id = v.submission_id WHERE s.form_code = 'DVT'"));
        assertEquals(station, text("SELECT station_code FROM submission WHERE form_code = 'DVT'"));
        assertEquals("File d'attente calme", text("SELECT comment FROM submission WHERE form_code = 'DVT'"));
        assertEquals("", text("SELECT flags FROM submission WHERE form_code = 'DVT'"));
        submit(driver, By.id("home"));
        Browser.waitForTitle(driver, "Mes formulaires");
    }

    private void sendPhotos(WebDriver driver) throws Exception {
        photoPng = resultSheetPng();
        Path png = Files.createTempFile("pv-", ".png");
        Files.write(png, photoPng);

        // No result sheet yet: the photo has nothing to go with.
        upload(driver, png);
        assertTrue(messages(driver).contains("Aucun résultat (formulaire RES) de l'observateur " + CODES[0]),
                messages(driver));

        long results = send(PHONES[0], "RES " + CODES[0] + " " + sheet(0));
        awaitIntake(results);

        Path notImage = Files.createTempFile("pv-", ".jpg");
        Files.writeString(notImage, "Ceci n'est pas une photo");
        upload(driver, notImage);
        assertTrue(messages(driver).contains("n'est ni une image JPEG ni une image PNG"), messages(driver));
        assertEquals(0, count("SELECT COUNT(*) FROM submission_attachment"));

        upload(driver, png);
        assertTrue(messages(driver).contains("Photo « " + png.getFileName() + " » enregistrée"), messages(driver));
        assertEquals(sha256(photoPng), text("SELECT a.sha256 FROM submission_attachment a"));
        assertEquals("image/png", text("SELECT media_type FROM submission_attachment"));
        assertEquals(station, text("SELECT station_code FROM submission_attachment"));
        assertEquals(CODES[0], text("SELECT o.code FROM submission_attachment a JOIN observer o ON o.id = a.observer_id"));
        assertEquals("RES", text("SELECT s.form_code FROM submission_attachment a JOIN submission s"
                + " ON s.id = a.submission_id"));
        assertEquals(1, count("SELECT COUNT(*) FROM verification_item WHERE kind = 'PHOTO_TO_READ' AND status = 'OPEN'"));
        assertEquals(1, count("SELECT COUNT(*) FROM audit_entry WHERE action = 'OBSERVER_PHOTO_UPLOADED'"));
    }

    @Test
    @Order(3)
    void evaReadsPhotoAndSettlesDifference() throws Exception {
        WebSession eva = new WebSession(base());
        assertEquals(302, eva.login("eva", "Demo-IT-2026").statusCode());
        long toRead = count("SELECT id FROM verification_item WHERE kind = 'PHOTO_TO_READ'");
        long submission = count("SELECT submission_id FROM verification_item WHERE id = " + toRead);
        long photoId = count("SELECT id FROM submission_attachment");

        HttpResponse<String> page = eva.get("eva/queue.xhtml?item=" + toRead);
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("Photo du PV à lire"), page.body());
        assertTrue(page.body().contains("api/submissions/" + submission + "/photos/" + photoId), page.body());
        HttpResponse<byte[]> image = eva.getBytes("api/submissions/" + submission + "/photos/" + photoId);
        assertEquals(200, image.statusCode());
        assertTrue(image.headers().firstValue("Content-Type").orElse("").startsWith("image/png"));
        assertArrayEquals(photoPng, image.body());

        // The EVA reads other yes and no figures on the photo than the observer sent by SMS.
        int[] sms = figures(0);
        int photoYes = sms[4] - 5;
        int photoNo = sms[5] + 5;
        String read = "A" + sms[0] + " B" + sms[1] + " C" + sms[2] + " D" + sms[3] + " E" + photoYes + " F" + photoNo;
        HttpResponse<String> compared = eva.submit("eva/queue.xhtml?item=" + toRead, "decision", "comparePhoto",
                Map.of("photoFigures", read, "values", "", "reason", ""));
        assertTrue(compared.body().contains("Différences photo/enregistré : E " + photoYes + "/" + sms[4] + ", F "
                + photoNo + "/" + sms[5]), compared.body());
        assertEquals("ACCEPTED", text("SELECT status FROM verification_item WHERE id = " + toRead));
        assertEquals("eva", text("SELECT decided_by FROM verification_item WHERE id = " + toRead));
        long mismatch = count("SELECT id FROM verification_item WHERE kind = 'PHOTO_MISMATCH' AND status = 'OPEN'");

        HttpResponse<String> queue = eva.get("eva/queue.xhtml");
        assertTrue(queue.body().contains("Photo du PV différente : 1"), queue.body());

        HttpResponse<String> corrected = eva.submit("eva/queue.xhtml?item=" + mismatch, "decision", "correct",
                Map.of("values", "E" + photoYes + " F" + photoNo, "reason", "Photo du PV lue, observatrice rappelée",
                        "photoFigures", ""));
        assertTrue(corrected.body().contains("corrigé : une nouvelle version est enregistrée"), corrected.body());
        assertEquals("CORRECTED", text("SELECT status FROM verification_item WHERE id = " + mismatch));
        assertEquals(String.valueOf(photoYes), text("SELECT value FROM submission_field WHERE submission_id = "
                + submission + " AND question_code = 'E'"));
        assertEquals("EVA_CORRECTION", text("SELECT channel FROM submission_version WHERE submission_id = "
                + submission + " ORDER BY number DESC LIMIT 1"));
        assertEquals(0, count("SELECT COUNT(*) FROM verification_item WHERE status = 'OPEN'"));

        // A staff session does not reach the observers' pages.
        HttpResponse<String> observerPage = eva.get("observer/index.xhtml");
        assertEquals(302, observerPage.statusCode());
        assertTrue(observerPage.headers().firstValue("Location").orElse("").endsWith("/observer/login.xhtml"));
    }

    @Test
    @Order(4)
    void secondObserverReportsThroughApi() throws Exception {
        WebSession api = new WebSession(base());
        HttpResponse<String> anonymous = api.post("api/observer/submissions", json("{\"form\": \"DVT\"}"),
                "application/json");
        assertEquals(401, anonymous.statusCode());

        int submitsBefore = SMSC.submits().size();
        HttpResponse<String> requested = api.post("api/observer/pin", json("{\"code\": \"" + CODES[1] + "\"}"),
                "application/json");
        assertEquals(202, requested.statusCode(), requested.body());
        String pin = awaitPin(PHONES[1], submitsBefore);
        HttpResponse<String> tooSoon = api.post("api/observer/pin", json("{\"code\": \"" + CODES[1] + "\"}"),
                "application/json");
        assertEquals(422, tooSoon.statusCode());
        assertTrue(tooSoon.body().contains("Trop de demandes de code PIN pour l'observateur " + CODES[1]),
                tooSoon.body());

        HttpResponse<String> retired = api.post("api/observer/pin", json("{\"code\": \"" + retiredCode + "\"}"),
                "application/json");
        assertEquals(422, retired.statusCode());
        assertTrue(retired.body().contains("L'observateur " + retiredCode + " est retiré du registre"), retired.body());

        HttpResponse<String> loggedIn = api.post("api/observer/login",
                json("{\"code\": \"" + CODES[1] + "\", \"pin\": \"" + pin + "\"}"), "application/json");
        assertEquals(200, loggedIn.statusCode(), loggedIn.body());
        assertTrue(loggedIn.body().contains("\"station\":\"" + station + "\""), loggedIn.body());
        HttpResponse<String> reused = new WebSession(base()).post("api/observer/login",
                json("{\"code\": \"" + CODES[1] + "\", \"pin\": \"" + pin + "\"}"), "application/json");
        assertEquals(401, reused.statusCode());
        assertTrue(reused.body().contains("Aucun code PIN valable"), reused.body());

        HttpResponse<String> refused = api.post("api/observer/submissions",
                json("{\"form\": \"DVT\", \"answers\": {\"A\": \"1\", \"H\": \"7\"}}"), "application/json");
        assertEquals(422, refused.statusCode());
        assertTrue(refused.body().contains("\"kind\":\"INVALID_CHOICE\""), refused.body());
        assertTrue(refused.body().contains("(H) : la valeur 7 n'est pas un choix possible (1 = Très bien, 2 = Bien,"),
                refused.body());
        HttpResponse<String> stored = api.post("api/observer/submissions",
                json("{\"form\": \"DVT\", \"answers\": {\"A\": \"1\", \"B\": \"2\", \"C\": \"1\", \"H\": \"2\"}}"),
                "application/json");
        assertEquals(201, stored.statusCode(), stored.body());
        assertEquals(1, count("SELECT COUNT(*) FROM submission_version v JOIN submission s ON s.id = v.submission_id"
                + " WHERE s.observer_code = '" + CODES[1] + "' AND v.channel = 'WEB' AND v.answers = 'A1 B2 C1 H2'"));
        // The two observers of the station disagree on B: the conflict check runs for the web as for SMS.
        assertEquals(1, count("SELECT COUNT(*) FROM verification_item WHERE kind = 'CONFLICT' AND question_code = 'B'"
                + " AND status = 'OPEN'"));

        // Staff Basic credentials do not open the observers' API.
        HttpResponse<String> staff = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        base().resolve("api/observer/forms"))
                        .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
                                "admin:Admin-IT-2026".getBytes(StandardCharsets.UTF_8)))
                        .GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(401, staff.statusCode());

        HttpResponse<String> openApi = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + deploymentUrl.getPort() + "/openapi")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, openApi.statusCode());
        assertTrue(openApi.body().contains("/api/observer/submissions"), openApi.body());
        assertTrue(openApi.body().contains("/api/observer/login"), openApi.body());
        assertTrue(openApi.body().contains("observerSession"), openApi.body());
    }

    /** Clicks a button that posts its form, and waits until the response replaced the page. */
    private static void submit(WebDriver driver, By button) {
        WebElement element = driver.findElement(button);
        element.click();
        new WebDriverWait(driver, Duration.ofSeconds(60)).until(loaded -> {
            try {
                element.isEnabled();
                return false;
            } catch (StaleElementReferenceException e) {
                return true;
            } catch (WebDriverException e) {
                // Chromium reports a node of the old page this way while it replaces the document.
                return e.getMessage() != null && e.getMessage().contains("does not belong to the document");
            }
        });
    }

    private static void choose(WebDriver driver, String code, String value) {
        new Select(driver.findElement(By.cssSelector("select[data-code='" + code + "']"))).selectByValue(value);
    }

    private static void upload(WebDriver driver, Path file) {
        driver.findElement(By.id("photo:file")).sendKeys(file.toAbsolutePath().toString());
        submit(driver, By.id("photo:upload"));
    }

    private static String messages(WebDriver driver) {
        return driver.findElements(By.id("messages")).stream()
                .map(element -> element.getText())
                .findFirst()
                .orElse("");
    }

    /** Waits for the PIN SMS to a phone and returns the PIN. */
    private static String awaitPin(String phone, int submitsBefore) throws Exception {
        for (int i = 0; i < 120; i++) {
            for (TestSmsc.Submit submit : SMSC.submits().subList(submitsBefore, SMSC.submits().size())) {
                String text = new String(submit.shortMessage(), StandardCharsets.ISO_8859_1);
                Matcher pin = PIN.matcher(text);
                if (submit.destination().endsWith(phone.substring(3)) && pin.find()) {
                    assertEquals(0, submit.dataCoding(), "the PIN SMS left GSM-7: " + text);
                    return pin.group(1);
                }
            }
            TimeUnit.MILLISECONDS.sleep(500);
        }
        throw new AssertionError("No PIN SMS to " + phone);
    }

    private static long send(String sender, String text) throws Exception {
        return Sms.deliverAndFindStored(SMSC, sender, text);
    }

    private static void awaitIntake(long inboundId) throws Exception {
        for (int i = 0; i < 120; i++) {
            if ("STORED".equals(text("SELECT COALESCE(intake_status, '') FROM sms_inbound WHERE id = " + inboundId))) {
                return;
            }
            TimeUnit.MILLISECONDS.sleep(500);
        }
        throw new AssertionError("Inbound SMS " + inboundId + " not stored as a submission");
    }

    /** Returns figures of a result sheet that add up: registered, voters, null, valid, yes, no. */
    private static int[] figures(int shift) {
        int voters = registered / 2;
        int nullBallots = voters / 10;
        int valid = voters - nullBallots;
        int yes = valid * 6 / 10 + shift;
        return new int[] {registered, voters, nullBallots, valid, yes, valid - yes};
    }

    private static String sheet(int shift) {
        int[] f = figures(shift);
        return "A" + f[0] + " B" + f[1] + " C" + f[2] + " D" + f[3] + " E" + f[4] + " F" + f[5];
    }

    /** Draws a small picture standing for a photographed result sheet and returns it as PNG. */
    private static byte[] resultSheetPng() throws Exception {
        BufferedImage image = new BufferedImage(480, 640, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(Color.WHITE);
        graphics.fillRect(0, 0, 480, 640);
        graphics.setColor(Color.DARK_GRAY);
        for (int row = 0; row < 12; row++) {
            graphics.drawLine(40, 80 + row * 40, 440, 80 + row * 40);
            graphics.fillRect(300, 88 + row * 40, 20 + (row * 37) % 100, 20);
        }
        graphics.dispose();
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        assertTrue(ImageIO.write(image, "png", png));
        return png.toByteArray();
    }

    private static String sha256(byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }

    private static byte[] json(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private void awaitElectionAndStation() throws Exception {
        electionId = awaitOngoingElection(0);
        try (Connection db = connect(); PreparedStatement query = db.prepareStatement(
                "SELECT s.code, s.registered_voters FROM polling_station s JOIN election e"
                        + " ON e.map_version_id = s.map_version_id WHERE e.id = ? AND NOT s.retired"
                        + " AND s.security_status <> 'INACCESSIBLE' AND s.registered_voters BETWEEN 200 AND 900"
                        + " ORDER BY s.id LIMIT 1")) {
            query.setLong(1, electionId);
            try (ResultSet row = query.executeQuery()) {
                assertTrue(row.next(), "no station in the generated frame");
                station = row.getString(1);
                registered = row.getInt(2);
            }
        }
        assertNotEquals(null, station);
    }

    private static String commune() throws Exception {
        return text("SELECT u.code FROM polling_station s JOIN admin_unit u ON u.id = s.commune_id"
                + " WHERE s.code = '" + station + "' ORDER BY s.id LIMIT 1");
    }

    private URI base() {
        return URI.create("http://127.0.0.1:" + deploymentUrl.getPort() + "/observation/");
    }

    @Test
    @Order(5)
    void formListsProblemsThenMissing() throws Exception {
        String code = deployThirdObserver();
        ChromeDriver driver = Browser.start();
        try {
            driver.manage().window().setSize(new Dimension(360, 740));
            logInOnPhone(driver, code, THIRD_PHONE);
            submit(driver, By.cssSelector("a[data-form='ARV']"));
            Browser.waitForTitle(driver, "ARV : Arrivée et ouverture");

            // Four wrong answers and two required questions (F, G) left empty.
            type(driver, "A", "25");
            choose(driver, "B", "1");
            type(driver, "C", "7h");
            type(driver, "D", "99");
            type(driver, "H", "15");
            submit(driver, By.id("answers:send"));
            String rejected = messages(driver);
            String[] expected = {
                "Formulaire refusé, rien n'a été enregistré : 4 problèmes à corriger.",
                "« Heure d'arrivée au bureau de vote » (A) : la valeur 25 est hors limites (de 0 à 23).",
                "« Heure d'ouverture » (C) : « 7h » n'est pas un nombre. Saisissez un nombre entier de 0 à 23",
                "« Membres du bureau présents » (D) : la valeur 99 est hors limites (de 0 à 15).",
                "« Présents à l'ouverture » (H) : la valeur 15 n'est pas un choix possible (1 = Délégués du OUI,"
                        + " 2 = Délégués du NON, 3 = Autres observateurs, 4 = Forces de l'ordre)."};
            int previous = -1;
            for (String line : expected) {
                int at = rejected.indexOf(line);
                assertTrue(at > previous, "missing or out of order: " + line + "\n" + rejected);
                previous = at;
            }
            assertEquals(5, driver.findElements(By.cssSelector("#messages li.error")).size(), rejected);
            assertEquals(0, count("SELECT COUNT(*) FROM submission WHERE observer_code = '" + code + "'"));
            Files.write(Path.of(System.getProperty("micro.dir"), "observer-form-errors-360.png"),
                    driver.getScreenshotAs(OutputType.BYTES));

            type(driver, "A", "7");
            type(driver, "C", "7");
            type(driver, "D", "5");
            type(driver, "H", "13");
            submit(driver, By.id("answers:send"));
            String incomplete = messages(driver);
            assertTrue(incomplete.contains("Formulaire ARV enregistré (version 1, bureau " + station + ")"), incomplete);
            assertTrue(incomplete.contains("Liste de contrôle ARV incomplète pour le bureau " + station
                    + ". Questions obligatoires encore sans réponse : « Urne montrée vide avant le vote ? » (F),"
                    + " « Matériel complet (bulletins, encre, isoloir, liste) ? » (G). La liste reste incomplète"
                    + " tant que vous n'avez pas envoyé ces réponses, ici ou par SMS."), incomplete);
            assertTrue(driver.findElement(By.cssSelector("#messages li.warn")).getText().contains("incomplète"));
            assertEquals("A7 B1 C7 D5 H13", text("SELECT v.answers FROM submission_version v JOIN submission s"
                    + " ON s.id = v.submission_id WHERE s.observer_code = '" + code + "' AND s.form_code = 'ARV'"));
            assertTrue(text("SELECT flags FROM submission WHERE observer_code = '" + code + "' AND form_code = 'ARV'")
                    .contains("INCOMPLETE"));

            choose(driver, "F", "1");
            choose(driver, "G", "2");
            submit(driver, By.id("answers:send"));
            String complete = messages(driver);
            assertTrue(complete.contains("Formulaire ARV enregistré (version 2, bureau " + station + ")"), complete);
            assertTrue(complete.contains("Liste de contrôle ARV complète pour le bureau " + station
                    + " : toutes les questions obligatoires ont une réponse."), complete);
            assertEquals(0, driver.findElements(By.cssSelector("#messages li.warn")).size(), complete);
            assertEquals("", text("SELECT flags FROM submission WHERE observer_code = '" + code
                    + "' AND form_code = 'ARV'"));

            thirdObserverSession = driver.manage().getCookieNamed("JSESSIONID").getValue();
        } finally {
            driver.quit();
        }
    }

    @Test
    @Order(6)
    void apiListsProblemsAndMissingInEnglish() throws Exception {
        HttpResponse<String> rejected = postAsThirdObserver(
                "{\"form\": \"FDP\", \"answers\": {\"A\": \"25\", \"C\": \"3\", \"H\": \"7\", \"F\": \"yes\"}}");
        assertEquals(422, rejected.statusCode(), rejected.body());
        String body = rejected.body();
        String[] expected = {
            "Form rejected, nothing was stored: 4 problems to correct.",
            "(A): the value 25 is out of range (0 to 23).",
            "(C): the value 3 is not one of the choices (1 = Yes, 2 = No).",
            "(F): the value yes is not one of the choices (1 = Yes, 2 = No).",
            "Code \\\"H\\\" (value \\\"7\\\") is not a question of form FDP. Possible codes: A B C D E F G."};
        int previous = -1;
        for (String line : expected) {
            int at = body.indexOf(line);
            assertTrue(at > previous, "missing or out of order: " + line + "\n" + body);
            previous = at;
        }
        assertTrue(body.contains("\"kind\":\"NOT_DIGITS\",\"question\":\"F\",\"value\":\"yes\""), body);
        assertEquals(0, count("SELECT COUNT(*) FROM submission WHERE form_code = 'FDP'"));

        HttpResponse<String> incomplete = postAsThirdObserver(
                "{\"form\": \"FDP\", \"answers\": {\"A\": \"20\", \"C\": \"1\"}}");
        assertEquals(201, incomplete.statusCode(), incomplete.body());
        assertTrue(incomplete.body().contains("\"complete\":false"), incomplete.body());
        assertTrue(incomplete.body().contains("\"missing\":[{\"question\":\"D\",\"label\":\"Ballots read aloud?\"},"
                + "{\"question\":\"F\",\"label\":\"Result sheet posted at the station?\"}]"), incomplete.body());
        assertTrue(incomplete.body().contains("Checklist FDP is incomplete for station " + station
                + ". Required questions still unanswered:"), incomplete.body());
        assertTrue(incomplete.body().contains("(D), \\\"Result sheet posted at the station?\\\" (F). The checklist"
                + " stays incomplete until you send these answers"), incomplete.body());

        HttpResponse<String> complete = postAsThirdObserver(
                "{\"form\": \"FDP\", \"answers\": {\"D\": \"1\", \"F\": \"1\"}}");
        assertEquals(201, complete.statusCode(), complete.body());
        assertTrue(complete.body().contains("\"complete\":true"), complete.body());
        assertTrue(complete.body().contains("\"missing\":[]"), complete.body());
        assertTrue(complete.body().contains("Checklist FDP is complete for station " + station
                + ": every required question has an answer."), complete.body());
        assertEquals("A20 C1 D1 F1", text("SELECT GROUP_CONCAT(CONCAT(f.question_code, f.value)"
                + " ORDER BY f.question_code SEPARATOR ' ') FROM submission_field f JOIN submission s"
                + " ON s.id = f.submission_id WHERE s.form_code = 'FDP'"));
    }

    /** Imports a third observer, deploys them to the test station and has the secretariat verify their phone. */
    private String deployThirdObserver() throws Exception {
        WebSession admin = new WebSession(base());
        assertEquals(302, admin.login("admin", "Admin-IT-2026").statusCode());
        String csv = "nom;prenom;sexe;annee_de_naissance;organisation;categorie;code_commune;langues;nina;"
                + "telephones;statut\n"
                + "Web (fictif);Aminata;F;1994;AJCAD;OCT;" + commune() + ";bambara, français;WEBIT0004;+" + THIRD_PHONE
                + ";actif\n";
        HttpResponse<String> imported = admin.post("api/observers/import?name=observer-web-it-3.csv",
                csv.getBytes(StandardCharsets.UTF_8), "text/csv; charset=UTF-8");
        assertEquals(200, imported.statusCode(), imported.body());
        String code = text("SELECT code FROM observer WHERE national_id = 'WEBIT0004'");
        HttpResponse<String> assigned = admin.postForm("api/deployment/" + electionId + "/assign",
                "observer=" + code + "&kind=POLLING_STATION&place=" + station);
        assertEquals(200, assigned.statusCode(), assigned.body());

        WebSession secretariat = new WebSession(base());
        assertEquals(302, secretariat.login("secretariat", "Demo-IT-2026").statusCode());
        HttpResponse<String> verified = secretariat.submit("observers/detail.xhtml?code=" + code, "observer",
                "phones:0:verify", Map.of());
        assertEquals(200, verified.statusCode(), verified.body());
        return code;
    }

    /** Logs an observer in on the phone-sized browser with the PIN that the test SMSC receives. */
    private void logInOnPhone(ChromeDriver driver, String code, String phone) throws Exception {
        driver.get(base().resolve("observer/index.xhtml").toString());
        Browser.waitForTitle(driver, "Connexion des observateurs");
        int submitsBefore = SMSC.submits().size();
        driver.findElement(By.id("login:code")).sendKeys(code);
        submit(driver, By.id("login:requestPin"));
        String pin = awaitPin(phone, submitsBefore);
        driver.findElement(By.id("login:code")).clear();
        driver.findElement(By.id("login:code")).sendKeys(code);
        driver.findElement(By.id("login:pin")).sendKeys(pin);
        submit(driver, By.id("login:logIn"));
        Browser.waitForTitle(driver, "Mes formulaires");
    }

    private static void type(WebDriver driver, String code, String value) {
        WebElement field = driver.findElement(By.cssSelector("input[data-code='" + code + "']"));
        field.clear();
        field.sendKeys(value);
    }

    /** Posts a submission in the third observer's browser session, asking for English. */
    private HttpResponse<String> postAsThirdObserver(String json) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(base().resolve("api/observer/submissions"))
                        .header("Cookie", "JSESSIONID=" + thirdObserverSession)
                        .header("Accept-Language", "en")
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
