package ml.modele.observation.it;

import static ml.modele.observation.it.ItDatabase.awaitCount;
import static ml.modele.observation.it.ItDatabase.count;
import static ml.modele.observation.it.ItDatabase.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

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
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;

import ml.modele.observation.domain.geography.AdminLevel;
import ml.modele.observation.domain.geography.AdminUnit;
import ml.modele.observation.domain.observer.ObserverDetails;
import ml.modele.observation.domain.observer.ObserverStatus;
import ml.modele.observation.infrastructure.imports.DemoObserverRoster;
import ml.modele.observation.infrastructure.imports.AdminUnitImporter;
import ml.modele.observation.infrastructure.imports.Table;
import ml.modele.observation.infrastructure.imports.TableReader;

/**
 * The observer registry on Payara Micro with the embedded MariaDB: the demonstration roster of
 * 3,075 observers loaded at first start, the import of a 3,075-row workbook with 5 bad rows through the REST API, its
 * re-import, an update, the export by role, the région limit, the import and list screens in
 * headless Chromium, and a timing of the list query. The methods run in order on one database.
 */
@ExtendWith({OwnDatabase.class, ArquillianExtension.class})
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ObserversIT {

    private static final String DEMO_PASSWORD = "Demo-IT-2026";
    /** A roster apart from the demonstration one: other codes, phones and ID numbers. */
    private static final DemoObserverRoster.Settings TEST_ROSTER =
            new DemoObserverRoster.Settings(10_001, 60_000_000, "TEST", 7L);
    /** Indexes in the roster of the five rows made bad, all OCT, which supervise nobody. */
    private static final int BAD_PHONE = 1000;
    private static final int UNKNOWN_COMMUNE = 1001;
    private static final int DUPLICATE_PHONE = 1002;
    private static final int DUPLICATE_NATIONAL_ID = 1003;
    private static final int MISSING_NAME = 1004;

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
    @Order(10)
    void damagedWorkbookIsRejectedNamingTheFile() throws Exception {
        byte[] workbook = workbook(testRoster().subList(0, 50));
        byte[] truncated = Arrays.copyOf(workbook, workbook.length / 2);
        WebSession secretariat = login("secretariat");
        long observers = count("SELECT COUNT(*) FROM observer");

        HttpResponse<String> response = secretariat.post("api/observers/import?name=tronque.xlsx", truncated,
                "application/octet-stream");

        assertEquals(422, response.statusCode(), response.body());
        assertTrue(response.body().startsWith("{"), response.body());
        assertTrue(response.body().contains("Le fichier « tronque.xlsx » est illisible ou endommagé"),
                response.body());
        assertEquals(observers, count("SELECT COUNT(*) FROM observer"));
        assertEquals(0, count("SELECT COUNT(*) FROM audit_entry WHERE target_id = 'tronque.xlsx'"));
    }

    @Test
    @Order(9)
    void listQueryTiming() throws Exception {
        WebSession eva = login("eva");
        String[] queries = {"api/observers?first=0&max=25", "api/observers?first=3000&max=25",
                "api/observers?q=traore&max=25", "api/observers?category=SHORT_TERM&region=ML04&max=25",
                "api/observers?phone=5000&max=25", "api/observers/counts"};
        for (String query : queries) {
            eva.get(query);
        }
        System.out.println("Observer list timing, " + count("SELECT COUNT(*) FROM observer") + " observers, 30 requests each over loopback HTTP:");
        for (String query : queries) {
            long[] millis = new long[30];
            for (int i = 0; i < millis.length; i++) {
                long start = System.nanoTime();
                HttpResponse<String> response = eva.get(query);
                millis[i] = (System.nanoTime() - start) / 1_000_000;
                assertEquals(200, response.statusCode(), response.body());
            }
            Arrays.sort(millis);
            System.out.printf("  %-55s median %3d ms, 90th percentile %3d ms, max %3d ms%n", query,
                    millis[millis.length / 2], millis[millis.length * 9 / 10], millis[millis.length - 1]);
        }
    }

    @Test
    @Order(3)
    void workbookWithFiveBadRowsImportsTheOthers() throws Exception {
        waitForDefaultData();
        assertEquals(3075, count("SELECT COUNT(*) FROM observer"), "demonstration roster of the first start");
        assertEquals(55, count("SELECT COUNT(*) FROM observer WHERE category = 'LONG_TERM'"));
        assertEquals(3000, count("SELECT COUNT(*) FROM observer WHERE category = 'SHORT_TERM'"));
        assertEquals(0, count("SELECT COUNT(*) FROM observer WHERE category <> 'NATIONAL_SUPERVISOR'"
                + " AND supervisor_id IS NULL"));
        WebSession secretariat = login("secretariat");

        HttpResponse<String> response = secretariat.post("api/observers/import?name=observateurs-test.xlsx",
                workbook(badRoster()), "application/octet-stream");

        assertEquals(200, response.statusCode(), response.body());
        String body = response.body();
        assertTrue(body.contains("\"rows\":3075,\"added\":3070,\"updated\":0,\"unchanged\":0,\"rejected\":5"), body);
        assertTrue(body.contains("Ligne " + row(BAD_PHONE) + ", colonne « phones » : le numéro « 12345 »"
                + " est invalide."), body);
        assertTrue(body.contains("Ligne " + row(UNKNOWN_COMMUNE) + ", colonne « commune_code » : la commune"
                + " « ML999999 » est inconnue de la carte électorale."), body);
        assertTrue(body.contains("Ligne " + row(DUPLICATE_PHONE) + ", colonne « phones » : le numéro "
                + phoneOf(900) + " figure déjà à la ligne " + row(900) + "."), body);
        assertTrue(body.contains("Ligne " + row(DUPLICATE_NATIONAL_ID) + ", colonne « national_id » : ce numéro"
                + " de pièce figure déjà à la ligne " + row(901) + "."), body);
        assertTrue(body.contains("Ligne " + row(MISSING_NAME) + ", colonne « last_name » : le nom est vide."), body);
        assertEquals(5, body.split("\"row\":").length - 1, body);

        assertEquals(3075 + 3070, count("SELECT COUNT(*) FROM observer"));
        assertEquals(0, count("SELECT COUNT(*) FROM observer_phone WHERE number = '+223" + (60_000_000 + BAD_PHONE)
                + "'"));
        assertEquals(1, count("SELECT COUNT(*) FROM audit_entry WHERE action = 'OBSERVERS_IMPORTED'"
                + " AND target_id = 'observateurs-test.xlsx'"));
    }

    @Test
    @Order(4)
    void reimportAddsNothing() throws Exception {
        WebSession secretariat = login("secretariat");
        long changes = count("SELECT COUNT(*) FROM observer_change");

        HttpResponse<String> response = secretariat.post("api/observers/import?name=observateurs-test.xlsx",
                workbook(badRoster()), "application/octet-stream");

        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.body().contains("\"added\":0,\"updated\":0,\"unchanged\":3070,\"rejected\":5"),
                response.body());
        assertEquals(3075 + 3070, count("SELECT COUNT(*) FROM observer"));
        assertEquals(changes, count("SELECT COUNT(*) FROM observer_change"));
    }

    @Test
    @Order(5)
    void changedRowUpdatesTheObserver() throws Exception {
        ObserverDetails before = testRoster().get(2000);
        ObserverDetails after = new ObserverDetails(before.code(), before.lastName(), before.firstName(),
                before.sex(), before.birthYear(), before.organisationCode(), before.category(), before.communeCode(),
                before.languages(), before.disability(), before.nationalId(),
                List.of(before.phones().get(0), "+22369999999"), ObserverStatus.ACTIVE, before.supervisorCode());
        WebSession secretariat = login("secretariat");

        HttpResponse<String> response = secretariat.post("api/observers/import?name=correction.xlsx",
                workbook(List.of(after)), "application/octet-stream");

        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.body().contains("\"added\":0,\"updated\":1,\"unchanged\":0"), response.body());
        assertEquals("ACTIVE", text("SELECT status FROM observer WHERE code = '" + before.code() + "'"));
        assertEquals(2, count("SELECT COUNT(*) FROM observer_phone p JOIN observer o ON o.id = p.observer_id"
                + " WHERE o.code = '" + before.code() + "'"));
        String history = text("SELECT c.details FROM observer_change c JOIN observer o ON o.id = c.observer_id"
                + " WHERE o.code = '" + before.code() + "' AND c.source = 'correction.xlsx'");
        assertEquals("row 2: phones " + before.phones().get(0) + " -> " + before.phones().get(0)
                + " +22369999999; status CANDIDATE -> ACTIVE", history);
        assertTrue(text("SELECT details FROM audit_entry WHERE target_id = 'correction.xlsx'")
                .endsWith("updated: " + before.code()));
    }

    @Test
    @Order(6)
    void exportShowsNationalIdOnlyToManagers() throws Exception {
        HttpResponse<String> coordinator = login("coord.technique").get("api/observers/export?format=csv"
                + "&category=LONG_TERM");
        HttpResponse<String> secretariat = login("secretariat").get("api/observers/export?format=csv"
                + "&category=LONG_TERM");

        assertEquals(200, coordinator.statusCode(), coordinator.body());
        assertFalse(coordinator.body().contains("national_id"), coordinator.body());
        assertFalse(coordinator.body().contains("TEST000"), coordinator.body());
        assertEquals(2 * 55 + 1, coordinator.body().strip().split("\r\n").length);
        assertTrue(secretariat.body().contains(",national_id,"), secretariat.body());
        assertTrue(secretariat.body().contains("TEST00010021"), secretariat.body());

        HttpResponse<byte[]> xlsx = login("secretariat").getBytes("api/observers/export?format=xlsx&region=ML04");
        assertEquals(200, xlsx.statusCode());
        Table table = TableReader.read(new ByteArrayInputStream(xlsx.body()));
        assertEquals(count("SELECT COUNT(*) FROM observer WHERE region_code = 'ML04'"), table.rows().size());
        assertTrue(table.headers().contains("national_id"), table.headers().toString());
    }

    @Test
    @Order(7)
    void regionalCoordinatorSeesOnlyTheirRegion() throws Exception {
        WebSession segou = login("coord.segou");

        HttpResponse<String> list = segou.get("api/observers?max=500");
        HttpResponse<String> kayes = segou.get("api/observers?region=ML01");

        long inSegou = count("SELECT COUNT(*) FROM observer WHERE region_code = 'ML04'");
        assertTrue(list.body().startsWith("{\"total\":" + inSegou + ","), list.body());
        assertFalse(list.body().contains("\"regionCode\":\"ML01\""), list.body());
        assertTrue(kayes.body().startsWith("{\"total\":0,"), kayes.body());
        assertEquals(403, segou.post("api/observers/import", new byte[] {1}, "text/csv").statusCode());
        assertEquals(403, login("analyste").get("api/observers").statusCode());
    }

    @Test
    @Order(8)
    void secretariatImportsOnTheScreenAndFiltersTheList() throws Exception {
        List<ObserverDetails> corrected = testRoster();
        Path file = Files.createTempFile("observateurs-corriges", ".xlsx");
        Files.write(file, workbook(corrected));
        String code = corrected.get(BAD_PHONE).code();
        ChromeDriver browser = Browser.start();
        try {
            logIn(browser, "secretariat");
            browser.get(base + "observers/import.xhtml");
            browser.findElement(By.cssSelector("input[type=file]")).sendKeys(file.toString());
            browser.findElement(By.id("importForm:start")).click();
            waitForText(browser, "5 observateur(s) ajouté(s), 1 modifié(s), ");
            String summary = browser.findElement(By.id("summary")).getText().replaceAll("[\\s\u00A0\u202F]", "");
            assertTrue(summary.contains("3069sanschangement,0ligne(s)refusée(s)"), summary);

            browser.findElement(By.id("toList")).click();
            Browser.waitForTitle(browser, "Registre des observateurs");
            String total = browser.findElement(By.id("total")).getText();
            assertTrue(total.replaceAll("[^0-9]", "").startsWith("6150"), total);

            browser.findElement(By.id("observers:code")).sendKeys(code);
            browser.findElement(By.id("observers:search")).click();
            waitForText(browser, "1 observateur(s) dans la liste");
            assertTrue(browser.findElement(By.id("observers:table_data")).getText().contains(code));

            browser.findElement(By.id("observers:code")).clear();
            new Select(browser.findElement(By.id("observers:category"))).selectByVisibleText("OLT");
            new Select(browser.findElement(By.id("observers:region"))).selectByValue("ML04");
            browser.findElement(By.id("observers:search")).click();
            long olt = count("SELECT COUNT(*) FROM observer WHERE category = 'LONG_TERM' AND region_code = 'ML04'");
            waitForText(browser, olt + " observateur(s) dans la liste");

            browser.findElement(By.cssSelector("#observers\\:table_data tr:first-child a")).click();
            Browser.waitForTitle(browser, "Fiche de l'observateur");
            assertTrue(browser.findElement(By.id("observer:nationalId")).getText().matches("TEST\\d{8}"));
            assertTrue(browser.getPageSource().contains("Créé par l'import (ligne "), "history shows the import");
        } finally {
            browser.quit();
            Files.deleteIfExists(file);
        }
        assertEquals(6150, count("SELECT COUNT(*) FROM observer"));
    }

    /** The test roster with its five bad rows. */
    private static List<ObserverDetails> badRoster() {
        List<ObserverDetails> roster = new ArrayList<>(testRoster());
        roster.set(BAD_PHONE, withPhone(roster.get(BAD_PHONE), "12345"));
        roster.set(UNKNOWN_COMMUNE, withCommune(roster.get(UNKNOWN_COMMUNE), "ML999999"));
        roster.set(DUPLICATE_PHONE, withPhone(roster.get(DUPLICATE_PHONE), roster.get(900).phones().get(0)));
        roster.set(DUPLICATE_NATIONAL_ID, withNationalId(roster.get(DUPLICATE_NATIONAL_ID), roster.get(901).nationalId()));
        roster.set(MISSING_NAME, withLastName(roster.get(MISSING_NAME), ""));
        return roster;
    }

    private static List<ObserverDetails> testRoster() {
        List<String> communes = new AdminUnitImporter().importDefaultMali().unitsAt(AdminLevel.COMMUNE).stream()
                .map(AdminUnit::code).toList();
        return DemoObserverRoster.generate(communes, TEST_ROSTER);
    }

    private static String phoneOf(int index) {
        return testRoster().get(index).phones().get(0);
    }

    private static int row(int index) {
        return index + 2;
    }

    private static ObserverDetails withPhone(ObserverDetails o, String phone) {
        return new ObserverDetails(o.code(), o.lastName(), o.firstName(), o.sex(), o.birthYear(), o.organisationCode(),
                o.category(), o.communeCode(), o.languages(), o.disability(), o.nationalId(), List.of(phone),
                o.status(), o.supervisorCode());
    }

    private static ObserverDetails withCommune(ObserverDetails o, String commune) {
        return new ObserverDetails(o.code(), o.lastName(), o.firstName(), o.sex(), o.birthYear(), o.organisationCode(),
                o.category(), commune, o.languages(), o.disability(), o.nationalId(), o.phones(), o.status(),
                o.supervisorCode());
    }

    private static ObserverDetails withNationalId(ObserverDetails o, String nationalId) {
        return new ObserverDetails(o.code(), o.lastName(), o.firstName(), o.sex(), o.birthYear(), o.organisationCode(),
                o.category(), o.communeCode(), o.languages(), o.disability(), nationalId, o.phones(), o.status(),
                o.supervisorCode());
    }

    private static ObserverDetails withLastName(ObserverDetails o, String lastName) {
        return new ObserverDetails(o.code(), lastName, o.firstName(), o.sex(), o.birthYear(), o.organisationCode(),
                o.category(), o.communeCode(), o.languages(), o.disability(), o.nationalId(), o.phones(), o.status(),
                o.supervisorCode());
    }

    private static byte[] workbook(List<ObserverDetails> roster) throws Exception {
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        DemoObserverRoster.writeXlsx(roster, output);
        return output.toByteArray();
    }

    private WebSession login(String username) throws Exception {
        return WebSession.loggedIn(base, username, DEMO_PASSWORD);
    }

    private void logIn(WebDriver browser, String username) {
        Browser.logIn(browser, base, username, DEMO_PASSWORD);
    }

    private static void waitForText(WebDriver browser, String text) throws InterruptedException {
        for (int i = 0; i < 1200 && !browser.getPageSource().contains(text); i++) {
            Thread.sleep(100);
        }
        assertTrue(browser.getPageSource().contains(text), "page does not show: " + text);
    }

    /** Waits for the background load of the first start, which may outlast the deployment. */
    private static void waitForDefaultData() throws Exception {
        awaitCount("SELECT COUNT(*) FROM election", 1, Duration.ofMinutes(6));
    }
}
