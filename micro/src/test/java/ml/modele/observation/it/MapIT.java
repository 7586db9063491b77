package ml.modele.observation.it;

import static ml.modele.observation.it.ItDatabase.awaitCount;
import static ml.modele.observation.it.ItDatabase.count;
import static ml.modele.observation.it.ItDatabase.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;

import org.apache.poi.ss.usermodel.Row;
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
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The electoral map and the elections on Payara Micro with the embedded MariaDB: the default map
 * and generated frame of the first start, map imports through the REST API and the import
 * screen, accent-insensitive search, and the election screens. The methods run in order because
 * the station import of the browser test retires the generated frame.
 */
@ExtendWith({OwnDatabase.class, ArquillianExtension.class})
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MapIT {

    private static final String ADMIN_PASSWORD = "Admin-IT-2026";
    private static final String DEMO_PASSWORD = "Demo-IT-2026";
    private static final String OCHA_FILE = "/ml/modele/observation/geography/mli_pcodes_ocha_codab_2021-12-20.csv";
    private static final String REFERENDUM = "Référendum constitutionnel du 18 juin 2023";
    /** Three stations in two centres of Ségou, against the 24,697 of the generated frame. */
    private static final String SMALL_STATION_FILE = "commune_code,centre_code,centre_name,station_code,"
            + "registered_voters,latitude,longitude,area\n"
            + "ML040626,SEG-TEST-C1,École de Médine,SEG-TEST-C1-B1,412,13.4317,-6.2658,urbain\n"
            + "ML040626,SEG-TEST-C1,École de Médine,SEG-TEST-C1-B2,398,13.4317,-6.2658,urbain\n"
            + "ML040626,SEG-TEST-C2,Mairie de Ségou,SEG-TEST-C2-B1,250,,,rural\n";

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
    void defaultMapAndGeneratedFrameLoadOnFirstStart() throws Exception {
        waitForDefaultData();

        assertEquals(1, count("SELECT COUNT(*) FROM map_version"));
        assertEquals(10, count("SELECT COUNT(*) FROM admin_unit WHERE admin_level = 1"));
        assertEquals(53, count("SELECT COUNT(*) FROM admin_unit WHERE admin_level = 2"));
        assertEquals(701, count("SELECT COUNT(*) FROM admin_unit WHERE admin_level = 3"));
        assertEquals(0, count("SELECT COUNT(*) FROM admin_unit WHERE admin_level > 1 AND parent_id IS NULL"));
        assertEquals(24_697, count("SELECT COUNT(*) FROM polling_station WHERE retired = FALSE"));
        assertEquals(24_697, count("SELECT COUNT(*) FROM polling_station WHERE generated = TRUE"));
        assertEquals(8_463_084, count("SELECT SUM(registered_voters) FROM polling_station"));
        assertEquals("Ségou", text("SELECT name FROM admin_unit WHERE code = 'ML04'"));
        assertEquals(2, count("SELECT COUNT(*) FROM ballot_option o JOIN election e ON e.id = o.election_id"
                + " WHERE e.name = '" + REFERENDUM + "'"));

        WebSession eva = login("eva", DEMO_PASSWORD);
        HttpResponse<String> summary = eva.get("api/map/summary");
        assertEquals(200, summary.statusCode(), summary.body());
        assertTrue(summary.body().contains("\"stations\":24697"), summary.body());
        assertTrue(summary.body().contains("\"registeredVoters\":8463084"), summary.body());
        HttpResponse<String> browser = eva.get("map/browser.xhtml");
        assertTrue(browser.body().contains("Carte de démonstration générée"), browser.body());
        HttpResponse<String> elections = eva.get("api/elections");
        assertTrue(elections.body().contains(REFERENDUM), elections.body());
    }

    @Test
    @Order(2)
    void searchIgnoresAccentsAndCase() throws Exception {
        WebSession analyst = login("analyste", DEMO_PASSWORD);

        for (String query : new String[] {"segou", "SEGOU"}) {
            HttpResponse<String> rest = analyst.get("api/map/units?q=" + query);
            assertEquals(200, rest.statusCode(), rest.body());
            assertTrue(rest.body().contains("\"code\":\"ML04\",\"level\":1,\"name\":\"Ségou\""), rest.body());

            HttpResponse<String> page = analyst.get("map/browser.xhtml?q=" + query);
            assertEquals(200, page.statusCode());
            assertTrue(page.body().contains("id=\"map:foundUnits\""), page.body());
            assertTrue(page.body().contains("Ségou"), page.body());
        }
    }

    @Test
    @Order(3)
    void searchIgnoresApostrophesAndHyphens() throws Exception {
        WebSession analyst = login("analyste", DEMO_PASSWORD);
        String ngara = "\"code\":\"ML040618\",\"level\":3,\"name\":\"N'gara\"";

        for (String query : new String[] {"ngara", "NGARA", "n-gara", "N%27gara"}) {
            HttpResponse<String> rest = analyst.get("api/map/units?q=" + query);
            assertEquals(200, rest.statusCode(), rest.body());
            assertTrue(rest.body().contains(ngara), query + ": " + rest.body());
        }
        HttpResponse<String> rharous = analyst.get("api/map/units?q=gourma%20rharous");
        assertTrue(rharous.body().contains("\"name\":\"Gourma-Rharous\""), rharous.body());

        String station = text("SELECT code FROM polling_station WHERE code LIKE 'ML040618-%' ORDER BY code LIMIT 1");
        HttpResponse<String> byCode = analyst.get("api/map/stations?q=" + station);
        assertEquals(200, byCode.statusCode(), byCode.body());
        assertTrue(byCode.body().contains("\"code\":\"" + station + "\""), byCode.body());
    }

    @Test
    @Order(4)
    void importingTheOchaFileTwiceChangesNothing() throws Exception {
        byte[] file;
        try (InputStream input = MapIT.class.getResourceAsStream(OCHA_FILE)) {
            assertNotNull(input, OCHA_FILE);
            file = input.readAllBytes();
        }
        WebSession coordinator = login("coord.technique", DEMO_PASSWORD);

        HttpResponse<String> first = coordinator.post("api/map/import/admin-units?name=ocha.csv", file, "text/csv");
        HttpResponse<String> second = coordinator.post("api/map/import/admin-units?name=ocha.csv", file, "text/csv");

        for (HttpResponse<String> response : java.util.List.of(first, second)) {
            assertEquals(200, response.statusCode(), response.body());
            assertTrue(response.body().contains("\"newVersion\":false"), response.body());
            assertTrue(response.body().contains("\"changed\":0"), response.body());
            assertTrue(response.body().contains("\"unchanged\":764"), response.body());
        }
        assertEquals(1, count("SELECT COUNT(*) FROM map_version"));
        assertEquals(764, count("SELECT COUNT(*) FROM admin_unit"));
        assertEquals(24_697, count("SELECT COUNT(*) FROM polling_station WHERE retired = FALSE"));
        assertEquals("Ségou", text("SELECT name FROM admin_unit WHERE code = 'ML04'"));
    }

    @Test
    @Order(5)
    void badFileIsRejectedWholeWithEveryRowNamedInFrench() throws Exception {
        String file = "Location,Admin Level,P-Code,Name,Parent P-Code,Valid from date\n"
                + "MLI,1,ML01,Kayes,MLI,2021-12-20\n"
                + "MLI,2,ML0101,Bafoulabe,ML99,2021-12-20\n"
                + "MLI,1,ML01,Kayes bis,MLI,2021-12-20\n";
        WebSession admin = login("admin", ADMIN_PASSWORD);
        long auditBefore = count("SELECT COUNT(*) FROM audit_entry");

        HttpResponse<String> response = admin.post("api/map/import/admin-units?name=mauvais.csv",
                file.getBytes(StandardCharsets.UTF_8), "text/csv");

        assertEquals(422, response.statusCode(), response.body());
        assertTrue(response.body().contains("Ligne 3, colonne « Parent P-Code » : le code parent « ML99 » est inconnu"),
                response.body());
        assertTrue(response.body().contains("Ligne 4, colonne « P-Code » : le code « ML01 » figure déjà à la ligne 2"),
                response.body());
        assertEquals(1, count("SELECT COUNT(*) FROM map_version"));
        assertEquals(764, count("SELECT COUNT(*) FROM admin_unit"));
        assertEquals(auditBefore, count("SELECT COUNT(*) FROM audit_entry"));
    }

    @Test
    @Order(6)
    void damagedWorkbookIsRejectedNamingTheFile() throws Exception {
        byte[] workbook;
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("bureaux");
            String[] lines = SMALL_STATION_FILE.split("\n");
            for (int r = 0; r < lines.length; r++) {
                String[] cells = lines[r].split(",", -1);
                Row row = sheet.createRow(r);
                for (int c = 0; c < cells.length; c++) {
                    row.createCell(c).setCellValue(cells[c]);
                }
            }
            book.write(bytes);
            workbook = bytes.toByteArray();
        }
        byte[] truncated = Arrays.copyOf(workbook, workbook.length / 2);
        WebSession admin = login("admin", ADMIN_PASSWORD);
        long auditBefore = count("SELECT COUNT(*) FROM audit_entry");

        HttpResponse<String> response = admin.post("api/map/import/stations?name=tronque.xlsx", truncated,
                "application/octet-stream");

        assertEquals(422, response.statusCode(), response.body());
        assertTrue(response.body().startsWith("{"), response.body());
        assertTrue(response.body().contains("Le fichier « tronque.xlsx » est illisible ou endommagé : ce n'est pas"
                + " un classeur .xlsx valide."), response.body());
        assertEquals(24_697, count("SELECT COUNT(*) FROM polling_station WHERE retired = FALSE"));
        assertEquals(auditBefore, count("SELECT COUNT(*) FROM audit_entry"));
    }

    @Test
    @Order(7)
    void onlyImportersReachTheImport() throws Exception {
        WebSession analyst = login("analyste", DEMO_PASSWORD);

        assertEquals(403, analyst.get("map/import.xhtml").statusCode());
        assertEquals(403, analyst.post("api/map/import/stations", new byte[] {1}, "text/csv").statusCode());
        assertEquals(200, analyst.get("map/browser.xhtml").statusCode());
        assertEquals(200, analyst.get("elections/list.xhtml").statusCode());
    }

    @Test
    @Order(8)
    void missionChiefMarksStationAtRisk() throws Exception {
        ChromeDriver browser = Browser.start();
        String station;
        try {
            logIn(browser, "chef.mission", DEMO_PASSWORD);
            browser.get(base + "map/browser.xhtml?q=ML040626");
            browser.findElement(By.id("map:foundUnits:0:openFound")).click();
            station = browser.findElement(By.cssSelector("#map\\:stations_data tr:first-child td:first-child"))
                    .getText();
            choose(browser, "map:stations:0:status", "À risque");
            browser.findElement(By.id("map:stations:0:saveStatus")).click();
            waitForText(browser, "Bureau " + station + " : sécurité enregistrée (À risque).");
        } finally {
            browser.quit();
        }

        assertEquals("AT_RISK", text("SELECT security_status FROM polling_station WHERE code = '" + station + "'"));
        assertEquals(1, count("SELECT COUNT(*) FROM audit_entry WHERE action = 'STATION_SECURITY_CHANGED'"
                + " AND target_id = '" + station + "'"));
    }

    @Test
    @Order(9)
    void smallStationFileIsPreviewedAndRefusedWithoutConfirmation() throws Exception {
        WebSession coordinator = login("coord.technique", DEMO_PASSWORD);
        long auditBefore = count("SELECT COUNT(*) FROM audit_entry");

        HttpResponse<String> dryRun = coordinator.post("api/map/import/stations?name=segou.csv&dryRun=true",
                SMALL_STATION_FILE.getBytes(StandardCharsets.UTF_8), "text/csv");
        HttpResponse<String> refused = coordinator.post("api/map/import/stations?name=segou.csv",
                SMALL_STATION_FILE.getBytes(StandardCharsets.UTF_8), "text/csv");

        assertEquals(200, dryRun.statusCode(), dryRun.body());
        assertTrue(dryRun.body().contains("\"added\":3,\"changed\":0,\"unchanged\":0,\"retired\":24697"),
                dryRun.body());
        assertTrue(dryRun.body().contains("\"activeStations\":24697"), dryRun.body());
        assertTrue(dryRun.body().contains("\"dryRun\":true"), dryRun.body());
        assertTrue(dryRun.body().contains("\"added\":2"), "two centres added: " + dryRun.body());
        assertEquals(409, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains("\"status\":409"), refused.body());
        assertTrue(spaces(refused.body()).contains("Ce fichier retirerait 24 697 bureaux de vote sur les 24 697 actifs"
                + " de la carte, soit plus de la moitié : rien n'a été enregistré."), refused.body());
        assertTrue(refused.body().contains("confirmRetire=true"), refused.body());
        assertEquals(24_697, count("SELECT COUNT(*) FROM polling_station WHERE retired = FALSE"));
        assertEquals(0, count("SELECT COUNT(*) FROM polling_centre WHERE code LIKE 'SEG-TEST-%'"));
        assertEquals(auditBefore, count("SELECT COUNT(*) FROM audit_entry"));
    }

    @Test
    @Order(10)
    void stationFileImportsThroughTheScreenWithProgress() throws Exception {
        Path file = Files.createTempFile("stations-segou", ".csv");
        Files.writeString(file, SMALL_STATION_FILE, StandardCharsets.UTF_8);
        ChromeDriver browser = Browser.start();
        try {
            logIn(browser, "admin", ADMIN_PASSWORD);
            browser.get(base + "map/import.xhtml");
            browser.findElement(By.xpath("//label[starts-with(normalize-space(.), 'Centres et bureaux de vote')]"))
                    .click();
            browser.findElement(By.cssSelector("input[type=file]")).sendKeys(file.toString());
            browser.findElement(By.id("importForm:check")).click();

            WebElement progress = browser.findElement(By.id("progressForm:progress"));
            assertTrue(progress.isDisplayed());
            String preview = spaces(new WebDriverWait(browser, Duration.ofSeconds(120))
                    .until(ExpectedConditions.visibilityOfElementLocated(By.id("previewSummary"))).getText());
            assertTrue(preview.contains("rien n'est encore enregistré"), preview);
            assertTrue(preview.contains("bureaux de vote : 3 ajout(s), 0 modification(s), 0 sans changement,"
                    + " 24 697 retrait(s)"), preview);
            assertTrue(preview.contains("centres de vote : 2 ajout(s), 0 modification(s), 0 sans changement,"
                    + " 6 586 sans plus aucun bureau actif"), preview);
            String warning = spaces(browser.findElement(By.id("retireWarning")).getText());
            assertTrue(warning.contains("ce fichier retirerait 24 697 bureaux de vote sur les 24 697 actifs"), warning);
            assertTrue(warning.contains("doit lister tous les bureaux du pays"), warning);
            assertEquals(24_697, count("SELECT COUNT(*) FROM polling_station WHERE retired = FALSE"),
                    "the check stores nothing");

            browser.findElement(By.id("progressForm:apply")).click();
            waitForText(browser, "Cochez la case");
            assertEquals(24_697, count("SELECT COUNT(*) FROM polling_station WHERE retired = FALSE"),
                    "nothing is applied without the box");

            browser.findElement(By.cssSelector("#progressForm\\:confirmRetire .ui-chkbox-box")).click();
            browser.findElement(By.id("progressForm:apply")).click();
            String summary = spaces(new WebDriverWait(browser, Duration.ofSeconds(120))
                    .until(ExpectedConditions.visibilityOfElementLocated(By.id("summary"))).getText());
            assertTrue(summary.contains("3 ajout(s)"), summary);
            assertTrue(summary.contains("importé dans la version 1"), summary);
            assertTrue(summary.contains("24 697 bureau(x) retiré(s)"), summary);
            assertTrue(browser.findElement(By.id("progressForm:progress")).getText().contains("100"),
                    browser.findElement(By.id("progressForm:progress")).getText());
        } finally {
            browser.quit();
            Files.deleteIfExists(file);
        }

        assertEquals(3, count("SELECT COUNT(*) FROM polling_station WHERE retired = FALSE"));
        assertEquals(24_700, count("SELECT COUNT(*) FROM polling_station"));
        assertEquals(1060, count("SELECT SUM(registered_voters) FROM polling_station WHERE retired = FALSE"));
        assertEquals(1, count("SELECT COUNT(*) FROM audit_entry WHERE action = 'STATION_RETIRED'"));
        assertEquals("École de Médine", text("SELECT name FROM polling_centre WHERE code = 'SEG-TEST-C1'"));
    }

    @Test
    @Order(11)
    void changedStationIsUpdatedAndAudited() throws Exception {
        String file = "commune_code,centre_code,centre_name,station_code,registered_voters,latitude,longitude,area\n"
                + "ML040626,SEG-TEST-C1,École de Médine,SEG-TEST-C1-B1,412,13.4317,-6.2658,urbain\n"
                + "ML040626,SEG-TEST-C1,École de Médine,SEG-TEST-C1-B2,401,13.4317,-6.2658,urbain\n"
                + "ML040626,SEG-TEST-C2,Mairie de Ségou,SEG-TEST-C2-B1,250,,,rural\n";
        WebSession coordinator = login("coord.technique", DEMO_PASSWORD);

        HttpResponse<String> response = coordinator.post("api/map/import/stations?name=correction.csv",
                file.getBytes(StandardCharsets.UTF_8), "text/csv");

        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.body().contains("\"added\":0,\"changed\":1,\"unchanged\":2,\"retired\":0"),
                response.body());
        assertEquals(401, count("SELECT registered_voters FROM polling_station WHERE code = 'SEG-TEST-C1-B2'"));
        assertEquals("registered_voters 398 -> 401", text("SELECT details FROM audit_entry"
                + " WHERE action = 'STATION_CHANGED' AND target_id = 'SEG-TEST-C1-B2'"));
    }

    @Test
    @Order(12)
    void electionIsCreatedThenClosedAndReadOnly() throws Exception {
        String name = "Présidentielle 2029 — essai";
        ChromeDriver browser = Browser.start();
        try {
            logIn(browser, "chef.mission", DEMO_PASSWORD);
            browser.get(base + "elections/list.xhtml");
            assertTrue(browser.findElement(By.id("elections:table")).getText().contains(REFERENDUM));

            browser.findElement(By.id("newElection")).click();
            browser.findElement(By.id("election:name")).sendKeys("N".repeat(300));
            browser.findElement(By.id("election:date")).sendKeys("31/02/2029");
            browser.findElement(By.id("election:save")).click();
            waitForText(browser, "« 31/02/2029 »");
            assertEquals("Date du scrutin : « 31/02/2029 » n'existe pas (février 2029 compte 28 jours). "
                    + "Corrigez le jour.", browser.findElement(By.id("messages")).getText());

            browser.findElement(By.id("election:date")).clear();
            browser.findElement(By.id("election:date")).sendKeys("12/07/2029");
            browser.findElement(By.id("election:save")).click();
            waitForText(browser, "300 caractères");
            assertEquals("Le nom de l'élection compte 300 caractères : 200 au plus. Raccourcissez-le.",
                    browser.findElement(By.id("messages")).getText());

            browser.findElement(By.id("election:name")).clear();
            browser.findElement(By.id("election:name")).sendKeys(name);
            browser.findElement(By.id("election:save")).click();
            waitForText(browser, "Élection « " + name + " » enregistrée.");

            choose(browser, "election:status", "Clos");
            browser.findElement(By.id("election:save")).click();
            WebElement question = new WebDriverWait(browser, Duration.ofSeconds(60))
                    .until(ExpectedConditions.visibilityOfElementLocated(By.id("closeQuestion")));
            assertTrue(question.getText().contains("Elle passera en lecture seule"), question.getText());
            assertEquals("PREPARATION", text("SELECT status FROM election WHERE name = '" + name + "'"),
                    "nothing is closed before the confirmation");
            browser.findElement(By.id("election:confirmClose")).click();
            waitForText(browser, "Cette élection est close");

            assertFalse(browser.findElement(By.id("election:name")).isEnabled());
            assertTrue(browser.findElements(By.id("election:save")).isEmpty());
            assertTrue(browser.findElements(By.id("election:addOption")).isEmpty());
        } finally {
            browser.quit();
        }

        assertEquals("CLOSED", text("SELECT status FROM election WHERE name = '" + name + "'"));
        assertEquals(2, count("SELECT COUNT(*) FROM ballot_option o JOIN election e ON e.id = o.election_id"
                + " WHERE e.name = '" + name + "'"));
    }

    @Test
    @Order(13)
    void changedDivisionBecomesNewVersionAndElectionsKeepTheOld() throws Exception {
        byte[] file;
        try (InputStream input = MapIT.class.getResourceAsStream(OCHA_FILE)) {
            file = (new String(input.readAllBytes(), StandardCharsets.UTF_8)
                    + "MLI,3,ML010199,Nouvelle commune,ML0101,2023-07-01\n").getBytes(StandardCharsets.UTF_8);
        }
        WebSession admin = login("admin", ADMIN_PASSWORD);

        HttpResponse<String> response = admin.post("api/map/import/admin-units?name=reforme.csv", file, "text/csv");

        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.body().contains("\"mapVersion\":2,\"newVersion\":true"), response.body());
        assertEquals(2, count("SELECT COUNT(*) FROM map_version"));
        assertEquals(764, count("SELECT COUNT(*) FROM admin_unit WHERE map_version_id = 1"));
        assertEquals(765, count("SELECT COUNT(*) FROM admin_unit WHERE map_version_id = 2"));
        assertEquals(3, count("SELECT COUNT(*) FROM polling_station WHERE map_version_id = 2"));
        assertEquals(24_700, count("SELECT COUNT(*) FROM polling_station WHERE map_version_id = 1"));
        assertEquals(1, count("SELECT map_version_id FROM election WHERE name = '" + REFERENDUM + "'"));
    }

    @Test
    @Order(14)
    void regionalCoordinatorSeesOnlyTheirRegion() throws Exception {
        WebSession segou = login("coord.segou", DEMO_PASSWORD);

        HttpResponse<String> regions = segou.get("api/map/units?level=1");
        HttpResponse<String> kayes = segou.get("api/map/units?q=kayes");
        HttpResponse<String> summary = segou.get("api/map/summary");

        assertEquals(200, regions.statusCode(), regions.body());
        assertTrue(regions.body().contains("\"ML04\""), regions.body());
        assertFalse(regions.body().contains("\"ML01\""), regions.body());
        assertEquals("[]", kayes.body().trim());
        assertFalse(summary.body().contains("\"ML01\""), summary.body());
        assertTrue(login("analyste", DEMO_PASSWORD).get("api/map/units?level=1").body().contains("\"ML01\""));
    }

    private WebSession login(String username, String password) throws Exception {
        return WebSession.loggedIn(base, username, password);
    }

    private void logIn(WebDriver browser, String username, String password) {
        Browser.logIn(browser, base, username, password);
    }

    /**
     * Picks an item of a PrimeFaces drop-down through the widget's own API, as its click
     * handler does. Clicking the animated panel proved unreliable on a loaded 2-core machine.
     */
    private static void choose(WebDriver browser, String menuId, String label) {
        ((JavascriptExecutor) browser).executeScript(
                "var id = arguments[0], label = arguments[1];"
                        + "var select = document.getElementById(id + '_input');"
                        + "var option = Array.from(select.options).find(o => o.text === label);"
                        + "PrimeFaces.widgets['widget_' + id.replace(/:/g, '_')].selectValue(option.value);",
                menuId, label);
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(ExpectedConditions.textToBe(By.id(menuId + "_label"), label));
    }

    private static void waitForText(WebDriver browser, String text) throws InterruptedException {
        for (int i = 0; i < 600 && !browser.getPageSource().contains(text); i++) {
            Thread.sleep(100);
        }
        assertTrue(browser.getPageSource().contains(text), "page does not show: " + text);
    }

    /** Waits for the background load of the first start, which may outlast the deployment. */
    private static void waitForDefaultData() throws Exception {
        awaitCount("SELECT COUNT(*) FROM election", 1, Duration.ofMinutes(5));
    }

    /** Replaces the no-break spaces that group French thousands (24 697) with plain spaces. */
    private static String spaces(String text) {
        return text.replace('\u00A0', ' ').replace('\u202F', ' ');
    }
}
