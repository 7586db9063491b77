package ml.modele.observation.it;

import static ml.modele.observation.it.ItDatabase.awaitCount;
import static ml.modele.observation.it.ItDatabase.count;
import static ml.modele.observation.it.ItDatabase.text;
import static ml.modele.observation.it.ItDatabase.texts;
import static ml.modele.observation.it.ItDatabase.update;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The PVT sample on Payara Micro with the embedded MariaDB, on the generated Mali frame of the
 * demonstration referendum (24,697 stations). Over HTTP it checks the proportional allocation,
 * the replay by seed, the seal and a replacement from the reserve. It reads the PDF back with
 * pdftotext and the workbook with POI, then drives the screen in headless Chromium. The methods
 * run in order because the sample is sealed half-way.
 */
@ExtendWith({OwnDatabase.class, ArquillianExtension.class})
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SampleIT {

    private static final String DEMO_PASSWORD = "Demo-IT-2026";
    private static final String REFERENDUM = "Référendum constitutionnel du 18 juin 2023";
    private static final long SEED = 20_230_618L;
    private static final int SIZE = 1500;
    private static final int RESERVE = 5;
    private static final Pattern JSON_SEAL = Pattern.compile("\"seal\":\"([0-9a-f]{64})\"");

    @ArquillianResource
    private URL deploymentUrl;

    private URI base;

    @BeforeEach
    void loopbackAddresses() {
        base = URI.create("http://127.0.0.1:" + deploymentUrl.getPort() + "/observation/");
    }

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ShrinkWrap.createFromZipFile(WebArchive.class,
                new File(System.getProperty("micro.dir"), "observation.war"));
    }

    @Test
    @Order(1)
    void drawAllocatesWithinOneStationOfProportional() throws Exception {
        waitForDefaultData();
        WebSession coordinator = login("coord.technique");

        HttpResponse<String> response = draw(coordinator, SEED);

        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.body().contains("\"size\":1500"), response.body());
        long sampleId = count("SELECT id FROM pvt_sample WHERE election_id = " + referendumId());
        assertEquals(SIZE, count("SELECT COUNT(*) FROM pvt_sample_station WHERE sample_id = " + sampleId
                + " AND state = 'SAMPLED'"));
        Map<String, Long> frame = stationsByRegion();
        assertEquals(10, frame.size());
        long total = frame.values().stream().mapToLong(Long::longValue).sum();
        assertEquals(24_697, total);
        for (Map.Entry<String, Long> region : frame.entrySet()) {
            long drawn = count("SELECT COUNT(*) FROM pvt_sample_station ss JOIN pvt_sample_stratum st"
                    + " ON st.id = ss.stratum_id WHERE ss.sample_id = " + sampleId + " AND ss.state = 'SAMPLED'"
                    + " AND st.region_code = '" + region.getKey() + "'");
            double proportional = (double) SIZE * region.getValue() / total;
            assertTrue(Math.abs(drawn - proportional) < 1, region.getKey() + ": " + drawn + " drawn, "
                    + proportional + " proportional");
            assertEquals(Math.min(RESERVE, region.getValue() - drawn), count("SELECT COUNT(*) FROM"
                    + " pvt_sample_station ss JOIN pvt_sample_stratum st ON st.id = ss.stratum_id"
                    + " WHERE ss.sample_id = " + sampleId + " AND ss.state = 'RESERVE'"
                    + " AND st.region_code = '" + region.getKey() + "'"), region.getKey());
        }
    }

    @Test
    @Order(2)
    void sameSeedGivesSameSampleAndAnotherSeedDiffers() throws Exception {
        WebSession analyst = login("analyste");
        List<String> first = sampledCodes();
        String firstSeal = seal(analyst.get("api/pvt/sample/" + referendumId()).body());

        HttpResponse<String> other = draw(analyst, SEED + 1);
        List<String> otherCodes = sampledCodes();
        HttpResponse<String> again = draw(analyst, SEED);

        assertEquals(200, other.statusCode(), other.body());
        assertNotEquals(first, otherCodes);
        assertNotEquals(firstSeal, seal(other.body()));
        assertEquals(200, again.statusCode(), again.body());
        assertEquals(first, sampledCodes());
        assertEquals(firstSeal, seal(again.body()));
        assertEquals(3, count("SELECT COUNT(*) FROM audit_entry WHERE action = 'PVT_SAMPLE_DRAWN'"));
    }

    @Test
    @Order(3)
    void sealingFixesTheSampleAndItsHash() throws Exception {
        WebSession chief = login("chef.mission");
        String expected = sha256Seal(sampledCodes(), SEED);

        HttpResponse<String> sealed = chief.post("api/pvt/seal/" + referendumId(), form(Map.of("seal", expected)),
                "application/x-www-form-urlencoded");
        HttpResponse<String> redraw = draw(chief, SEED + 7);

        assertEquals(200, sealed.statusCode(), sealed.body());
        assertTrue(sealed.body().contains("\"status\":\"SEALED\""), sealed.body());
        assertEquals(expected, seal(sealed.body()));
        assertEquals(expected, text("SELECT seal FROM pvt_sample WHERE election_id = " + referendumId()));
        assertEquals(422, redraw.statusCode(), redraw.body());
        assertTrue(redraw.body().contains("est scellé : il ne peut plus être tiré de nouveau"), redraw.body());
        assertEquals(expected, text("SELECT seal FROM pvt_sample WHERE election_id = " + referendumId()));
        assertEquals(1, count("SELECT COUNT(*) FROM audit_entry WHERE action = 'PVT_SAMPLE_SEALED'"));
    }

    @Test
    @Order(4)
    void replacementTakesNextUsableReserveAndChangesHash() throws Exception {
        WebSession coordinator = login("coord.technique");
        long sampleId = count("SELECT id FROM pvt_sample WHERE election_id = " + referendumId());
        String replaced = text("SELECT station_code FROM pvt_sample_station ss JOIN pvt_sample_stratum st"
                + " ON st.id = ss.stratum_id WHERE ss.sample_id = " + sampleId + " AND st.region_code = 'ML04'"
                + " AND ss.state = 'SAMPLED' ORDER BY ss.draw_rank LIMIT 1");
        List<String> reserve = texts("SELECT station_code FROM pvt_sample_station ss JOIN pvt_sample_stratum st"
                + " ON st.id = ss.stratum_id WHERE ss.sample_id = " + sampleId + " AND st.region_code = 'ML04'"
                + " AND ss.state = 'RESERVE' ORDER BY ss.draw_rank");
        // The map screen that sets this status is covered by MapIT. Here the first reserve
        // station is marked inaccessible directly, so the replacement must skip it.
        update("UPDATE polling_station SET security_status = 'INACCESSIBLE' WHERE code = '" + reserve.get(0)
                + "' AND map_version_id = 1");
        String before = text("SELECT seal FROM pvt_sample WHERE id = " + sampleId);

        HttpResponse<String> noReason = coordinator.post("api/pvt/replace/" + referendumId(),
                form(Map.of("station", replaced, "reason", " ")), "application/x-www-form-urlencoded");
        HttpResponse<String> notSampled = coordinator.post("api/pvt/replace/" + referendumId(),
                form(Map.of("station", reserve.get(1), "reason", "essai")), "application/x-www-form-urlencoded");
        HttpResponse<String> response = coordinator.post("api/pvt/replace/" + referendumId(),
                form(Map.of("station", replaced, "reason", "Bureau inaccessible : crue du Bani")),
                "application/x-www-form-urlencoded");

        assertEquals(422, noReason.statusCode(), noReason.body());
        assertTrue(noReason.body().contains("Indiquez le motif du remplacement du bureau « " + replaced + " »"),
                noReason.body());
        assertEquals(422, notSampled.statusCode(), notSampled.body());
        assertTrue(notSampled.body().contains("n'est pas dans l'échantillon"), notSampled.body());
        assertEquals(200, response.statusCode(), response.body());
        String after = seal(response.body());
        assertNotEquals(before, after);
        assertEquals(sha256Seal(sampledCodes(), SEED), after);
        assertEquals(SIZE, sampledCodes().size());
        assertTrue(sampledCodes().contains(reserve.get(1)));
        assertTrue(!sampledCodes().contains(replaced));
        assertEquals("RESERVE", text("SELECT state FROM pvt_sample_station WHERE station_code = '" + reserve.get(0)
                + "'"));
        assertEquals(reserve.get(1) + "|Bureau inaccessible : crue du Bani|coord.technique|" + before + "|" + after,
                text("SELECT CONCAT_WS('|', replacement_code, reason, replaced_by, seal_before, seal_after)"
                        + " FROM pvt_sample_replacement WHERE replaced_code = '" + replaced + "'"));
        assertEquals(1, count("SELECT COUNT(*) FROM audit_entry WHERE action = 'PVT_SAMPLE_STATION_REPLACED'"
                + " AND details LIKE '" + replaced + " -> " + reserve.get(1) + "%'"));
    }

    @Test
    @Order(5)
    void secretariatDrawsButNeitherSealsNorReplaces() throws Exception {
        WebSession secretariat = login("secretariat");
        WebSession press = login("presse");
        String sealed = text("SELECT seal FROM pvt_sample WHERE election_id = " + referendumId());
        String sampled = sampledCodes().get(0);

        HttpResponse<String> redraw = draw(secretariat, SEED + 3);
        HttpResponse<String> seal = secretariat.post("api/pvt/seal/" + referendumId(),
                form(Map.of("seal", sealed)), "application/x-www-form-urlencoded");
        HttpResponse<String> replace = secretariat.post("api/pvt/replace/" + referendumId(),
                form(Map.of("station", sampled, "reason", "essai")), "application/x-www-form-urlencoded");

        assertEquals(200, secretariat.get("api/pvt/sample/" + referendumId()).statusCode());
        // The secretariat reaches the draw, so the sealed sample is what rejects it.
        assertEquals(422, redraw.statusCode(), redraw.body());
        assertTrue(redraw.body().contains("est scellé : il ne peut plus être tiré de nouveau"), redraw.body());
        assertEquals(403, seal.statusCode(), seal.body());
        assertEquals(403, replace.statusCode(), replace.body());
        assertEquals(sealed, text("SELECT seal FROM pvt_sample WHERE election_id = " + referendumId()));
        assertEquals(403, press.get("api/pvt/sample/" + referendumId()).statusCode());
        assertEquals(403, press.get("pvt/sample.xhtml").statusCode());
    }

    @Test
    @Order(6)
    void pdfByRegionCarriesSealSeedAndFrenchFigures() throws Exception {
        WebSession secretariat = login("secretariat");
        String seal = text("SELECT seal FROM pvt_sample WHERE election_id = " + referendumId());

        HttpResponse<byte[]> response = secretariat.getBytes("api/pvt/sample/" + referendumId() + "/pdf");

        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/pdf"),
                response.headers().toString());
        String pdf = pdfToText(response.body());
        assertTrue(pdf.contains("Graine : " + SEED), pdf.substring(0, Math.min(2000, pdf.length())));
        assertTrue(pdf.contains("Scellé SHA-256 : " + seal), pdf.substring(0, 2000));
        for (String region : List.of("Ségou", "Tombouctou", "Kidal", "Koulikoro", "Mopti", "Gao", "Ménaka",
                "District de Bamako", "Kayes", "Sikasso")) {
            assertTrue(pdf.contains("Région : " + region), region);
        }
        assertTrue(pdf.contains("24 697 bureaux de vote actifs, 8 463 084 inscrits"), pdf.substring(0, 2000));
        int pages = occurrences(pdf, "Page ");
        assertTrue(pages >= 10, "pages: " + pages);
        assertEquals(pages, occurrences(pdf, "Scellé SHA-256 : " + seal + " · graine : " + SEED));
        assertEquals(pages, occurrences(pdf, "Données au "));
        assertTrue(pdf.contains("Page 1 sur " + pages), "pages: " + pages);
        assertTrue(pdf.replace('\n', ' ').contains("Bureau inaccessible : crue du Bani"), "replacement log missing");
    }

    @Test
    @Order(7)
    void workbookHasEveryDrawnStation() throws Exception {
        WebSession analyst = login("analyste");
        long sampleId = count("SELECT id FROM pvt_sample WHERE election_id = " + referendumId());
        long drawn = count("SELECT COUNT(*) FROM pvt_sample_station WHERE sample_id = " + sampleId);

        HttpResponse<byte[]> response = analyst.getBytes("api/pvt/sample/" + referendumId() + "/xlsx");

        assertEquals(200, response.statusCode());
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.body()))) {
            Sheet stations = workbook.getSheet("Bureaux tirés");
            assertEquals(drawn + 1, stations.getPhysicalNumberOfRows());
            Map<String, Integer> states = new LinkedHashMap<>();
            for (int r = 1; r <= drawn; r++) {
                states.merge(stations.getRow(r).getCell(10).getStringCellValue(), 1, Integer::sum);
            }
            assertEquals(SIZE - 1, (int) states.get("Échantillon"));
            assertEquals(1, (int) states.get("Remplacé"));
            assertEquals(1, (int) states.get("Remplaçant"));
            assertEquals(drawn - SIZE - 1, (long) states.get("Réserve"));
            assertEquals(10, workbook.getSheet("Strates").getPhysicalNumberOfRows() - 1);
        }
    }

    @Test
    @Order(8)
    void missionChiefDrawsSealsAndDownloadsInBrowser() throws Exception {
        waitForDefaultData();
        long electionId = createElection("Législatives 2028 — essai de l'échantillon");
        ChromeDriver browser = Browser.start();
        String seal;
        byte[] pdf;
        try {
            logIn(browser, "chef.mission");
            browser.get(base + "pvt/sample.xhtml?election=" + electionId);
            Browser.waitForTitle(browser, "Échantillon PVT");
            waitForText(browser, "Aucun échantillon n'est encore tiré");

            browser.findElement(By.cssSelector("label[for='draw:sizeMode:1']")).click();
            browser.findElement(By.id("draw:computeSize")).click();
            waitForText(browser, "n₀ = z² · p(1−p) / e² = 1,959964² × 0,50 × 0,50 / 0,0100² = 9 603,6 électeurs");
            waitForText(browser, "arrondi à");

            browser.findElement(By.cssSelector("label[for='draw:sizeMode:0']")).click();
            browser.findElement(By.id("draw:size")).clear();
            browser.findElement(By.id("draw:size")).sendKeys("300");
            browser.findElement(By.id("draw:seed")).clear();
            browser.findElement(By.id("draw:seed")).sendKeys("777");
            browser.findElement(By.id("draw:drawButton")).click();
            waitForText(browser, "Échantillon de 300 bureaux tiré avec la graine 777.");
            seal = browser.findElement(By.id("sealHash")).getText();

            browser.findElement(By.id("seal:sealButton")).click();
            browser.switchTo().alert().accept();
            waitForText(browser, "Échantillon scellé. Scellé SHA-256 : " + seal);
            assertEquals("Scellé", browser.findElement(By.id("status")).getText());
            assertTrue(browser.findElements(By.id("draw:drawButton")).isEmpty());

            String pdfUrl = browser.findElement(By.id("pdfLink")).getAttribute("href");
            String session = browser.manage().getCookieNamed("JSESSIONID").getValue();
            pdf = download(pdfUrl, session);
        } finally {
            browser.quit();
        }

        String text = pdfToText(pdf);
        assertTrue(text.contains("Scellé SHA-256 : " + seal), text.substring(0, Math.min(2000, text.length())));
        assertTrue(text.contains("Graine : 777"), text.substring(0, Math.min(2000, text.length())));
        assertEquals("SEALED", text("SELECT status FROM pvt_sample WHERE election_id = " + electionId));
        assertEquals(300, count("SELECT COUNT(*) FROM pvt_sample_station ss JOIN pvt_sample s ON s.id = ss.sample_id"
                + " WHERE s.election_id = " + electionId + " AND ss.state = 'SAMPLED'"));
    }

    private HttpResponse<String> draw(WebSession session, long seed) throws Exception {
        return session.post("api/pvt/draw/" + referendumId(), form(Map.of("scheme", "REGION",
                "allocation", "PROPORTIONAL_TO_STATIONS", "sizeMode", "GIVEN", "size", Integer.toString(SIZE),
                "reserve", Integer.toString(RESERVE), "seed", Long.toString(seed))),
                "application/x-www-form-urlencoded");
    }

    /** Computes the seal as documented, independently of the application's code. */
    private static String sha256Seal(List<String> codes, long seed) throws Exception {
        List<String> sorted = new ArrayList<>(codes);
        sorted.sort(null);
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        for (String code : sorted) {
            digest.update((code + "\n").getBytes(StandardCharsets.UTF_8));
        }
        digest.update(ByteBuffer.allocate(Long.BYTES).putLong(seed).array());
        return HexFormat.of().formatHex(digest.digest());
    }

    private List<String> sampledCodes() throws Exception {
        return texts("SELECT ss.station_code FROM pvt_sample_station ss JOIN pvt_sample s ON s.id = ss.sample_id"
                + " JOIN pvt_sample_stratum st ON st.id = ss.stratum_id WHERE s.election_id = " + referendumId()
                + " AND ss.state IN ('SAMPLED', 'PROMOTED') ORDER BY st.position, ss.draw_rank");
    }

    /** Counts the frame's current stations per région, straight from the map tables. */
    private static Map<String, Long> stationsByRegion() throws Exception {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String row : texts("SELECT CONCAT(r.code, '=', COUNT(*)) FROM polling_station s"
                + " JOIN admin_unit co ON co.id = s.commune_id JOIN admin_unit ce ON ce.id = co.parent_id"
                + " JOIN admin_unit r ON r.id = ce.parent_id WHERE s.map_version_id = 1 AND s.retired = FALSE"
                + " GROUP BY r.code ORDER BY r.code")) {
            String[] parts = row.split("=");
            counts.put(parts[0], Long.parseLong(parts[1]));
        }
        return counts;
    }

    private static long createElection(String name) throws Exception {
        update("INSERT INTO election (name, election_type, election_date, map_version_id, status, created_at,"
                + " updated_at) VALUES ('" + name.replace("'", "''") + "', 'LEGISLATIVE', '2028-07-30', 1,"
                + " 'PREPARATION', NOW(3), NOW(3))");
        return count("SELECT id FROM election WHERE name = '" + name.replace("'", "''") + "'");
    }

    private static long referendumId() throws Exception {
        return count("SELECT id FROM election WHERE name = '" + REFERENDUM + "'");
    }

    private static String seal(String json) {
        Matcher matcher = JSON_SEAL.matcher(json);
        assertTrue(matcher.find(), json);
        return matcher.group(1);
    }

    private static byte[] form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&")).getBytes(StandardCharsets.UTF_8);
    }

    /** Downloads a link with the browser's session, as the browser would. */
    private static byte[] download(String url, String sessionId) throws Exception {
        URI uri = URI.create(url);
        URI loopback = new URI("http", null, "127.0.0.1", uri.getPort(), uri.getPath(), uri.getQuery(), null);
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(loopback)
                .header("Cookie", "JSESSIONID=" + sessionId).timeout(Duration.ofSeconds(120)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, response.statusCode(), url);
        return response.body();
    }

    /** Extracts the text with poppler's pdftotext, with no-break spaces read as spaces. */
    private static String pdfToText(byte[] pdf) throws Exception {
        return Pdf.text(pdf);
    }

    private static int occurrences(String text, String part) {
        int count = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            count++;
        }
        return count;
    }

    private WebSession login(String username) throws Exception {
        return WebSession.loggedIn(base, username, DEMO_PASSWORD);
    }

    private void logIn(WebDriver browser, String username) {
        Browser.logIn(browser, base, username, DEMO_PASSWORD);
    }

    /**
     * Waits until the page's visible text contains {@code text}, with no-break spaces read as
     * spaces. The page source would show them as {@code &nbsp;}.
     */
    private static void waitForText(WebDriver browser, String text) throws InterruptedException {
        for (int i = 0; i < 1200 && !visibleText(browser).contains(text); i++) {
            Thread.sleep(100);
        }
        String body = visibleText(browser);
        assertTrue(body.contains(text), "page does not show: " + text + "\n"
                + body.substring(Math.max(0, body.length() - 4000)));
    }

    private static String visibleText(WebDriver browser) {
        try {
            return browser.findElement(By.tagName("body")).getText().replace('\u00A0', ' ');
        } catch (StaleElementReferenceException e) {
            return "";
        }
    }

    /** Waits for the background load of the first start, which may outlast the deployment. */
    private static void waitForDefaultData() throws Exception {
        awaitCount("SELECT COUNT(*) FROM election", 1, Duration.ofMinutes(5));
    }





}
