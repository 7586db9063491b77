package ml.modele.observation.it;

import static ml.modele.observation.it.ItDatabase.count;
import static ml.modele.observation.it.ItDatabase.text;
import static ml.modele.observation.it.ItDatabase.texts;
import static ml.modele.observation.it.Waits.sleep;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;

import java.text.Normalizer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.ToIntFunction;

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
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import ml.modele.observation.it.SampledElection.Sheet;
import ml.modele.observation.it.SampledElection.Station;

/**
 * Election night through the deployed platform. The test draws a PVT sample through the sample
 * REST path and deploys one observer per sampled station. The observers send their result sheets
 * and checklists by SMS through a test SMSC on 127.0.0.1, and the test checks the tabulation REST
 * figures against its own computation of the stratified ratio estimator. It then enters an
 * official result as the EVA and checks the verdict, raises a critical incident and checks its
 * SMS alerts, and watches the live dashboard in headless Chromium update after one more SMS,
 * without a reload.
 */
@ExtendWith({OwnDatabase.class, OwnSmsc.class, ArquillianExtension.class})
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TabulationIT {

    private static final int SAMPLE_SIZE = 60;
    /** Observers' phones: 76 60 00 00 and up, outside the other classes' blocks. */
    private static final SampledElection.Observers OBSERVERS =
            new SampledElection.Observers("Tabulation (fictif)", "TABUL", 76_600_000);
    /** Mission chief's phone, set in arquillian.xml. */
    private static final String MISSION_CHIEF_PHONE = "+22370999001";
    private static final double TOLERANCE = 1e-9;
    private static final TestSmsc SMSC = OwnSmsc.smsc();

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

    // OwnSmsc initialises this class before Arquillian reads arquillian.xml, which reads this property.
    static {
        // Alerts are off in the other integration tests, which count every SMS sent.
        System.setProperty("it.alerts.enabled", "true");
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
    void drawsSampleAndDeploysObservers() throws Exception {
        SampledElection.Sample sample = SampledElection.seed(base(), SMSC, SAMPLE_SIZE, OBSERVERS);
        electionId = sample.electionId();
        SAMPLED.addAll(sample.stations());
        FRAME_SIZE.putAll(sample.frameSize());
        CODES.addAll(sample.codes());
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
            Browser.logIn(browser, base(), "chef.mission", "Demo-IT-2026");
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
            Browser.logIn(browser, base(), "eva", "Demo-IT-2026");
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

    private static double[] ratioAndMargin(Map<String, Sheet> sheets, Map<String, List<String>> groups,
                                           ToIntFunction<Sheet> y, ToIntFunction<Sheet> x) {
        return new StratifiedRatio(SAMPLED, FRAME_SIZE, groups).ratioAndMargin(sheets, y, x);
    }

    private static Map<String, List<String>> groups(JsonObject estimates) {
        return StratifiedRatio.groups(estimates);
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

    private static String phone(int index) {
        return OBSERVERS.phone(index);
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

    private static void send(String sender, String text) throws Exception {
        Sms.deliver(SMSC, sender, text);
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
        return ItDatabase.awaitCount(sql, 1, Duration.ofMinutes(2));
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

    @Test
    @Order(7)
    void dashboardWaitsForTwoSheetsWithVotes() throws Exception {
        String name = "Élection partielle à un procès-verbal";
        ItDatabase.update("INSERT INTO election (name, election_type, election_date, map_version_id, status,"
                + " created_at, updated_at) VALUES ('" + name + "', 'LEGISLATIVE', '2028-08-27', 1,"
                + " 'PREPARATION', NOW(3), NOW(3))");
        long election = count("SELECT id FROM election WHERE name = '" + name + "'");
        String draw = "scheme=REGION&sizeMode=GIVEN&size=20&reserve=0&seed=20280827";
        HttpResponse<String> drawn = session("admin", "Admin-IT-2026").post("api/pvt/draw/" + election,
                draw.getBytes(StandardCharsets.UTF_8), "application/x-www-form-urlencoded");
        assertEquals(200, drawn.statusCode(), drawn.body());
        List<String> sampled = texts("SELECT s.station_code FROM pvt_sample_station s JOIN pvt_sample p"
                + " ON p.id = s.sample_id WHERE p.election_id = " + election + " AND s.state = 'SAMPLED'"
                + " ORDER BY s.draw_rank LIMIT 3");
        insertSubmission(election, "RES", "RESULTS", sampled.get(0), true,
                Map.of("A", "500", "B", "300", "C", "10", "D", "290", "E", "200", "F", "90"));

        String oneSheetGap = "En attente d'au moins deux procès-verbaux comptés dans l'échantillon (1 pour l'instant)"
                + " : pas encore d'estimation ni de marge.";
        WebSession analyst = session("analyste", "Demo-IT-2026");
        HttpResponse<String> oneSheet = analyst.get("api/tabulation/" + election);
        JsonObject view = json(oneSheet);
        assertFiniteNumbers(oneSheet.body());
        assertTrue(view.isNull("estimates"), oneSheet.body());
        assertEquals("tabulation.gap.fewSheets", view.getJsonObject("estimatesReason").getString("key"));
        assertEquals(oneSheetGap, view.getJsonObject("estimatesReason").getString("message"));
        assertEquals(1, view.getInt("countedSheets"));
        assertEquals("Waiting for at least two counted result sheets from the sample (1 so far): no estimate or"
                + " margin yet.", json(analyst.get("api/tabulation/" + election + "?lang=en"))
                .getJsonObject("estimatesReason").getString("message"));

        String noVotes = "En attente d'au moins deux procès-verbaux avec des suffrages exprimés (1 pour l'instant)";
        ChromeDriver browser = Browser.start();
        try {
            browser.get(base() + "login.xhtml");
            browser.findElement(By.id("login:username")).sendKeys("chef.mission");
            browser.findElement(By.id("login:password")).sendKeys("Demo-IT-2026");
            browser.findElement(By.id("login:submit")).click();
            new WebDriverWait(browser, Duration.ofSeconds(30)).until(driver -> !driver.getCurrentUrl()
                    .contains("login.xhtml"));
            browser.get(base() + "situation/dashboard.xhtml?election=" + election);
            Browser.waitForTitle(browser, "Tableau de bord en direct");
            assertEquals(oneSheetGap, browser.findElement(By.id("noEstimates")).getText());
            assertTrue(browser.findElements(By.id("estimates")).isEmpty(), "estimates table with one sheet");
            assertNoNonFiniteText(browser.getPageSource());
            browser.executeScript("window.gapMarker = 'same page';");

            // Two sampled stations report that they did not open: three sheets count, one of them with votes.
            insertSubmission(election, "ARV", "CHECKLIST", sampled.get(1), false, Map.of("A", "7", "B", "2"));
            insertSubmission(election, "ARV", "CHECKLIST", sampled.get(2), false, Map.of("A", "7", "B", "2"));

            new WebDriverWait(browser, Duration.ofSeconds(30)).ignoring(StaleElementReferenceException.class)
                    .until(driver -> driver.findElements(By.cssSelector("#estimates .estimate")).stream()
                            .findFirst().map(WebElement::getText).orElse("").equals(noVotes));
            assertEquals("same page", browser.executeScript("return window.gapMarker;"));
            List<String> shares = browser.findElements(By.cssSelector("#estimates .estimate")).stream()
                    .map(WebElement::getText).toList();
            assertEquals(List.of(noVotes, noVotes), shares.subList(0, 2));
            // Both stations that did not open have registered voters, so turnout has three sheets.
            assertTrue(shares.get(2).matches("\\d{1,3},\\d{2}[ \u00A0]%"), shares.get(2));
            assertEquals("En attente d'au moins deux procès-verbaux avec des votants (1 pour l'instant)",
                    shares.get(3));
            assertEquals(List.of("—", "—"), browser.findElements(By.cssSelector("#estimates .margin95")).stream()
                    .map(WebElement::getText).toList().subList(0, 2));
            assertEquals(noVotes, browser.findElement(By.id("noConvergence")).getText());
            assertNoNonFiniteText(browser.getPageSource());
        } finally {
            browser.quit();
        }

        HttpResponse<String> closed = analyst.get("api/tabulation/" + election);
        assertFiniteNumbers(closed.body());
        JsonObject estimates = json(closed).getJsonObject("estimates");
        JsonObject yes = estimates.getJsonArray("optionShares").getJsonObject(0);
        assertTrue(yes.isNull("ratio"), yes.toString());
        assertTrue(yes.isNull("margin95"), yes.toString());
        assertTrue(yes.isNull("margin99"), yes.toString());
        assertEquals("tabulation.gap.noValidVotes", yes.getJsonObject("reason").getString("key"));
        assertEquals(noVotes, yes.getJsonObject("reason").getString("message"));
        assertEquals(JsonValue.ValueType.NUMBER, estimates.getJsonObject("turnout").get("ratio").getValueType());
        assertEquals(0, json(closed).getJsonArray("convergence").size());
    }

    @Test
    @Order(8)
    void incidentListFiltersOnRegionName() throws Exception {
        long incident = count("SELECT MAX(id) FROM submission WHERE form_kind = 'INCIDENT' AND election_id = "
                + electionId);
        String station = text("SELECT station_code FROM submission WHERE id = " + incident);
        String region = text("SELECT LEFT(u.code, 4) FROM polling_station p JOIN admin_unit u ON u.id = p.commune_id"
                + " JOIN election e ON e.map_version_id = p.map_version_id WHERE e.id = " + electionId
                + " AND p.code = '" + station + "'");
        String regions = "SELECT u.name FROM admin_unit u JOIN election e ON e.map_version_id = u.map_version_id"
                + " WHERE e.id = " + electionId + " AND u.admin_level = 1";
        String name = text(regions + " AND u.code = '" + region + "'");
        String otherName = text(regions + " AND u.code <> '" + region + "' ORDER BY u.code LIMIT 1");
        String otherCode = text("SELECT u.code FROM admin_unit u JOIN election e ON e.map_version_id = u.map_version_id"
                + " WHERE e.id = " + electionId + " AND u.admin_level = 1 AND u.name = '" + otherName + "'");
        String folded = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);

        WebSession analyst = session("analyste", "Demo-IT-2026");
        for (String input : List.of(region, region.toLowerCase(Locale.ROOT), name, folded,
                folded.toUpperCase(Locale.ROOT))) {
            HttpResponse<String> rows = analyst.get("api/tabulation/incidents/" + electionId + "?region="
                    + URLEncoder.encode(input, StandardCharsets.UTF_8));
            assertEquals(200, rows.statusCode(), input + ": " + rows.body());
            assertEquals(List.of(incident), incidentIds(rows.body()), input);
        }
        HttpResponse<String> other = analyst.get("api/tabulation/incidents/" + electionId + "?region="
                + URLEncoder.encode(otherName, StandardCharsets.UTF_8));
        assertEquals(200, other.statusCode(), other.body());
        assertEquals(List.of(), incidentIds(other.body()));
        HttpResponse<String> unknown = analyst.get("api/tabulation/incidents/" + electionId + "?region=Segu");
        assertEquals(422, unknown.statusCode(), unknown.body());
        JsonObject error = Json.createReader(new StringReader(unknown.body())).readObject();
        assertEquals("map.error.unknownRegion", error.getString("key"));
        assertTrue(error.getString("message").startsWith("Aucune région ne porte le nom ou le code P « Segu »."),
                error.getString("message"));
        assertTrue(error.getString("message").contains(name + " (" + region + ")"), error.getString("message"));

        String reviewStatus = "SELECT COALESCE((SELECT status FROM incident_review WHERE submission_id = " + incident
                + "), 'NEW')";
        String status = text(reviewStatus);
        long audits = count("SELECT COUNT(*) FROM audit_entry WHERE target_id = '" + incident + "'");
        ChromeDriver browser = Browser.start();
        try {
            browser.get(base() + "login.xhtml");
            browser.findElement(By.id("login:username")).sendKeys("eva");
            browser.findElement(By.id("login:password")).sendKeys("Demo-IT-2026");
            browser.findElement(By.id("login:submit")).click();
            new WebDriverWait(browser, Duration.ofSeconds(30)).until(driver -> !driver.getCurrentUrl()
                    .contains("login.xhtml"));
            // A later election exists (test 7), so the page opens on it; the selector brings the referendum back.
            browser.get(base() + "situation/incidents.xhtml");
            Browser.waitForTitle(browser, "Salle de situation : incidents");
            assertNotEquals(Long.toString(electionId), new Select(browser.findElement(By.id("incidents:election")))
                    .getFirstSelectedOption().getAttribute("value"));
            new Select(browser.findElement(By.id("incidents:election"))).selectByValue(Long.toString(electionId));
            new WebDriverWait(browser, Duration.ofSeconds(30)).until(driver -> driver.getCurrentUrl()
                    .endsWith("?election=" + electionId));
            Browser.waitForTitle(browser, "Salle de situation : incidents");
            new Select(browser.findElement(By.id("incidents:category"))).selectByValue("1");
            waitForListText(browser, station);
            browser.executeScript("window.filterMarker = 'same page';");

            browser.findElement(By.id("incidents:region")).sendKeys(folded, Keys.ENTER);
            waitForElementText(browser, By.id("incidents:regionApplied"), "Région affichée : " + region);
            waitForListText(browser, station);

            // The typed text replaces the selected one: clear() would blur the field and apply a blank filter.
            browser.findElement(By.id("incidents:region")).sendKeys(Keys.chord(Keys.CONTROL, "a"), otherName,
                    Keys.ENTER);
            waitForElementText(browser, By.id("incidents:regionApplied"), "Région affichée : " + otherCode);
            waitForListText(browser, "Aucun incident.");

            browser.findElement(By.id("incidents:region")).sendKeys(Keys.chord(Keys.CONTROL, "a"), "Segu",
                    Keys.ENTER);
            waitForText(browser, "Aucune région ne porte le nom ou le code P « Segu ».");
            assertEquals("Région affichée : " + otherCode, browser.findElement(By.id("incidents:regionApplied"))
                    .getText());

            assertEquals("same page", browser.executeScript("return window.filterMarker;"));
            assertEquals("1", new Select(browser.findElement(By.id("incidents:category")))
                    .getFirstSelectedOption().getAttribute("value"));
        } finally {
            browser.quit();
        }
        // Enter applied the filter and clicked no status button of the list.
        assertEquals(status, text(reviewStatus));
        assertEquals(audits, count("SELECT COUNT(*) FROM audit_entry WHERE target_id = '" + incident + "'"));
    }

    /** Stores a submission of one station as the intake would, with its version and fields. */
    private static void insertSubmission(long election, String form, String kind, String station, boolean counted,
                                         Map<String, String> fields) throws Exception {
        String observer = text("SELECT CONCAT(id, ':', code) FROM observer WHERE national_id = '"
                + OBSERVERS.nationalId(0) + "'");
        String observerId = observer.substring(0, observer.indexOf(':'));
        String observerCode = observer.substring(observer.indexOf(':') + 1);
        String answers = String.join(" ", new TreeMap<>(fields).entrySet().stream()
                .map(field -> field.getKey() + field.getValue()).toList());
        ItDatabase.update("INSERT INTO submission (election_id, form_code, form_kind, observer_id, observer_code,"
                + " station_code, status, flags, counted, current_version, created_at, updated_at) VALUES ("
                + election + ", '" + form + "', '" + kind + "', " + observerId + ", '" + observerCode + "', '"
                + station + "', 'ACTIVE', '', " + counted + ", 1, NOW(3), NOW(3))");
        long submission = count("SELECT MAX(id) FROM submission");
        ItDatabase.update("INSERT INTO submission_version (submission_id, number, channel, author, created_at,"
                + " answers) VALUES (" + submission + ", 1, 'SMS', '" + observerCode + "', NOW(3), '" + answers
                + "')");
        long version = count("SELECT MAX(id) FROM submission_version");
        for (Map.Entry<String, String> field : fields.entrySet()) {
            ItDatabase.update("INSERT INTO submission_field (submission_id, question_code, value, version_id)"
                    + " VALUES (" + submission + ", '" + field.getKey() + "', '" + field.getValue() + "', " + version
                    + ")");
        }
        // NOW(3) of the next submission must be later, because the dashboard orders the sheets by time.
        sleep(20);
    }

    /** Fails when the JSON has a number that is not finite: JSON has none, so look for their Java names. */
    private static void assertFiniteNumbers(String json) {
        assertFalse(json.contains("NaN"), json);
        assertFalse(json.contains("Infinity"), json);
    }

    /** Fails when the page prints a figure that is not a number or is infinite. */
    private static void assertNoNonFiniteText(String page) {
        assertFalse(page.contains("NaN"), "NaN on the page");
        assertFalse(page.contains("Infinity"), "Infinity on the page");
        assertFalse(page.contains("∞"), "∞ on the page");
    }

    private static List<Long> incidentIds(String json) {
        return Json.createReader(new StringReader(json)).readArray().stream()
                .map(row -> row.asJsonObject().getJsonNumber("id").longValue()).toList();
    }

    /** Waits until the incident list, which the page redraws every two seconds, shows the text. */
    private static void waitForListText(ChromeDriver browser, String text) {
        new WebDriverWait(browser, Duration.ofSeconds(30)).ignoring(StaleElementReferenceException.class)
                .until(driver -> driver.findElement(By.id("incidents:list")).getText().contains(text));
    }

    private static void waitForElementText(ChromeDriver browser, By element, String text) {
        new WebDriverWait(browser, Duration.ofSeconds(30)).ignoring(StaleElementReferenceException.class)
                .until(driver -> driver.findElement(element).getText().equals(text));
    }

    /**
     * A presidential election with three candidates, created over REST, gets a RES form that asks
     * for each candidate's votes. RES messages in those codes are counted and the PVT estimates
     * each candidate. Once sheets are stored, removing a candidate is rejected and relabelling
     * one relabels its question. The election is ongoing with the latest date, so it takes every
     * later SMS: this test runs last.
     */
    @Test
    @Order(9)
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
        try (Connection db = ItDatabase.connect(); PreparedStatement query = db.prepareStatement("SELECT s.station_code,"
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
