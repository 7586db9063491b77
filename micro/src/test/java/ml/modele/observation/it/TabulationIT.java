package ml.modele.observation.it;

import static ml.modele.observation.it.ItDatabase.connect;
import static ml.modele.observation.it.ItDatabase.count;
import static ml.modele.observation.it.ItDatabase.text;
import static ml.modele.observation.it.ItDatabase.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Election night through the deployed platform. The test draws a PVT sample through the sample
 * REST path and deploys one observer per sampled station. The observers send their result sheets
 * and checklists by SMS through a test SMSC on 127.0.0.1, and the test checks the tabulation REST
 * figures against its own computation of the stratified ratio estimator. It then enters an
 * official result as the EVA and checks the verdict, raises a critical incident and checks its
 * SMS alerts, and watches the live dashboard in headless Chromium update after one more SMS,
 * without a reload.
 */
@ExtendWith({OwnDatabase.class, TabulationIT.StartSmsc.class, ArquillianExtension.class})
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TabulationIT {

    private static final String SHORT_CODE = "36123";
    private static final int SAMPLE_SIZE = 60;
    /** National numbers of the observers' phones: 76 60 00 00 and up, outside the other tests' blocks. */
    private static final int FIRST_PHONE = 76_600_000;
    /** Mission chief's phone, set in arquillian.xml. */
    private static final String MISSION_CHIEF_PHONE = "+22370999001";
    private static final double TOLERANCE = 1e-9;
    private static final TestSmsc SMSC;

    private static long electionId;
    /** Sampled stations in drawn order, with their stratum and figures. */
    private static final List<Station> SAMPLED = new ArrayList<>();
    /** Stations per stratum in the frame (N_h). */
    private static final Map<String, Integer> FRAME_SIZE = new HashMap<>();
    private static final List<String> CODES = new ArrayList<>();
    /** Result sheets sent, by station code. */
    private static final Map<String, Sheet> SENT = new LinkedHashMap<>();
    private static String flaggedStation;
    private static String wrongStation;
    private static final List<String> MISSING = new ArrayList<>();
    private static String notOpenedStation;

    static {
        try {
            SMSC = new TestSmsc();
        } catch (Exception e) {
            throw new ExceptionInInitializerError(e);
        }
        System.setProperty("it.smsc.host", "127.0.0.1");
        System.setProperty("it.smsc.port", String.valueOf(SMSC.port()));
        // Alerts are off in the other integration tests, which count every SMS sent.
        System.setProperty("it.alerts.enabled", "true");
    }

    /** Initialises the test class, and so starts its SMSC, before the Arquillian extension runs. */
    static final class StartSmsc implements BeforeAllCallback {
        @Override
        public void beforeAll(ExtensionContext context) throws ClassNotFoundException {
            Class.forName(TabulationIT.class.getName(), true, TabulationIT.class.getClassLoader());
        }
    }

    /** A sampled station with its stratum, registered voters and commune. */
    record Station(String code, String stratum, int registered, String commune) {
    }

    /** Figures of a result sheet. */
    record Sheet(int registered, int voters, int nullBallots, int valid, int yes, int no) {

        String coded() {
            return "A" + registered + " B" + voters + " C" + nullBallots + " D" + valid + " E" + yes + " F" + no;
        }
    }

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ShrinkWrap.createFromZipFile(WebArchive.class,
                new File(System.getProperty("micro.dir"), "observation.war"));
    }

    /** Deployment URL from Arquillian; only its port is used, because its host may not be loopback. */
    @ArquillianResource
    private URL deploymentUrl;

    @AfterAll
    static void stopSmsc() throws Exception {
        SMSC.close();
    }

    @Test
    @Order(1)
    void drawsSampleAndDeploysObservers() throws Exception {
        awaitElectionAndRoster();
        SMSC.awaitBound(120_000);
        WebSession admin = session("admin", "Admin-IT-2026");

        String draw = "scheme=REGION&sizeMode=GIVEN&size=" + SAMPLE_SIZE + "&reserve=0&seed=20230618";
        HttpResponse<String> drawn = admin.post("api/pvt/draw/" + electionId, draw.getBytes(StandardCharsets.UTF_8),
                "application/x-www-form-urlencoded");
        assertEquals(200, drawn.statusCode(), drawn.body());
        readSample();
        assertEquals(SAMPLE_SIZE, SAMPLED.size());

        HttpResponse<String> imported = admin.post("api/observers/import?name=tabulation-it.csv",
                observerFile().getBytes(StandardCharsets.UTF_8), "text/csv; charset=UTF-8");
        assertEquals(200, imported.statusCode(), imported.body());
        try (Connection db = connect(); PreparedStatement query = db.prepareStatement(
                "SELECT code FROM observer WHERE national_id = ?")) {
            for (int i = 0; i < SAMPLED.size(); i++) {
                query.setString(1, nationalId(i));
                try (ResultSet row = query.executeQuery()) {
                    assertTrue(row.next(), "observer " + i + " not imported: " + imported.body());
                    CODES.add(row.getString(1));
                }
            }
        }
        for (int i = 0; i < SAMPLED.size(); i++) {
            String form = "observer=" + CODES.get(i) + "&kind=POLLING_STATION&place=" + SAMPLED.get(i).code();
            HttpResponse<String> assigned = admin.post("api/deployment/" + electionId + "/assign",
                    form.getBytes(StandardCharsets.UTF_8), "application/x-www-form-urlencoded");
            assertEquals(200, assigned.statusCode(), assigned.body());
        }
    }

    @Test
    @Order(2)
    void estimatesMatchIndependentComputation() throws Exception {
        // The fourth station of up to three strata with at least four sampled stations stays silent.
        // The first station of such a stratum reports an impossible turnout (flagged by the data-quality
        // rules) and the second a sheet whose options do not add up (stored but not counted). The third
        // reports that it did not open and sends no sheet, so it counts with no voters.
        Map<String, Integer> seenInStratum = new HashMap<>();
        Map<String, Long> stratumSizes = new HashMap<>();
        SAMPLED.forEach(station -> stratumSizes.merge(station.stratum(), 1L, Long::sum));
        int sent = 0;
        int arrivals = 0;
        for (int i = 0; i < SAMPLED.size(); i++) {
            Station station = SAMPLED.get(i);
            int rank = seenInStratum.merge(station.stratum(), 1, Integer::sum);
            if (stratumSizes.get(station.stratum()) >= 4 && rank == 4 && MISSING.size() < 3) {
                MISSING.add(station.code());
                continue;
            }
            Sheet sheet = sheet(station, i);
            if (flaggedStation == null && stratumSizes.get(station.stratum()) >= 4 && rank == 1) {
                flaggedStation = station.code();
                int voters = station.registered() * 97 / 100;
                int nulls = voters / 20;
                int yes = (voters - nulls) / 2;
                sheet = new Sheet(station.registered(), voters, nulls, voters - nulls, yes, voters - nulls - yes);
            } else if (wrongStation == null && stratumSizes.get(station.stratum()) >= 4 && rank == 2) {
                wrongStation = station.code();
                Sheet wrong = new Sheet(sheet.registered(), sheet.voters(), sheet.nullBallots(), sheet.valid(),
                        sheet.yes() + 7, sheet.no());
                send(phone(i), "RES " + CODES.get(i) + " " + wrong.coded());
                sent++;
                continue;
            } else if (notOpenedStation == null && stratumSizes.get(station.stratum()) >= 4 && rank == 3) {
                notOpenedStation = station.code();
                SENT.put(station.code(), new Sheet(station.registered(), 0, 0, 0, 0, 0));
                send(phone(i), "ARV " + CODES.get(i) + " A7 B2 F2 G2");
                arrivals++;
                continue;
            }
            SENT.put(station.code(), sheet);
            send(phone(i), "RES " + CODES.get(i) + " " + sheet.coded());
            sent++;
            String opened = i % 5 == 0 ? "2" : "1";
            send(phone(i), "ARV " + CODES.get(i) + " A7 B" + opened + " F1 G1");
            arrivals++;
        }
        awaitSubmissions("RES", sent);
        assertNotNull(notOpenedStation, "no stratum of four sampled stations for the station that did not open");
        awaitSubmissions("ARV", arrivals);

        JsonObject view = json(session("analyste", "Demo-IT-2026").get("api/tabulation/" + electionId));
        assertEquals("NATIONAL", view.getString("scope"));
        assertEquals(SAMPLE_SIZE, view.getInt("sampledStations"));
        assertEquals(1, view.getInt("notOpenedStations"));
        assertEquals(SENT.size(), view.getInt("acceptedSheets"));
        assertEquals(1, view.getJsonObject("ignoredByStatus").getInt("QUARANTINED"));
        JsonArray flags = view.getJsonArray("qualityFlags");
        assertEquals(1, flags.size());
        assertEquals(flaggedStation, flags.getJsonObject(0).getString("station"));

        JsonObject estimates = view.getJsonObject("estimates");
        checkEstimates(estimates, SENT);
        Map<String, Sheet> clean = new LinkedHashMap<>(SENT);
        clean.remove(flaggedStation);
        checkEstimates(view.getJsonObject("estimatesWithoutFlagged"), clean);

        Map<String, Integer> reportedPerStratum = new HashMap<>();
        SENT.keySet().forEach(code -> reportedPerStratum.merge(stratumOf(code), 1, Integer::sum));
        for (JsonValue value : estimates.getJsonArray("strata")) {
            JsonObject stratum = value.asJsonObject();
            String key = stratum.getString("key");
            int reported = reportedPerStratum.getOrDefault(key, 0);
            assertEquals(reported, stratum.getInt("reported"), "reported in " + key);
            assertEquals(stratum.getInt("sampled") - reported, stratum.getInt("missing"), "missing in " + key);
            assertEquals((int) FRAME_SIZE.get(key), stratum.getInt("frameStations"), "frame of " + key);
        }

        // Process statistics: share of sampled stations that opened, against the same estimator with x = 1.
        Map<String, Sheet> openedIndicator = new LinkedHashMap<>();
        for (int i = 0; i < SAMPLED.size(); i++) {
            String code = SAMPLED.get(i).code();
            if (SENT.containsKey(code)) {
                int opened = i % 5 == 0 || code.equals(notOpenedStation) ? 0 : 1;
                openedIndicator.put(code, new Sheet(1, 1, 0, 1, opened, 1 - opened));
            }
        }
        JsonObject openedShare = view.getJsonArray("statistics").stream().map(JsonValue::asJsonObject)
                .filter(s -> s.getString("scope").equals("NATIONAL") && s.getString("form").equals("ARV")
                        && s.getString("question").equals("B") && s.getString("answer").equals("1"))
                .findFirst().orElseThrow();
        assertEquals(openedIndicator.size(), openedShare.getInt("sampleAnswers"));
        double[] expectedOpened = ratioAndMargin(openedIndicator, groups(estimates), s -> s.yes(), s -> s.valid());
        assertEquals(expectedOpened[0], openedShare.getJsonObject("sampleShare").getJsonNumber("ratio").doubleValue(),
                TOLERANCE);
        assertEquals(expectedOpened[1],
                openedShare.getJsonObject("sampleShare").getJsonNumber("margin95").doubleValue(), TOLERANCE);
    }

    @Test
    @Order(3)
    void officialResultGetsVerdict() throws Exception {
        WebSession eva = session("eva", "Demo-IT-2026");
        JsonObject estimates = json(eva.get("api/tabulation/" + electionId)).getJsonObject("estimates");
        double yes = estimates.getJsonArray("optionShares").getJsonObject(0).getJsonNumber("ratio").doubleValue();
        double margin = estimates.getJsonArray("optionShares").getJsonObject(0).getJsonNumber("margin95").doubleValue();
        double turnout = estimates.getJsonObject("turnout").getJsonNumber("ratio").doubleValue();

        long registered = 8_463_084;
        long voters = Math.round(turnout * registered);
        long valid = voters - voters / 100;
        long yesVotes = Math.round((yes + 3 * margin) * valid);
        String form = "scope=NATIONAL&registered=" + registered + "&voters=" + voters + "&nullVotes=" + (voters - valid)
                + "&validVotes=" + valid + "&option=" + yesVotes + "&option=" + (valid - yesVotes);
        HttpResponse<String> entered = eva.post("api/tabulation/official/" + electionId,
                form.getBytes(StandardCharsets.UTF_8), "application/x-www-form-urlencoded");
        assertEquals(200, entered.statusCode(), entered.body());
        JsonArray verdicts = Json.createReader(new StringReader(entered.body())).readObject().getJsonArray("verdicts");
        JsonObject yesVerdict = verdicts.getJsonObject(0);
        assertEquals("OUI", yesVerdict.getString("figure"));
        assertFalse(yesVerdict.getBoolean("inside95"));
        double official = (double) yesVotes / valid;
        assertEquals(Math.abs(official - yes) / margin, yesVerdict.getJsonNumber("marginsApart").doubleValue(), 1e-9);
        assertEquals(3.0, yesVerdict.getJsonNumber("marginsApart").doubleValue(), 0.01);
        JsonObject turnoutVerdict = verdicts.getJsonObject(2);
        assertEquals("TURNOUT", turnoutVerdict.getString("figure"));
        assertTrue(turnoutVerdict.getBoolean("inside95"));
        assertEquals(1, count("SELECT COUNT(*) FROM audit_entry WHERE action = 'OFFICIAL_RESULT_ENTERED'"));

        String bad = "scope=NATIONAL&registered=1000&voters=500&nullVotes=10&validVotes=490&option=400&option=80";
        HttpResponse<String> rejected = eva.post("api/tabulation/official/" + electionId,
                bad.getBytes(StandardCharsets.UTF_8), "application/x-www-form-urlencoded");
        assertEquals(422, rejected.statusCode(), rejected.body());
        assertTrue(rejected.body().contains("La somme des voix des options (480) diffère des suffrages exprimés (490)"),
                rejected.body());
        HttpResponse<String> byAnalyst = session("analyste", "Demo-IT-2026").post("api/tabulation/official/"
                + electionId, form.getBytes(StandardCharsets.UTF_8), "application/x-www-form-urlencoded");
        assertEquals(403, byAnalyst.statusCode());
        checkForbiddenJson(byAnalyst, "api.error.forbidden", "Accès refusé : le compte « analyste » n'a pas le droit"
                + " d'appeler /api/tabulation/official/" + electionId + ". Rôles autorisés : Administrateur,"
                + " Gestionnaire de données (EVA). Demandez à l'administrateur un compte d'un de ces rôles.");

        HttpResponse<String> inEnglish = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        base().resolve("api/tabulation/official/" + electionId))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        "analyste:Demo-IT-2026".getBytes(StandardCharsets.UTF_8)))
                .header("Accept-Language", "en")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(403, inEnglish.statusCode(), inEnglish.body());
        checkForbiddenJson(inEnglish, "api.error.forbidden", "Access denied: account \"analyste\" may not call"
                + " /api/tabulation/official/" + electionId + ". Allowed roles: Administrator, Data manager (EVA)."
                + " Ask the administrator for an account with one of these roles.");

        HttpResponse<String> unlisted = session("analyste", "Demo-IT-2026").get("api/no-such-endpoint");
        assertEquals(403, unlisted.statusCode(), unlisted.body());
        checkForbiddenJson(unlisted, "api.error.forbiddenPath", "Accès refusé : /api/no-such-endpoint n'est ouvert"
                + " à aucun rôle, ou n'existe pas dans l'API. Vérifiez l'adresse : le README liste les points d'accès.");
    }

    /** Checks that a 403 of the API is JSON with the status, the message key and the message. */
    private static void checkForbiddenJson(HttpResponse<String> response, String key, String message) {
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"),
                response.headers().toString());
        JsonObject body = Json.createReader(new StringReader(response.body())).readObject();
        assertEquals(403, body.getInt("status"));
        assertEquals(key, body.getString("key"));
        assertEquals(message, body.getString("message"));
    }

    @Test
    @Order(4)
    void criticalIncidentAlertsOnce() throws Exception {
        int observer = 0;
        String region = text("SELECT LEFT(u.code, 4) FROM polling_station p JOIN admin_unit u ON u.id = p.commune_id"
                + " JOIN election e ON e.map_version_id = p.map_version_id WHERE e.id = " + electionId
                + " AND p.code = '" + SAMPLED.get(observer).code() + "'");
        int submitsBefore = SMSC.submits().size();
        send(phone(observer), "URG " + CODES.get(observer) + " A16 @ Urne emportée par des hommes armés");
        long incident = awaitCount("SELECT MAX(id) FROM submission WHERE form_kind = 'INCIDENT' AND observer_code = '"
                + CODES.get(observer) + "'");

        Set<String> expected = new TreeSet<>(texts("SELECT ph.number FROM observer o JOIN observer_phone ph"
                + " ON ph.observer_id = o.id WHERE o.category = 'REGIONAL_COORDINATOR' AND o.status = 'ACTIVE'"
                + " AND o.region_code = '" + region + "' AND ph.position = (SELECT MIN(p2.position)"
                + " FROM observer_phone p2 WHERE p2.observer_id = o.id)"));
        expected.add(MISSION_CHIEF_PHONE);
        awaitCount("SELECT COUNT(*) FROM incident_alert_scan WHERE submission_id = " + incident);
        assertEquals(expected, new TreeSet<>(texts("SELECT recipient FROM incident_alert WHERE submission_id = "
                + incident)));
        // Other tests' incidents in the same database may alert the mission chief too: keep this station's.
        String ofThisIncident = "SELECT text FROM sms_outbound WHERE recipient = '" + MISSION_CHIEF_PHONE
                + "' AND text LIKE '%" + SAMPLED.get(observer).code() + "%'";
        List<String> texts = texts(ofThisIncident);
        assertEquals(1, texts.size());
        assertTrue(texts.get(0).startsWith("ALERTE MODELE: Violence, Bureau fermé au bureau "
                + SAMPLED.get(observer).code()), texts.get(0));
        awaitOutboxSent();
        assertTrue(SMSC.submits().size() >= submitsBefore + expected.size(), "alerts reach the SMSC");

        // Later scans queue nothing more for the same incident.
        sleep(12_000);
        assertEquals(expected.size(), count("SELECT COUNT(*) FROM incident_alert WHERE submission_id = " + incident));
        assertEquals(1, texts(ofThisIncident).size());

        WebSession analyst = session("analyste", "Demo-IT-2026");
        JsonArray listed = Json.createReader(new StringReader(analyst.get("api/tabulation/incidents/" + electionId)
                .body())).readArray();
        JsonObject row = listed.getJsonObject(0);
        assertEquals(incident, row.getJsonNumber("id").longValue());
        assertEquals("NEW", row.getString("status"));
        assertTrue(row.getBoolean("critical"));
        assertEquals(region, row.getString("region"));
        HttpResponse<String> verified = analyst.post("api/tabulation/incident-status/" + incident,
                "status=VERIFIED".getBytes(StandardCharsets.UTF_8), "application/x-www-form-urlencoded");
        assertEquals(200, verified.statusCode(), verified.body());
        assertEquals("VERIFIED", text("SELECT status FROM incident_review WHERE submission_id = " + incident));
        assertEquals(1, count("SELECT COUNT(*) FROM audit_entry WHERE action = 'INCIDENT_STATUS_CHANGED'"
                + " AND target_id = '" + incident + "'"));
        HttpResponse<String> room = analyst.get("situation/incidents.xhtml?election=" + electionId);
        assertEquals(200, room.statusCode());
        assertTrue(room.body().contains(SAMPLED.get(observer).code()), "incident station on the situation room");
        assertTrue(room.body().contains("Violence, Bureau ferm"), "incident categories on the situation room");

        // The regional coordinator of Ségou sees the figures of Ségou only.
        JsonObject segou = json(session("coord.segou", "Demo-IT-2026").get("api/tabulation/" + electionId));
        assertEquals("ML04", segou.getString("scope"));
        long segouSampled = SAMPLED.stream().filter(station -> station.commune().startsWith("ML04")).count();
        assertEquals(segouSampled, segou.getInt("sampledStations"));
        assertEquals(List.of("ML04"), segou.getJsonArray("coverage").stream()
                .map(value -> value.asJsonObject().getString("region")).toList());

        HttpResponse<String> byPress = session("presse", "Demo-IT-2026").post("api/tabulation/incident-status/"
                + incident, "status=REJECTED".getBytes(StandardCharsets.UTF_8), "application/x-www-form-urlencoded");
        assertEquals(403, byPress.statusCode());
    }

    @Test
    @Order(5)
    void dashboardUpdatesWithoutReload() throws Exception {
        ChromeDriver browser = Browser.start();
        try {
            browser.get(base() + "login.xhtml");
            browser.findElement(By.id("login:username")).sendKeys("chef.mission");
            browser.findElement(By.id("login:password")).sendKeys("Demo-IT-2026");
            browser.findElement(By.id("login:submit")).click();
            new WebDriverWait(browser, Duration.ofSeconds(30)).until(driver -> !driver.getCurrentUrl()
                    .contains("login.xhtml"));
            browser.get(base() + "situation/dashboard.xhtml?election=" + electionId);
            Browser.waitForTitle(browser, "Tableau de bord en direct");

            String before = browser.findElement(By.id("sampleCompleteness")).getText();
            assertEquals("Procès-verbaux comptés sur bureaux de l'échantillon : " + SENT.size() + " / " + SAMPLE_SIZE,
                    before);
            assertEquals("Dont bureaux de l'échantillon signalés non ouverts, comptés avec 0 votant : 1",
                    browser.findElement(By.id("notOpenedStations")).getText());
            assertTrue(browser.findElement(By.id("mapAttribution")).getText().startsWith("Limites : geoBoundaries"));
            assertEquals(10, browser.findElements(By.cssSelector("svg.mali-map path[data-region]")).size());
            String yesShare = browser.findElements(By.cssSelector("#estimates .estimate")).get(0).getText();
            // WebDriver returns the no-break space before % as a plain space.
            assertTrue(yesShare.matches("\\d{1,3},\\d{2}[ \u00A0]%"), yesShare);
            browser.executeScript("window.tabulationMarker = 'same page';");

            String code = MISSING.get(0);
            int index = indexOf(code);
            Sheet sheet = sheet(SAMPLED.get(index), index);
            send(phone(index), "RES " + CODES.get(index) + " " + sheet.coded());

            String after = "Procès-verbaux comptés sur bureaux de l'échantillon : " + (SENT.size() + 1) + " / "
                    + SAMPLE_SIZE;
            // The poll may redraw the figures between finding the element and reading it.
            new WebDriverWait(browser, Duration.ofSeconds(30)).ignoring(StaleElementReferenceException.class)
                    .until(driver -> driver.findElement(By.id("sampleCompleteness")).getText().equals(after));
            assertEquals("same page", browser.executeScript("return window.tabulationMarker;"));
            assertNotEquals(before, browser.findElement(By.id("sampleCompleteness")).getText());
        } finally {
            browser.quit();
        }
    }

    @Test
    @Order(6)
    void officialResultAndIncidentStatusOnScreens() throws Exception {
        long incident = count("SELECT MAX(id) FROM submission WHERE form_kind = 'INCIDENT' AND election_id = "
                + electionId);
        String incidentStation = text("SELECT station_code FROM submission WHERE id = " + incident);
        String emptyName = "Élection partielle sans échantillon";
        ItDatabase.update("INSERT INTO election (name, election_type, election_date, map_version_id, status,"
                + " created_at, updated_at) VALUES ('" + emptyName + "', 'LEGISLATIVE', '2028-07-30', 1,"
                + " 'PREPARATION', NOW(3), NOW(3))");
        long emptyElection = count("SELECT id FROM election WHERE name = '" + emptyName + "'");
        ChromeDriver browser = Browser.start();
        try {
            browser.get(base() + "login.xhtml");
            browser.findElement(By.id("login:username")).sendKeys("eva");
            browser.findElement(By.id("login:password")).sendKeys("Demo-IT-2026");
            browser.findElement(By.id("login:submit")).click();
            new WebDriverWait(browser, Duration.ofSeconds(30)).until(driver -> !driver.getCurrentUrl()
                    .contains("login.xhtml"));
            browser.get(base() + "situation/dashboard.xhtml?election=" + emptyElection);
            Browser.waitForTitle(browser, "Tableau de bord en direct");
            assertTrue(browser.findElement(By.id("noSample")).getText().startsWith("Aucun échantillon PVT n'est tiré"
                    + " pour cette élection"), browser.findElement(By.id("noSample")).getText());
            assertTrue(browser.findElement(By.id("noSample")).getText().contains("« PVT > Échantillon PVT »"));
            assertTrue(browser.findElements(By.id("sampleCompleteness")).isEmpty(), "completeness of no sample");
            assertTrue(browser.findElement(By.id("noReports")).getText().startsWith("Aucun rapport d'observateur"));
            assertTrue(browser.findElements(By.id("coverage")).isEmpty(), "coverage table of zeros");
            assertTrue(browser.findElement(By.id("noIncidents")).getText().startsWith("Aucun incident signalé"));
            assertEquals(1, browser.findElements(By.id("mapAttribution")).size());
            assertTrue(browser.findElements(By.cssSelector("svg.mali-map text")).isEmpty(), "attribution drawn twice");

            browser.get(base() + "situation/dashboard.xhtml?election=" + electionId);
            Browser.waitForTitle(browser, "Tableau de bord en direct");
            // The sample of this class is drawn by the administrator and never sealed.
            assertTrue(browser.findElement(By.id("draftSample")).getText().startsWith("L'échantillon PVT de cette"
                    + " élection n'est pas encore scellé"));
            assertTrue(browser.findElements(By.id("noSample")).isEmpty(), "no-sample notice beside a sample");
            long mapHeight = (Long) browser.executeScript("return Math.round(document.querySelector('svg.mali-map')"
                    + ".getBoundingClientRect().height);");
            long windowHeight = (Long) browser.executeScript("return window.innerHeight;");
            assertTrue(mapHeight <= Math.min(480, windowHeight * 0.6) + 1, mapHeight + " px in " + windowHeight);
            assertTrue(mapHeight >= 100, mapHeight + " px");

            new Select(browser.findElement(By.id("official:scope"))).selectByValue("ML04");
            browser.findElement(By.id("official:registered")).sendKeys("1 047 815");
            browser.findElement(By.id("official:voters")).sendKeys("612 3OO");
            browser.findElement(By.id("official:nullVotes")).sendKeys("12 300");
            browser.findElement(By.id("official:validVotes")).sendKeys("600 000");
            List<WebElement> options = browser.findElements(By.cssSelector("#official input[id$=':option']"));
            assertEquals(2, options.size());
            options.get(0).sendKeys("350 000");
            options.get(1).sendKeys("250 000");
            browser.findElement(By.id("official:enter")).click();
            waitForText(browser, "Votants : « 612 3OO » n'est pas un nombre entier.");
            assertEquals(0, count("SELECT COUNT(*) FROM official_result WHERE scope = 'ML04'"));

            browser.findElement(By.id("official:voters")).clear();
            browser.findElement(By.id("official:voters")).sendKeys("612 300");
            browser.findElement(By.id("official:enter")).click();
            waitForText(browser, "Résultat officiel enregistré ; le verdict est à jour.");
            assertEquals("1047815|612300|12300|600000", text("SELECT CONCAT_WS('|', registered, voters, null_votes,"
                    + " valid_votes) FROM official_result WHERE election_id = " + electionId + " AND scope = 'ML04'"));

            JsonObject verdict = json(session("eva", "Demo-IT-2026").get("api/tabulation/" + electionId))
                    .getJsonArray("verdicts").stream().map(JsonValue::asJsonObject)
                    .filter(v -> v.getString("scope").equals("ML04") && v.getString("figure").equals("OUI"))
                    .findFirst().orElseThrow();
            String expected = !verdict.getBoolean("estimated") ? "Pas encore d'estimation PVT pour cette portée"
                    : verdict.getBoolean("inside95") ? "Dans l'intervalle PVT à 95 %" : "Hors de l'intervalle";
            String row = new WebDriverWait(browser, Duration.ofSeconds(30)).until(driver -> driver
                    .findElements(By.cssSelector("#verdicts_data tr")).stream().map(WebElement::getText)
                    .map(text -> text.replace('\u00A0', ' ').replace('\u202F', ' '))
                    .filter(text -> text.startsWith("Ségou") && text.contains("58,33 %")).findFirst().orElse(null));
            assertTrue(row.contains(expected), row + " / expected " + expected);

            browser.get(base() + "situation/incidents.xhtml?election=" + electionId);
            Browser.waitForTitle(browser, "Salle de situation : incidents");
            By forward = By.xpath("//tbody[@id='incidents:list_data']/tr[contains(., '" + incidentStation
                    + "')]//button[contains(., 'Transmis')]");
            // The list redraws every two seconds, so the button is looked up again until a click lands.
            new WebDriverWait(browser, Duration.ofSeconds(30)).until(driver -> {
                try {
                    driver.findElement(forward).click();
                    return true;
                } catch (WebDriverException redrawn) {
                    return false;
                }
            });
            new WebDriverWait(browser, Duration.ofSeconds(30)).until(driver -> {
                try {
                    return driver.findElement(By.xpath("//tbody[@id='incidents:list_data']/tr[contains(., '"
                            + incidentStation + "')]//span[contains(@class, 'status')]")).getText().equals("Transmis");
                } catch (WebDriverException redrawn) {
                    return false;
                }
            });
        } finally {
            browser.quit();
        }
        assertEquals("FORWARDED", text("SELECT status FROM incident_review WHERE submission_id = " + incident));
        assertEquals(1, count("SELECT COUNT(*) FROM audit_entry WHERE action = 'INCIDENT_STATUS_CHANGED'"
                + " AND target_id = '" + incident + "' AND actor = 'eva'"));
    }

    private static void waitForText(ChromeDriver browser, String text) throws InterruptedException {
        for (int i = 0; i < 300 && !browser.getPageSource().contains(text); i++) {
            Thread.sleep(100);
        }
        assertTrue(browser.getPageSource().contains(text), "page does not show: " + text);
    }

    // Independent computation of the stratified ratio estimator, from its formulas.

    private interface Figure {
        int of(Sheet sheet);
    }

    /** Compares the option shares and turnout of a JSON estimate with the test's own computation. */
    private static void checkEstimates(JsonObject estimates, Map<String, Sheet> sheets) {
        Map<String, List<String>> groups = groups(estimates);
        double[] yes = ratioAndMargin(sheets, groups, Sheet::yes, Sheet::valid);
        double[] no = ratioAndMargin(sheets, groups, Sheet::no, Sheet::valid);
        double[] turnout = ratioAndMargin(sheets, groups, Sheet::voters, Sheet::registered);
        double[] nulls = ratioAndMargin(sheets, groups, Sheet::nullBallots, Sheet::voters);
        JsonArray options = estimates.getJsonArray("optionShares");
        assertEquals(sheets.size(), estimates.getInt("stationsUsed"));
        assertEquals(yes[0], number(options.getJsonObject(0), "ratio"), TOLERANCE);
        assertEquals(yes[1], number(options.getJsonObject(0), "margin95"), TOLERANCE);
        assertEquals(yes[1] * 2.575829 / 1.959964, number(options.getJsonObject(0), "margin99"), TOLERANCE);
        assertEquals(no[0], number(options.getJsonObject(1), "ratio"), TOLERANCE);
        assertEquals(no[1], number(options.getJsonObject(1), "margin95"), TOLERANCE);
        assertEquals(turnout[0], number(estimates.getJsonObject("turnout"), "ratio"), TOLERANCE);
        assertEquals(turnout[1], number(estimates.getJsonObject("turnout"), "margin95"), TOLERANCE);
        assertEquals(nulls[0], number(estimates.getJsonObject("nullShare"), "ratio"), TOLERANCE);
        assertEquals(nulls[1], number(estimates.getJsonObject("nullShare"), "margin95"), TOLERANCE);
    }

    /**
     * Returns R = Σ w y / Σ w x and 1.959964 √V with w = N_g / n_g per estimation group g and
     * V = Σ_g (1 − n_g/N_g) n_g/(n_g − 1) Σ_i (z_gi − z̄_g)², z = w (y − R x) / X̂. The groups (strata
     * merged when they have fewer than two reports) are the server's; everything else is computed here.
     */
    private static double[] ratioAndMargin(Map<String, Sheet> sheets, Map<String, List<String>> groups, Figure y,
                                           Figure x) {
        Map<String, String> groupOfStratum = new HashMap<>();
        groups.forEach((group, strata) -> strata.forEach(stratum -> groupOfStratum.put(stratum, group)));
        Map<String, List<Sheet>> byGroup = new HashMap<>();
        sheets.forEach((code, sheet) -> byGroup.computeIfAbsent(groupOfStratum.get(stratumOf(code)),
                k -> new ArrayList<>()).add(sheet));
        Map<String, Double> weight = new HashMap<>();
        Map<String, Integer> population = new HashMap<>();
        for (Map.Entry<String, List<String>> group : groups.entrySet()) {
            int frame = group.getValue().stream().mapToInt(FRAME_SIZE::get).sum();
            population.put(group.getKey(), frame);
            weight.put(group.getKey(), (double) frame / byGroup.get(group.getKey()).size());
        }
        double totalY = 0;
        double totalX = 0;
        for (Map.Entry<String, List<Sheet>> group : byGroup.entrySet()) {
            for (Sheet sheet : group.getValue()) {
                totalY += weight.get(group.getKey()) * y.of(sheet);
                totalX += weight.get(group.getKey()) * x.of(sheet);
            }
        }
        double ratio = totalY / totalX;
        double variance = 0;
        for (Map.Entry<String, List<Sheet>> group : byGroup.entrySet()) {
            double w = weight.get(group.getKey());
            int n = group.getValue().size();
            double[] scores = new double[n];
            double mean = 0;
            for (int i = 0; i < n; i++) {
                Sheet sheet = group.getValue().get(i);
                scores[i] = w * (y.of(sheet) - ratio * x.of(sheet)) / totalX;
                mean += scores[i] / n;
            }
            double squares = 0;
            for (double score : scores) {
                squares += (score - mean) * (score - mean);
            }
            variance += (1.0 - (double) n / population.get(group.getKey())) * n / (n - 1.0) * squares;
        }
        return new double[] {ratio, 1.959964 * Math.sqrt(variance)};
    }

    private static Map<String, List<String>> groups(JsonObject estimates) {
        Map<String, List<String>> groups = new LinkedHashMap<>();
        for (JsonValue value : estimates.getJsonArray("groups")) {
            JsonObject group = value.asJsonObject();
            groups.put(group.getString("key"), group.getJsonArray("strata").getValuesAs(JsonString::getString));
        }
        return groups;
    }

    private static double number(JsonObject object, String name) {
        return object.getJsonNumber(name).doubleValue();
    }

    // Set-up and helpers.

    /** Returns a sheet that adds up, with a YES share that varies by station so that the variance is not zero. */
    private static Sheet sheet(Station station, int index) {
        int voters = station.registered() * (35 + index % 10) / 100;
        int nulls = voters / 40;
        int valid = voters - nulls;
        int yes = valid * (80 + index % 17) / 100;
        return new Sheet(station.registered(), voters, nulls, valid, yes, valid - yes);
    }

    private static void readSample() throws Exception {
        try (Connection db = connect(); PreparedStatement query = db.prepareStatement("SELECT st.stratum_key,"
                + " st.frame_stations, s.station_code, p.registered_voters, u.code FROM pvt_sample sa"
                + " JOIN pvt_sample_stratum st ON st.sample_id = sa.id"
                + " LEFT JOIN pvt_sample_station s ON s.stratum_id = st.id AND s.state = 'SAMPLED'"
                + " LEFT JOIN polling_station p ON p.id = s.station_id LEFT JOIN admin_unit u ON u.id = p.commune_id"
                + " WHERE sa.election_id = ? ORDER BY st.position, s.draw_rank")) {
            query.setLong(1, electionId);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    FRAME_SIZE.put(rows.getString(1), rows.getInt(2));
                    if (rows.getString(3) != null) {
                        SAMPLED.add(new Station(rows.getString(3), rows.getString(1), rows.getInt(4), rows.getString(5)));
                    }
                }
            }
        }
    }

    private static String stratumOf(String code) {
        return SAMPLED.get(indexOf(code)).stratum();
    }

    private static int indexOf(String code) {
        for (int i = 0; i < SAMPLED.size(); i++) {
            if (SAMPLED.get(i).code().equals(code)) {
                return i;
            }
        }
        throw new AssertionError("station " + code + " is not sampled");
    }

    private void awaitElectionAndRoster() throws Exception {
        for (int i = 0; i < 600; i++) {
            try {
                if (count("SELECT COUNT(*) FROM election WHERE status = 'ONGOING'") > 0
                        && count("SELECT COUNT(*) FROM form_set") > 0
                        && count("SELECT COUNT(*) FROM observer") >= 3000) {
                    break;
                }
            } catch (java.sql.SQLException | java.io.IOException e) {
                // The database or the schema is not there yet.
            }
            sleep(500);
        }
        electionId = count("SELECT id FROM election WHERE status = 'ONGOING' ORDER BY election_date DESC LIMIT 1");
    }

    private static String observerFile() {
        StringBuilder csv = new StringBuilder("nom;prenom;sexe;annee_de_naissance;organisation;categorie;"
                + "code_commune;langues;nina;telephones;statut\n");
        for (int i = 0; i < SAMPLED.size(); i++) {
            csv.append("Tabulation (fictif);Observateur ").append(i).append(';').append(i % 2 == 0 ? "F" : "M")
                    .append(";1990;AJCAD;OCT;").append(SAMPLED.get(i).commune()).append(";bambara, français;")
                    .append(nationalId(i)).append(";+").append(phone(i)).append(";actif\n");
        }
        return csv.toString();
    }

    private static String nationalId(int index) {
        return String.format("TABUL%04d", index);
    }

    private static String phone(int index) {
        return "223" + (FIRST_PHONE + index);
    }

    private WebSession session(String user, String password) throws Exception {
        WebSession session = new WebSession(base());
        assertEquals(302, session.login(user, password).statusCode(), "login of " + user);
        return session;
    }

    private URI base() {
        return URI.create("http://127.0.0.1:" + deploymentUrl.getPort() + "/observation/");
    }

    private static JsonObject json(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    private static void send(String sender, String text) throws Exception {
        SMSC.deliver(sender, 1, SHORT_CODE, 0, 0, gsm(text));
    }

    private static void awaitSubmissions(String form, int expected) throws Exception {
        for (int i = 0; i < 240; i++) {
            if (count("SELECT COUNT(*) FROM submission WHERE form_code = '" + form + "' AND observer_code IN"
                    + " (SELECT code FROM observer WHERE national_id LIKE 'TABUL%')") >= expected
                    && count("SELECT COUNT(*) FROM sms_inbound WHERE intake_status IN ('PENDING')") == 0) {
                return;
            }
            sleep(500);
        }
        throw new AssertionError("fewer than " + expected + " " + form + " submissions stored");
    }

    /** Waits until the query returns a positive number, and returns it. */
    private static long awaitCount(String sql) throws Exception {
        for (int i = 0; i < 240; i++) {
            long value = count(sql);
            if (value > 0) {
                return value;
            }
            sleep(500);
        }
        throw new AssertionError("no row for " + sql);
    }

    private static void awaitOutboxSent() throws Exception {
        for (int i = 0; i < 240; i++) {
            if (count("SELECT COUNT(*) FROM sms_outbound WHERE status IN ('PENDING', 'SENDING')") == 0) {
                return;
            }
            sleep(500);
        }
        throw new AssertionError("outbox not drained");
    }

    /** Encodes ASCII text as unpacked GSM 7-bit, where @ is 0x00 and é is 0x05. */
    private static byte[] gsm(String text) {
        byte[] bytes = new byte[text.length()];
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            bytes[i] = switch (c) {
                case '@' -> 0;
                case 'é' -> 5;
                default -> (byte) c;
            };
        }
        return bytes;
    }





    private static void sleep(long millis) {
        try {
            TimeUnit.MILLISECONDS.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * A presidential election with three candidates, created over REST, gets a RES form that asks
     * for each candidate's votes. RES messages in those codes are counted and the PVT estimates
     * each candidate. Once sheets are stored, removing a candidate is rejected and relabelling
     * one relabels its question. The election is ongoing with the latest date, so it takes every
     * later SMS: this test runs last.
     */
    @Test
    @Order(7)
    void presidentialElectionAsksForCandidates() throws Exception {
        WebSession admin = session("admin", "Admin-IT-2026");
        long mapVersion = count("SELECT map_version_id FROM election WHERE id = " + electionId);
        String candidates = "[{\"code\": \"C01\", \"label\": \"Awa Traoré\"},"
                + " {\"code\": \"C02\", \"label\": \"Moussa Keïta\"},"
                + " {\"code\": \"C03\", \"label\": \"Fatoumata Diallo\"}]";
        String election = "{\"name\": \"Présidentielle IT, 1er tour\", \"type\": \"PRESIDENTIAL_ROUND_1\","
                + " \"date\": \"2028-07-30\", \"mapVersion\": " + mapVersion + ", \"status\": \"ONGOING\","
                + " \"options\": " + candidates + "}";
        String misspelt = election.replace("PRESIDENTIAL_ROUND_1", "PRESIDENTIELLE");
        HttpResponse<String> badType = admin.post("api/elections/create", misspelt.getBytes(StandardCharsets.UTF_8),
                "application/json");
        assertEquals(422, badType.statusCode(), badType.body());
        assertEquals("Champ « type » : valeur « PRESIDENTIELLE » inconnue. Valeurs possibles : REFERENDUM,"
                + " PRESIDENTIAL_ROUND_1, PRESIDENTIAL_ROUND_2, LEGISLATIVE, COMMUNAL.",
                Json.createReader(new StringReader(badType.body())).readObject().getString("message"));
        HttpResponse<String> byAnalyst = session("analyste", "Demo-IT-2026").post("api/elections/create",
                election.getBytes(StandardCharsets.UTF_8), "application/json");
        assertEquals(403, byAnalyst.statusCode(), byAnalyst.body());
        HttpResponse<String> created = admin.post("api/elections/create", election.getBytes(StandardCharsets.UTF_8),
                "application/json");
        assertEquals(201, created.statusCode(), created.body());
        JsonObject createdJson = Json.createReader(new StringReader(created.body())).readObject();
        long presidential = createdJson.getJsonNumber("id").longValue();
        assertEquals("PRESIDENTIAL_ROUND_1", createdJson.getString("type"));
        assertEquals(3, createdJson.getJsonArray("options").size());

        List<JsonObject> votes = voteQuestions(admin, presidential);
        assertEquals(List.of("E", "F", "G"), votes.stream().map(q -> q.getString("code")).toList());
        assertEquals(List.of("C01 – Awa Traoré", "C02 – Moussa Keïta", "C03 – Fatoumata Diallo"),
                votes.stream().map(q -> q.getString("labelFr")).toList());
        assertEquals(List.of("C01 – Awa Traoré", "C02 – Moussa Keïta", "C03 – Fatoumata Diallo"),
                votes.stream().map(q -> q.getString("labelEn")).toList());
        assertFalse(exportedForms(admin, presidential).contains("\"OUI\""), "referendum option in the forms");

        // Sample of 20 stations; the first 20 observers of this class report on them.
        String draw = "scheme=REGION&sizeMode=GIVEN&size=20&reserve=0&seed=20280730";
        HttpResponse<String> drawn = admin.post("api/pvt/draw/" + presidential, draw.getBytes(StandardCharsets.UTF_8),
                "application/x-www-form-urlencoded");
        assertEquals(200, drawn.statusCode(), drawn.body());
        List<String> stations = new ArrayList<>();
        List<Integer> registered = new ArrayList<>();
        try (Connection db = connect(); PreparedStatement query = db.prepareStatement("SELECT s.station_code,"
                + " p.registered_voters FROM pvt_sample sa JOIN pvt_sample_stratum st ON st.sample_id = sa.id"
                + " JOIN pvt_sample_station s ON s.stratum_id = st.id AND s.state = 'SAMPLED'"
                + " JOIN polling_station p ON p.id = s.station_id WHERE sa.election_id = ?"
                + " ORDER BY st.position, s.draw_rank")) {
            query.setLong(1, presidential);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    stations.add(rows.getString(1));
                    registered.add(rows.getInt(2));
                }
            }
        }
        assertEquals(20, stations.size());
        for (int i = 0; i < stations.size(); i++) {
            String form = "observer=" + CODES.get(i) + "&kind=POLLING_STATION&place=" + stations.get(i);
            HttpResponse<String> assigned = admin.post("api/deployment/" + presidential + "/assign",
                    form.getBytes(StandardCharsets.UTF_8), "application/x-www-form-urlencoded");
            assertEquals(200, assigned.statusCode(), assigned.body());
        }

        // Every sheet gives C01 50 %, C02 30 % and C03 20 % of its valid votes, so the ratio
        // estimates are exactly these shares whatever the weights.
        List<String> answers = new ArrayList<>();
        for (int i = 0; i < stations.size(); i++) {
            int valid = Math.max(10, registered.get(i) * 40 / 100 / 10 * 10);
            answers.add("A" + Math.max(registered.get(i), valid + 3) + " B" + (valid + 3) + " C3 D" + valid
                    + " E" + valid / 2 + " F" + valid * 3 / 10 + " G" + valid / 5);
            send(phone(i), "RES " + CODES.get(i) + " " + answers.get(i));
        }
        String counted = "SELECT COUNT(*) FROM submission WHERE election_id = " + presidential
                + " AND form_code = 'RES' AND counted = 1";
        for (int i = 0; i < 240 && count(counted) < stations.size(); i++) {
            sleep(500);
        }
        assertEquals(stations.size(), count(counted));
        String reply = "RES " + CODES.get(0) + " enregistré: " + answers.get(0) + ". Merci.";
        String replies = "SELECT text FROM sms_outbound WHERE recipient = '+" + phone(0) + "'";
        for (int i = 0; i < 240 && !texts(replies).contains(reply); i++) {
            sleep(500);
        }
        assertTrue(texts(replies).contains(reply), reply + " not in " + texts(replies));

        JsonObject view = json(session("analyste", "Demo-IT-2026").get("api/tabulation/" + presidential));
        assertEquals(List.of("C01 – Awa Traoré", "C02 – Moussa Keïta", "C03 – Fatoumata Diallo"),
                view.getJsonArray("options").getValuesAs(JsonString::getString));
        assertEquals(stations.size(), view.getInt("acceptedSheets"));
        JsonArray shares = view.getJsonObject("estimates").getJsonArray("optionShares");
        assertEquals(3, shares.size());
        assertEquals(0.5, number(shares.getJsonObject(0), "ratio"), TOLERANCE);
        assertEquals(0.3, number(shares.getJsonObject(1), "ratio"), TOLERANCE);
        assertEquals(0.2, number(shares.getJsonObject(2), "ratio"), TOLERANCE);

        // Stored answers keep every candidate's question: removing C02 is rejected, relabelling C03 is not.
        long version = createdJson.getJsonNumber("version").longValue();
        String withoutC02 = election.replace(", {\"code\": \"C02\", \"label\": \"Moussa Keïta\"}", "")
                .replace("}]}", "}], \"version\": " + version + "}");
        HttpResponse<String> removed = admin.post("api/elections/update/" + presidential,
                withoutC02.getBytes(StandardCharsets.UTF_8), "application/json");
        assertEquals(422, removed.statusCode(), removed.body());
        JsonObject rejection = Json.createReader(new StringReader(removed.body())).readObject();
        assertEquals("election.error.optionInUse", rejection.getString("key"));
        assertEquals("L'option « C02 – Moussa Keïta » ne peut être ni retirée ni changer de code : le formulaire RES"
                + " a déjà 20 réponse(s) enregistrée(s) à sa question F. Gardez cette option avec le même code ;"
                + " vous pouvez encore changer son libellé.", rejection.getString("message"));
        assertEquals(3, voteQuestions(admin, presidential).size());
        assertEquals(3, count("SELECT COUNT(*) FROM ballot_option WHERE election_id = " + presidential));

        String relabelled = election.replace("Fatoumata Diallo", "Fatoumata Diallo-Touré")
                .replace("}]}", "}], \"version\": " + version + "}");
        HttpResponse<String> saved = admin.post("api/elections/update/" + presidential,
                relabelled.getBytes(StandardCharsets.UTF_8), "application/json");
        assertEquals(200, saved.statusCode(), saved.body());
        assertEquals(List.of("C01 – Awa Traoré", "C02 – Moussa Keïta", "C03 – Fatoumata Diallo-Touré"),
                voteQuestions(admin, presidential).stream().map(q -> q.getString("labelFr")).toList());
        assertEquals("RES: question G changed (label)", text("SELECT details FROM audit_entry"
                + " WHERE action = 'RESULTS_FORM_OPTIONS_UPDATED' AND target_id = '" + presidential + "'"));
    }

    /** Returns the questions of the RES form of an election that carry an option's votes. */
    private static List<JsonObject> voteQuestions(WebSession session, long election) throws Exception {
        JsonObject set = Json.createReader(new StringReader(exportedForms(session, election))).readObject();
        JsonObject results = set.getJsonArray("forms").stream().map(JsonValue::asJsonObject)
                .filter(form -> form.getString("code").equals("RES")).findFirst().orElseThrow();
        return results.getJsonArray("questions").stream().map(JsonValue::asJsonObject)
                .filter(question -> "OPTION_VOTES".equals(question.getString("figure", ""))).toList();
    }

    private static String exportedForms(WebSession session, long election) throws Exception {
        HttpResponse<String> exported = session.get("api/forms/" + election);
        assertEquals(200, exported.statusCode(), exported.body());
        return exported.body();
    }
}
