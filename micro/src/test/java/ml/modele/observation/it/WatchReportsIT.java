package ml.modele.observation.it;

import static ml.modele.observation.it.DeploymentIT.run;
import static ml.modele.observation.it.ItDatabase.count;
import static ml.modele.observation.it.ItDatabase.text;
import static ml.modele.observation.it.ItDatabase.update;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import javax.imageio.ImageIO;

import jakarta.json.Json;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Long-term observers' periodic reports, the weekly report of the citizen watch cell and the
 * deployment lists per cercle, on Payara Micro with the embedded MariaDB and the demonstration
 * observers. The data manager files two reports over REST, and the platform rejects bad dates, a
 * short-term observer, a duplicate and a file that is not a PDF or an image. The analyst writes
 * the week's notes. Both PDFs are read back with pdftotext, in French and English, with and
 * without the right to see phone numbers. The press officer publishes the week as a communiqué
 * that a second person approves. Last, a regional coordinator files a report with a PDF
 * attachment on the screen in headless Chromium. The methods run in order on the same data.
 */
@ExtendWith({OwnDatabase.class, ArquillianExtension.class})
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WatchReportsIT {

    private static final String DEMO_PASSWORD = "Demo-IT-2026";
    private static final Pattern ID = Pattern.compile("\"id\":(\\d+)");
    private static final Pattern PHONE = Pattern.compile("\\+223\\d{8}");

    /** Texts with the accents and apostrophes that a French report carries. */
    private static final String POLITICAL = "Campagne du « oui » très visible à Ségou ; l'opposition dénonce l'accès inégal aux médias.";
    private static final String SECURITY = "Patrouilles renforcées à Niono après des tensions entre militants.";
    private static final String MEDIA = "La radio rurale de Tombouctou diffuse les messages de l'AIGE en songhaï.";
    private static final String NOTE = "Semaine calme dans l'ensemble ; vigilance requise à Niono où les forces de sécurité sont déployées.";

    private static long election;
    private static String firstObserver;
    private static String secondObserver;
    private static long firstReport;

    @ArquillianResource
    private URL deploymentUrl;

    private URI base;

    @BeforeEach
    void loopbackAddresses() throws Exception {
        base = URI.create("http://127.0.0.1:" + deploymentUrl.getPort() + "/observation/");
        if (firstObserver == null) {
            waitForDemoObservers();
            election = count("SELECT MIN(id) FROM election");
            firstObserver = text("SELECT code FROM observer WHERE category = 'LONG_TERM' AND region_code = 'ML04'"
                    + " ORDER BY code LIMIT 1");
            secondObserver = text("SELECT code FROM observer WHERE category = 'LONG_TERM' AND region_code = 'ML06'"
                    + " ORDER BY code LIMIT 1");
        }
    }

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ShrinkWrap.createFromZipFile(WebArchive.class,
                new File(System.getProperty("micro.dir"), "observation.war"));
    }

    @Test
    @Order(1)
    void dataManagerFilesTwoReports() throws Exception {
        WebSession eva = login("eva");

        HttpResponse<String> first = form(eva, "api/periodic-reports/" + election, Map.of("observer", firstObserver,
                "from", "2023-05-29", "to", "2023-06-11", "section.A", POLITICAL, "section.C", SECURITY));
        HttpResponse<String> second = form(eva, "api/periodic-reports/" + election, Map.of("observer", secondObserver,
                "from", "2023-06-05", "to", "2023-06-18", "section.A", "Peu de réunions publiques à Goundam.",
                "section.F", MEDIA));
        HttpResponse<String> outside = form(eva, "api/periodic-reports/" + election, Map.of("observer", firstObserver,
                "from", "2023-05-01", "to", "2023-05-14", "section.A", "Période hors de la semaine étudiée."));

        assertEquals(200, first.statusCode(), first.body());
        assertEquals(200, second.statusCode(), second.body());
        assertEquals(200, outside.statusCode(), outside.body());
        assertTrue(first.body().contains(POLITICAL), first.body());
        firstReport = id(first.body());
        assertEquals(3, count("SELECT COUNT(*) FROM periodic_report WHERE election_id = " + election));
        assertEquals(firstObserver, text("SELECT s.observer_code FROM periodic_report r JOIN submission s"
                + " ON s.id = r.submission_id WHERE r.id = " + firstReport));
        assertEquals("PERIODIC_REPORT", text("SELECT s.form_kind FROM periodic_report r JOIN submission s"
                + " ON s.id = r.submission_id WHERE r.id = " + firstReport));
        assertEquals("ML04", text("SELECT region_code FROM periodic_report WHERE id = " + firstReport));
        assertEquals(SECURITY, text("SELECT t.text FROM periodic_report_text t JOIN submission_version v"
                + " ON v.id = t.version_id JOIN periodic_report r ON r.submission_id = v.submission_id"
                + " WHERE r.id = " + firstReport + " AND t.question_code = 'C'"));
        assertEquals(3, count("SELECT COUNT(*) FROM audit_entry WHERE action = 'PERIODIC_REPORT_FILED'"
                + " AND actor = 'eva'"));
    }

    @Test
    @Order(2)
    void badRequestsAreRejectedWithTheirValue() throws Exception {
        WebSession eva = login("eva");
        String shortTerm = text("SELECT code FROM observer WHERE category = 'SHORT_TERM' ORDER BY code LIMIT 1");
        long before = count("SELECT COUNT(*) FROM submission");

        HttpResponse<String> duplicate = form(eva, "api/periodic-reports/" + election, Map.of("observer",
                firstObserver, "from", "2023-05-29", "to", "2023-06-11", "section.A", "Encore."));
        HttpResponse<String> reversed = form(eva, "api/periodic-reports/" + election, Map.of("observer",
                firstObserver, "from", "2023-06-20", "to", "2023-06-10", "section.A", "Texte."));
        HttpResponse<String> oct = form(eva, "api/periodic-reports/" + election, Map.of("observer", shortTerm,
                "from", "2023-06-05", "to", "2023-06-18", "section.A", "Texte."));
        HttpResponse<String> missing = form(eva, "api/periodic-reports/" + election, Map.of("observer",
                secondObserver, "from", "2023-06-19", "to", "2023-07-02", "section.B", "Révision des listes."));
        HttpResponse<String> notPdf = eva.post("api/periodic-reports/" + election + "/" + firstReport
                + "/attachments?name=rapport.pdf", "Ceci n'est pas un PDF".getBytes(StandardCharsets.UTF_8),
                "application/pdf");

        assertEquals(422, duplicate.statusCode(), duplicate.body());
        assertTrue(duplicate.body().contains("a déjà un rapport pour la période du 2023-05-29 au 2023-06-11 (rapport n° "
                + firstReport + ")"), duplicate.body());
        assertEquals(422, reversed.statusCode(), reversed.body());
        assertTrue(reversed.body().contains("La période finit le 2023-06-10, avant son début le 2023-06-20"),
                reversed.body());
        assertEquals(422, oct.statusCode(), oct.body());
        assertTrue(oct.body().contains("L'observateur " + shortTerm + " est OCT"), oct.body());
        assertEquals(422, missing.statusCode(), missing.body());
        assertTrue(missing.body().contains("Le thème « Contexte politique » est obligatoire"), missing.body());
        assertEquals(422, notPdf.statusCode(), notPdf.body());
        assertTrue(notPdf.body().contains("Le fichier « rapport.pdf » n'est ni un PDF"), notPdf.body());
        assertEquals(before, count("SELECT COUNT(*) FROM submission"));
        assertEquals(0, count("SELECT COUNT(*) FROM submission_attachment"));
        assertEquals(403, form(login("presse"), "api/periodic-reports/" + election, Map.of("observer",
                firstObserver, "from", "2023-06-19", "to", "2023-07-02", "section.A", "Texte.")).statusCode());
    }

    @Test
    @Order(3)
    void attachmentAddsVersionWithItsSha256() throws Exception {
        WebSession eva = login("eva");
        byte[] png = png();

        HttpResponse<String> attached = eva.post("api/periodic-reports/" + election + "/" + firstReport
                + "/attachments?name=" + URLEncoder.encode("carte-Ségou.png", StandardCharsets.UTF_8), png, "image/png");

        assertEquals(200, attached.statusCode(), attached.body());
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(png));
        assertEquals(sha, text("SELECT sha256 FROM submission_attachment"));
        assertEquals("image/png", text("SELECT media_type FROM submission_attachment"));
        assertTrue(attached.body().contains("\"version\":2"), attached.body());
        assertTrue(attached.body().contains(sha), attached.body());
        long attachment = count("SELECT id FROM submission_attachment");
        HttpResponse<byte[]> download = eva.getBytes("api/periodic-reports/" + election + "/" + firstReport
                + "/attachments/" + attachment);
        assertEquals(200, download.statusCode());
        assertArrayEquals(png, download.body());
    }

    @Test
    @Order(4)
    void screensListAndShowReports() throws Exception {
        WebSession eva = login("eva");

        String list = eva.get("reports/periodic.xhtml").body();
        String view = eva.get("reports/periodic-view.xhtml?id=" + firstReport).body();

        for (String code : new String[] {firstObserver, secondObserver}) {
            String name = text("SELECT CONCAT(first_name, ' ', last_name) FROM observer WHERE code = '" + code + "'");
            assertTrue(list.contains(name + " (" + code + ")"), name + " in " + list);
        }
        assertTrue(list.contains("Contexte politique, Sécurité"), list);
        assertTrue(view.contains("Patrouilles renforcées à Niono"), view);
        assertTrue(view.contains("carte-Ségou.png"), view);
        String segou = login("coord.segou").get("api/periodic-reports/" + election).body();
        assertTrue(segou.contains("\"observer\":\"" + firstObserver + "\""), segou);
        assertFalse(segou.contains("\"observer\":\"" + secondObserver + "\""), segou);
        HttpResponse<String> otherRegion = form(login("coord.segou"), "api/periodic-reports/" + election,
                Map.of("observer", secondObserver, "from", "2023-06-19", "to", "2023-07-02", "section.A", "Texte."));
        assertEquals(422, otherRegion.statusCode(), otherRegion.body());
        assertTrue(otherRegion.body().contains("n'est ni domicilié ni déployé dans votre région (ML04)"),
                otherRegion.body());
    }

    @Test
    @Order(5)
    void weeklyReportGroupsThemesAndIncidents() throws Exception {
        WebSession analyst = login("analyste");
        insertIncident("2023-06-06 10:15:00", "1", "Urne emportée par des inconnus à Niono.");
        insertIncident("2023-06-20 09:00:00", "5", "Hors de la semaine.");

        HttpResponse<String> saved = form(analyst, "api/weekly-report/" + election + "/note",
                Map.of("from", "2023-06-05", "to", "2023-06-11", "text", NOTE));
        assertEquals(200, saved.statusCode(), saved.body());
        String french = pdfText(analyst, "api/weekly-report/" + election + "?from=2023-06-05&to=2023-06-11&lang=fr");
        String english = pdfText(analyst, "api/weekly-report/" + election + "?from=2023-06-05&to=2023-06-11&lang=en");

        assertTrue(french.contains("Rapport hebdomadaire de la cellule de veille citoyenne"), french);
        assertTrue(french.contains("Période du 5 juin 2023 au 11 juin 2023"), french);
        assertTrue(french.contains("2 rapport(s) d'OLT · 1 incident(s), dont 1 critique(s)"), french);
        assertTrue(oneLine(french).contains(NOTE), french);
        assertTrue(oneLine(french).contains(POLITICAL), french);
        assertTrue(oneLine(french).contains(SECURITY), french);
        assertTrue(oneLine(french).contains(MEDIA), french);
        assertTrue(french.contains("Sécurité"), french);
        assertTrue(french.contains("Médias"), french);
        assertTrue(french.contains("Urne emportée par des inconnus à Niono."), french);
        assertFalse(french.contains("Hors de la semaine"), french);
        assertFalse(french.contains("Période hors de la semaine étudiée"), french);
        assertTrue(french.contains("Données au"), french);
        assertTrue(french.contains("Page 1 sur"), french);
        assertTrue(english.contains("Weekly report of the citizen watch cell"), english);
        assertTrue(english.contains("Political context"), english);
        assertTrue(english.contains("2 long-term observer report(s) · 1 incident(s), 1 of them critical"), english);
        assertEquals(403, login("coord.segou").get("api/weekly-report/" + election
                + "?from=2023-06-05&to=2023-06-11").statusCode());
        assertEquals(200, analyst.get("reports/weekly.xhtml").statusCode());
    }

    @Test
    @Order(6)
    void weeklyReportIsPublishedAsCommunique() throws Exception {
        WebSession press = login("presse");
        HttpResponse<String> noWeek = form(press, "api/communiques/draft/" + election,
                Map.of("kind", "WEEKLY_REPORT"));
        HttpResponse<String> drafted = form(press, "api/communiques/draft/" + election,
                Map.of("kind", "WEEKLY_REPORT", "from", "2023-06-05", "to", "2023-06-11"));
        assertEquals(422, noWeek.statusCode(), noWeek.body());
        assertTrue(noWeek.body().contains("Indiquez la date de début et la date de fin de la période."),
                noWeek.body());
        assertEquals(200, drafted.statusCode(), drafted.body());
        long id = id(drafted.body());

        // The analyst rewrites the week's note after the draft: the draft keeps the note it froze.
        String later = "Note réécrite après la création du projet.";
        assertEquals(200, form(login("analyste"), "api/weekly-report/" + election + "/note",
                Map.of("from", "2023-06-05", "to", "2023-06-11", "text", later)).statusCode());
        String preview = oneLine(pdfText(press, "api/communiques/pdf/" + id + "?lang=fr"));
        assertTrue(preview.contains(NOTE), preview);
        assertFalse(preview.contains(later), preview);
        assertTrue(preview.contains("PROJET"), preview);

        assertEquals(403, press.post("api/communiques/approve/" + id, new byte[0],
                "application/x-www-form-urlencoded").statusCode());
        HttpResponse<String> approved = login("chef.mission").post("api/communiques/approve/" + id, new byte[0],
                "application/x-www-form-urlencoded");
        assertEquals(200, approved.statusCode(), approved.body());
        HttpResponse<String> published = press.post("api/communiques/publish/" + id, new byte[0],
                "application/x-www-form-urlencoded");
        assertEquals(200, published.statusCode(), published.body());

        HttpResponse<byte[]> download = press.getBytes("api/communiques/pdf/" + id + "?lang=fr");
        assertEquals(200, download.statusCode());
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(download.body()));
        assertEquals(sha, text("SELECT sha256 FROM communique_publication WHERE communique_id = " + id
                + " AND language = 'fr'"));
        String french = oneLine(pdfText(press, "api/communiques/pdf/" + id + "?lang=fr"));
        String english = oneLine(pdfText(press, "api/communiques/pdf/" + id + "?lang=en"));
        assertTrue(french.contains("Rapport hebdomadaire de la cellule de veille citoyenne"), french);
        assertTrue(french.contains("Période du 5 juin 2023 au 11 juin 2023"), french);
        assertTrue(french.contains(NOTE), french);
        assertTrue(french.contains(POLITICAL), french);
        assertTrue(french.contains(SECURITY), french);
        assertTrue(french.contains(MEDIA), french);
        assertTrue(french.contains("Urne emportée par des inconnus à Niono."), french);
        assertFalse(french.contains(later), french);
        assertFalse(french.contains("PROJET"), french);
        assertTrue(english.contains("Weekly report of the citizen watch cell"), english);
        assertTrue(english.contains(MEDIA), english);
        assertEquals(2, count("SELECT COUNT(*) FROM communique_publication WHERE communique_id = " + id));
        String log = press.get("api/communiques?election=" + election).body();
        assertTrue(log.contains("\"kind\":\"WEEKLY_REPORT\""), log);
        assertTrue(log.contains(sha), log);
        assertEquals(1, count("SELECT COUNT(*) FROM audit_entry WHERE action = 'COMMUNIQUE_PUBLISHED'"
                + " AND target_id = '" + id + "'"));
    }

    @Test
    @Order(7)
    void deploymentListShowsPhonesOnlyToSecretariat() throws Exception {
        WebSession secretariat = login("secretariat");
        String shortTerm = text("SELECT code FROM observer WHERE category = 'SHORT_TERM' AND EXISTS"
                + " (SELECT 1 FROM observer_phone p WHERE p.observer_id = observer.id) ORDER BY code LIMIT 1");
        String station = text("SELECT s.code FROM polling_station s JOIN admin_unit m ON m.id = s.commune_id"
                + " WHERE m.parent_code = 'ML0401' AND s.retired = FALSE AND s.security_status = 'ACCESSIBLE'"
                + " ORDER BY s.code LIMIT 1");
        HttpResponse<String> cercle = form(secretariat, "api/deployment/" + election + "/assign",
                Map.of("observer", firstObserver, "kind", "ADMIN_UNIT", "place", "ML0401"));
        HttpResponse<String> atStation = form(secretariat, "api/deployment/" + election + "/assign",
                Map.of("observer", shortTerm, "kind", "POLLING_STATION", "place", station));
        assertEquals(200, cercle.statusCode(), cercle.body());
        assertEquals(200, atStation.statusCode(), atStation.body());
        String phone = text("SELECT p.number FROM observer_phone p JOIN observer o ON o.id = p.observer_id"
                + " WHERE o.code = '" + shortTerm + "' ORDER BY p.verified DESC, p.position LIMIT 1");
        long stations = count("SELECT COUNT(*) FROM polling_station s JOIN admin_unit m ON m.id = s.commune_id"
                + " WHERE m.parent_code = 'ML0401' AND s.retired = FALSE");
        String cercleName = text("SELECT name FROM admin_unit WHERE code = 'ML0401' ORDER BY id DESC LIMIT 1");

        String withPhones = pdfText(secretariat, "api/deployment/" + election + "/list?lang=fr");
        String withoutPhones = pdfText(login("coord.technique"), "api/deployment/" + election + "/list?lang=fr");

        assertTrue(withPhones.contains("Listes de déploiement par cercle"), withPhones);
        assertTrue(withPhones.contains("Cercle : " + cercleName + " (région : Ségou)"), withPhones);
        assertTrue(withPhones.contains("2 observateur(s) · 1 bureau(x) couvert(s) sur " + french(stations)),
                withPhones);
        assertTrue(withPhones.contains(station), withPhones);
        assertTrue(withPhones.contains(phone), withPhones);
        assertTrue(withPhones.contains("Données au"), withPhones);
        assertTrue(withoutPhones.contains(station), withoutPhones);
        assertTrue(withoutPhones.contains(text("SELECT CONCAT(last_name, ' ', first_name) FROM observer WHERE code = '"
                + shortTerm + "'")), withoutPhones);
        assertFalse(PHONE.matcher(withoutPhones).find(), withoutPhones);
        assertFalse(withoutPhones.contains(phone.substring(4)), withoutPhones);
        assertTrue(withoutPhones.contains("Numéros de téléphone non imprimés"), withoutPhones);
        assertTrue(secretariat.get("observers/coverage.xhtml").body().contains("api/deployment/" + election + "/list"));
        assertEquals(403, login("analyste").get("api/deployment/" + election + "/list").statusCode());
    }

    @Test
    @Order(8)
    void regionalCoordinatorFilesReportOnScreen() throws Exception {
        HttpResponse<byte[]> weekly = login("analyste").getBytes("api/weekly-report/" + election
                + "?from=2023-06-05&to=2023-06-11");
        Path pdf = Files.createTempFile("rapport-olt-", ".pdf");
        Files.write(pdf, weekly.body());
        ChromeDriver browser = Browser.start();
        try {
            logIn(browser, "coord.segou");
            browser.get(base + "reports/periodic.xhtml");
            browser.findElement(By.id("fileForm:observer")).sendKeys(firstObserver);
            browser.findElement(By.id("fileForm:start")).sendKeys("19/06/2023");
            browser.findElement(By.id("fileForm:end")).sendKeys("02/07/2023");
            List<WebElement> areas = browser.findElements(By.cssSelector("textarea[id$=':text']"));
            assertEquals(6, areas.size());
            areas.get(0).sendKeys("Fin de campagne sereine à Ségou.");
            areas.get(4).sendKeys("Bureaux accessibles aux électeurs en fauteuil roulant à Markala.");
            browser.findElement(By.cssSelector("input[type='file']"))
                    .sendKeys(pdf.toAbsolutePath().toString());
            browser.findElement(By.id("fileForm:save")).click();

            new WebDriverWait(browser, Duration.ofSeconds(30)).until(driver -> driver.getPageSource()
                    .contains(firstObserver + " enregistré"));
            assertTrue(browser.getPageSource().contains("19/06/2023"), browser.getPageSource());
        } finally {
            browser.quit();
        }

        assertEquals("coord.segou", text("SELECT filed_by FROM periodic_report WHERE period_start = '2023-06-19'"));
        assertEquals("Bureaux accessibles aux électeurs en fauteuil roulant à Markala.",
                text("SELECT f.value FROM submission_field f JOIN periodic_report r ON r.submission_id = f.submission_id"
                        + " WHERE r.period_start = '2023-06-19' AND f.question_code = 'E'"));
        assertEquals("WEB", text("SELECT v.channel FROM submission_version v JOIN periodic_report r"
                + " ON r.submission_id = v.submission_id WHERE r.period_start = '2023-06-19'"));
        assertEquals("application/pdf", text("SELECT a.media_type FROM submission_attachment a JOIN periodic_report r"
                + " ON r.submission_id = a.submission_id WHERE r.period_start = '2023-06-19'"));
    }

    private void logIn(ChromeDriver browser, String username) {
        Browser.logIn(browser, base, username, DEMO_PASSWORD);
    }

    /** Stores an incident submission as the SMS intake would, with its version and category field. */
    private static void insertIncident(String createdAt, String category, String comment) throws Exception {
        String observer = text("SELECT CONCAT(id, ':', code) FROM observer WHERE category = 'SHORT_TERM'"
                + " ORDER BY code DESC LIMIT 1");
        String observerId = observer.substring(0, observer.indexOf(':'));
        String observerCode = observer.substring(observer.indexOf(':') + 1);
        update("INSERT INTO submission (election_id, form_code, form_kind, observer_id, observer_code, status, flags,"
                + " counted, comment, current_version, created_at, updated_at) VALUES (" + election + ", 'URG',"
                + " 'INCIDENT', " + observerId + ", '" + observerCode + "', 'ACTIVE', '', FALSE, '" + comment + "', 1, '"
                + createdAt + "', '" + createdAt + "')");
        long submission = count("SELECT MAX(id) FROM submission");
        update("INSERT INTO submission_version (submission_id, number, channel, author, created_at, answers)"
                + " VALUES (" + submission + ", 1, 'SMS', '" + observerCode + "', '" + createdAt + "', 'A" + category
                + "')");
        long version = count("SELECT MAX(id) FROM submission_version");
        update("INSERT INTO submission_field (submission_id, question_code, value, version_id) VALUES (" + submission
                + ", 'A', '" + category + "', " + version + ")");
    }

    private String pdfText(WebSession session, String path) throws Exception {
        HttpResponse<byte[]> response = session.getBytes(path);
        assertEquals(200, response.statusCode(), new String(response.body(), StandardCharsets.UTF_8));
        assertEquals("%PDF", new String(response.body(), 0, 4, StandardCharsets.US_ASCII));
        Path pdf = Files.createTempFile("watch-", ".pdf");
        Files.write(pdf, response.body());
        return run("pdftotext", "-layout", pdf.toString(), "-").replace('\u00A0', ' ');
    }

    /** Joins the lines of a wrapped paragraph, as pdftotext breaks long texts. */
    private static String oneLine(String text) {
        return text.replaceAll("\\s+", " ");
    }

    private static String french(long value) {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.FRENCH);
        symbols.setGroupingSeparator(' ');
        return new DecimalFormat("#,##0", symbols).format(value);
    }

    private static byte[] png() throws Exception {
        BufferedImage image = new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB);
        image.setRGB(1, 2, 0x1F6FEB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private static long id(String json) {
        Matcher matcher = ID.matcher(json);
        assertTrue(matcher.find(), json);
        return Long.parseLong(matcher.group(1));
    }

    private WebSession login(String username) throws Exception {
        return WebSession.loggedIn(base, username, DEMO_PASSWORD);
    }

    private static HttpResponse<String> form(WebSession session, String path, Map<String, String> fields)
            throws Exception {
        String body = new LinkedHashMap<>(fields).entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return session.postForm(path, body);
    }

    private static void waitForDemoObservers() throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(5));
        while (Instant.now().isBefore(deadline)) {
            if (count("SELECT COUNT(*) FROM election") > 0 && count("SELECT COUNT(*) FROM polling_station") > 20_000
                    && count("SELECT COUNT(DISTINCT region_code) FROM observer WHERE category = 'LONG_TERM'"
                            + " AND region_code IN ('ML04', 'ML06')") == 2
                    && count("SELECT COUNT(*) FROM observer WHERE category = 'SHORT_TERM'") > 0) {
                return;
            }
            Thread.sleep(1000);
        }
        throw new AssertionError("The demonstration data did not load within 5 minutes");
    }

    @Test
    @Order(9)
    void deploymentListRejectsUnknownPlace() throws Exception {
        WebSession secretariat = login("secretariat");
        String list = "api/deployment/" + election + "/list?lang=fr";
        String cercleName = text("SELECT name FROM admin_unit WHERE code = 'ML0401' ORDER BY id DESC LIMIT 1");

        assertRejected(secretariat.get(list + "&region=ML99"), "map.error.unknownRegion",
                "Aucune région ne porte le nom ou le code P « ML99 ». Saisissez le nom ou le code P d'une région,"
                        + " parmi : Kayes (ML01)");
        assertRejected(secretariat.get(list + "&region=Segu"), "map.error.unknownRegion", "« Segu »");
        assertRejected(secretariat.get(list + "&cercle=Nulle-part"), "map.error.unknownCercle",
                "Aucun cercle ne porte le nom ou le code P « Nulle-part ».");
        assertRejected(secretariat.get(list + "&region=ML06&cercle=ML0401"), "deploymentList.error.cercleOutsideRegion",
                "Le cercle " + cercleName + " (ML0401) n'est pas dans la région Tombouctou (ML06)");
        assertRejected(login("coord.segou").get(list + "&region=ML06"), "deploymentList.error.otherRegion",
                "Vous ne voyez que les listes de votre région (ML04), et Tombouctou (ML06) est une autre région");
        assertRejected(secretariat.get("api/deployment/" + election + "/list?lang=en&region=ML99"),
                "map.error.unknownRegion", "No région has the name or P-code \"ML99\". Enter the name or P-code of a"
                        + " région, among: Kayes (ML01)");

        for (String region : List.of("segou", "Ségou", "ML04")) {
            String segou = oneLine(pdfText(secretariat, list + "&region=" + URLEncoder.encode(region,
                    StandardCharsets.UTF_8)));
            assertTrue(segou.contains("de la région Ségou (ML04)"), region + ": " + segou);
            assertTrue(segou.contains("Cercle : " + cercleName + " (région : Ségou)"), segou);
            assertFalse(segou.contains("Région : Tombouctou"), segou);
        }
        String cercle = oneLine(pdfText(secretariat, list + "&cercle=" + URLEncoder.encode(cercleName.toUpperCase(
                Locale.ROOT), StandardCharsets.UTF_8)));
        assertTrue(cercle.contains("dans le cercle " + cercleName + " (ML0401), région Ségou"), cercle);

        String empty = text("SELECT u.code FROM admin_unit u JOIN election e ON e.map_version_id = u.map_version_id"
                + " WHERE e.id = " + election + " AND u.admin_level = 1 AND NOT EXISTS (SELECT 1 FROM deployment d"
                + " WHERE d.election_id = e.id AND d.ended_at IS NULL AND d.region_code = u.code) ORDER BY u.code"
                + " LIMIT 1");
        String emptyName = text("SELECT u.name FROM admin_unit u JOIN election e ON e.map_version_id = u.map_version_id"
                + " WHERE e.id = " + election + " AND u.code = '" + empty + "'");
        String nobody = oneLine(pdfText(secretariat, list + "&region=" + empty));
        assertTrue(nobody.contains("Aucun observateur n'est déployé dans un cercle, une commune, un centre ou un"
                + " bureau de vote de la région " + emptyName + " (" + empty + ")."), nobody);

        Path downloads = Files.createTempDirectory("deployment-list-downloads");
        ChromeDriver browser = Browser.start();
        try {
            logIn(browser, "secretariat");
            browser.executeCdpCommand("Browser.setDownloadBehavior", Map.of("behavior", "allow", "downloadPath",
                    downloads.toString()));
            browser.get(base + "observers/coverage.xhtml");
            Browser.waitForTitle(browser, "Couverture du déploiement");
            browser.findElement(By.id("deploymentLists:listRegion")).sendKeys("Segu", Keys.ENTER);
            Browser.waitForText(browser, "Aucune région ne porte le nom ou le code P « Segu ».");
            assertEquals("Segu", browser.findElement(By.id("deploymentLists:listRegion")).getAttribute("value"));

            WebElement region = browser.findElement(By.id("deploymentLists:listRegion"));
            region.clear();
            region.sendKeys("ML06");
            browser.findElement(By.id("deploymentLists:listCercle")).sendKeys("ML0401");
            browser.findElement(By.id("deploymentLists:downloadList")).click();
            Browser.waitForText(browser, "n'est pas dans la région Tombouctou (ML06)");

            region = browser.findElement(By.id("deploymentLists:listRegion"));
            region.clear();
            region.sendKeys("ségou");
            browser.findElement(By.id("deploymentLists:listCercle")).clear();
            browser.findElement(By.id("deploymentLists:downloadList")).click();
            Path pdf = downloads.resolve("listes-deploiement-" + election + ".pdf");
            new WebDriverWait(browser, Duration.ofSeconds(60)).until(driver -> Files.exists(pdf));
            String text = oneLine(run("pdftotext", "-layout", pdf.toString(), "-").replace('\u00A0', ' '));
            assertTrue(text.contains("de la région Ségou (ML04)"), text);
            assertTrue(text.contains("Cercle : " + cercleName + " (région : Ségou)"), text);
        } finally {
            browser.quit();
        }
    }

    /** Checks a 422 response: its key, and a message that contains the given part. */
    private static void assertRejected(HttpResponse<String> response, String key, String part) {
        assertEquals(422, response.statusCode(), response.body());
        assertTrue(response.body().contains("\"key\":\"" + key + "\""), response.body());
        String message = Json.createReader(new StringReader(response.body())).readObject().getString("message");
        assertTrue(message.contains(part), message);
    }
}
