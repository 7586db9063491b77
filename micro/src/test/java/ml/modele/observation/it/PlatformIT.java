package ml.modele.observation.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import java.util.Base64;
import java.util.List;
import java.util.Map;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The platform as deployed on Payara Micro with the SMPP adapter RAR and the embedded
 * MariaDB: login, lock-out, the role matrix, the health and version endpoints, and
 * French text stored intact.
 */
@ExtendWith({OwnDatabase.class, ArquillianExtension.class})
@RunAsClient
class PlatformIT {

    private static final String ADMIN_PASSWORD = "Admin-IT-2026";
    private static final String DEMO_PASSWORD = "Demo-IT-2026";

    /** Demonstration account of each role other than administrator. */
    private static final Map<String, String> DEMO_USERS = Map.of(
            "chef.mission", "mission-chief",
            "coord.technique", "technical-coordinator",
            "coord.segou", "regional-coordinator",
            "eva", "eva-data-manager",
            "analyste", "analyst",
            "presse", "press-officer",
            "secretariat", "secretariat");

    private static final List<String> ADMIN_PAGES = List.of("admin/users.xhtml", "admin/audit.xhtml");

    /** Deployment URL from Arquillian; its host may be a non-loopback address, so only its port is used. */
    @ArquillianResource
    private URL deploymentUrl;

    private URI base;
    private URI root;

    @BeforeEach
    void loopbackAddresses() {
        root = URI.create("http://127.0.0.1:" + deploymentUrl.getPort() + "/");
        base = root.resolve("/observation/");
    }

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ShrinkWrap.createFromZipFile(WebArchive.class,
                new File(System.getProperty("micro.dir"), "observation.war"));
    }

    @Test
    void loginPageAnswersInFrench() throws Exception {
        HttpResponse<String> page = new WebSession(base).get("login.xhtml");

        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("Connexion"), page.body());
        assertTrue(page.body().contains("Mot de passe"), page.body());
    }

    @Test
    void healthAndVersionAnswer() throws Exception {
        WebSession session = new WebSession(root);

        HttpResponse<String> ready = session.get("health/ready");
        HttpResponse<String> live = session.get("health/live");
        HttpResponse<String> version = new WebSession(base).get("api/version");

        assertEquals(200, ready.statusCode(), ready.body());
        assertTrue(ready.body().contains("\"database\""), ready.body());
        assertTrue(ready.body().contains("UP"), ready.body());
        assertEquals(200, live.statusCode(), live.body());
        assertEquals(200, version.statusCode());
        assertTrue(version.body().contains("\"version\""), version.body());
    }

    @Test
    void anonymousCallerIsSentToLogin() throws Exception {
        HttpResponse<String> response = new WebSession(base).get("admin/users.xhtml");

        assertEquals(302, response.statusCode());
        assertTrue(response.headers().firstValue("Location").orElse("").contains("login.xhtml"));
    }

    @Test
    void eachRoleSeesOnlyItsPages() throws Exception {
        for (Map.Entry<String, String> user : DEMO_USERS.entrySet()) {
            WebSession session = new WebSession(base);
            HttpResponse<String> login = session.login(user.getKey(), DEMO_PASSWORD);
            assertEquals(302, login.statusCode(), "login of " + user.getKey() + ": " + login.body());

            HttpResponse<String> home = session.get("index.xhtml");
            assertEquals(200, home.statusCode(), "dashboard for " + user.getValue());
            assertTrue(home.body().contains("Tableau de bord"), home.body());
            assertTrue(!home.body().contains("admin/users.xhtml"), "menu of " + user.getValue() + " shows admin");
            for (String page : ADMIN_PAGES) {
                assertEquals(403, session.get(page).statusCode(), page + " for " + user.getValue());
            }
            assertEquals(403, session.get("unknown-page.xhtml").statusCode(), "unlisted page for " + user.getValue());
        }

        WebSession admin = new WebSession(base);
        assertEquals(302, admin.login("admin", ADMIN_PASSWORD).statusCode());
        for (String page : ADMIN_PAGES) {
            assertEquals(200, admin.get(page).statusCode(), page + " for the administrator");
        }
        assertTrue(admin.get("index.xhtml").body().contains("admin/users.xhtml"), "admin menu");
    }

    @Test
    void scriptsAuthenticateWithHttpBasic() throws Exception {
        URI summary = base.resolve("api/map/summary");

        HttpResponse<String> admin = basicGet(summary, "admin:" + ADMIN_PASSWORD, "fr");
        HttpResponse<String> wrong = basicGet(summary, "presse:not-the-password", "fr");
        HttpResponse<String> wrongInEnglish = basicGet(summary, "presse:still-not-it", "en-GB,en;q=0.9");
        HttpResponse<String> malformed = basicGet(summary, null, "fr");
        HttpResponse<String> pressOfficer = basicGet(summary, "presse:" + DEMO_PASSWORD, "fr");
        HttpResponse<String> deniedImport = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        base.resolve("api/map/import/stations?name=stations.csv"))
                        .header("Authorization", basic("presse:" + DEMO_PASSWORD))
                        .POST(HttpRequest.BodyPublishers.ofString("x")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertEquals(200, admin.statusCode(), admin.body());
        assertTrue(admin.body().contains("\"stations\""), admin.body());
        assertEquals(401, wrong.statusCode(), wrong.body());
        assertTrue(wrong.body().contains("Identifiant ou mot de passe incorrect."), wrong.body());
        assertTrue(wrong.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"), "challenge header");
        assertEquals(401, wrongInEnglish.statusCode(), wrongInEnglish.body());
        assertTrue(wrongInEnglish.body().contains("Wrong username or password."), wrongInEnglish.body());
        assertEquals(401, malformed.statusCode(), malformed.body());
        assertTrue(malformed.body().contains("En-tête Authorization illisible"), malformed.body());
        assertEquals(200, pressOfficer.statusCode(), "a success after two failures: " + pressOfficer.body());
        assertEquals(403, deniedImport.statusCode(), "the role matrix applies to Basic callers too");
    }

    private static HttpResponse<String> basicGet(URI uri, String userAndPassword, String language) throws Exception {
        String authorization = userAndPassword == null ? "Basic not*base64" : basic(userAndPassword);
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri)
                        .header("Authorization", authorization)
                        .header("Accept-Language", language)
                        .GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String basic(String userAndPassword) {
        return "Basic " + Base64.getEncoder().encodeToString(userAndPassword.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void fifthWrongPasswordLocksAccount() throws Exception {
        WebSession session = new WebSession(base);

        for (int attempt = 1; attempt <= 4; attempt++) {
            HttpResponse<String> response = session.login("analyste", "wrong-password-" + attempt);
            assertEquals(200, response.statusCode());
            assertTrue(response.body().contains("Identifiant ou mot de passe incorrect"),
                    "attempt " + attempt + ": " + response.body());
        }
        HttpResponse<String> fifth = session.login("analyste", "wrong-password-5");
        HttpResponse<String> rightPasswordAfterLock = session.login("analyste", DEMO_PASSWORD);

        assertTrue(fifth.body().contains("Compte verrouillé"), fifth.body());
        assertEquals(200, rightPasswordAfterLock.statusCode());
        assertTrue(rightPasswordAfterLock.body().contains("Compte verrouillé"), rightPasswordAfterLock.body());
    }

    @Test
    void administratorCreatesUserWithAccentsInBrowser() throws Exception {
        String displayName = "Aïssata Traoré — Ségou, ɲɛ";
        ChromeDriver browser = Browser.start();
        try {
            browser.get(base + "login.xhtml");
            assertTrue(browser.findElement(By.id("loginTitle")).getText().contains("Connexion"));
            browser.findElement(By.id("login:username")).sendKeys("admin");
            browser.findElement(By.id("login:password")).sendKeys(ADMIN_PASSWORD);
            browser.findElement(By.id("login:submit")).click();
            Browser.waitForTitle(browser, "Tableau de bord");

            browser.get(base + "admin/users.xhtml");
            browser.findElement(By.id("newUser:username")).sendKeys("aissata.traore");
            browser.findElement(By.id("newUser:displayName")).sendKeys(displayName);
            browser.findElement(By.id("newUser:password")).sendKeys("Bamako-2026-ok");
            checkRole(browser, "ANALYST");
            browser.findElement(By.id("newUser:create")).click();

            waitForText(browser, "Utilisateur « aissata.traore » créé.");
            assertTrue(browser.findElement(By.id("users:table")).getText().contains(displayName));
        } finally {
            browser.quit();
        }

        assertEquals(displayName, storedDisplayName("aissata.traore"));
    }

    @Test
    void duplicateUsernameRejectedThenLanguageSwitched() throws Exception {
        ChromeDriver browser = Browser.start();
        try {
            Browser.logIn(browser, base, "admin", ADMIN_PASSWORD);
            browser.get(base + "admin/users.xhtml");

            browser.findElement(By.id("newUser:username")).sendKeys("eva");
            browser.findElement(By.id("newUser:displayName")).sendKeys("Doublon");
            browser.findElement(By.id("newUser:password")).sendKeys("Bamako-2026-ok");
            checkRole(browser, "EVA_DATA_MANAGER");
            browser.findElement(By.id("newUser:create")).click();

            waitForText(browser, "L'identifiant « eva » est déjà utilisé. Choisissez-en un autre.");

            browser.findElement(By.id("headerForm:langEn")).click();
            Browser.waitForTitle(browser, "Users");
            browser.findElement(By.id("headerForm:langFr")).click();
            Browser.waitForTitle(browser, "Utilisateurs");
        } finally {
            browser.quit();
        }
    }

    @Test
    void userChangesOwnPassword() throws Exception {
        WebSession session = new WebSession(base);
        assertEquals(302, session.login("secretariat", DEMO_PASSWORD).statusCode());

        HttpResponse<String> wrongCurrent = session.submit("account/password.xhtml", "password", "save", Map.of(
                "current", "not-my-password", "replacement", "Kati-2026-nouveau", "confirmation", "Kati-2026-nouveau"));
        HttpResponse<String> mismatch = session.submit("account/password.xhtml", "password", "save", Map.of(
                "current", DEMO_PASSWORD, "replacement", "Kati-2026-nouveau", "confirmation", "Kati-2026-autre"));
        HttpResponse<String> changed = session.submit("account/password.xhtml", "password", "save", Map.of(
                "current", DEMO_PASSWORD, "replacement", "Kati-2026-nouveau", "confirmation", "Kati-2026-nouveau"));

        assertTrue(wrongCurrent.body().contains("Le mot de passe actuel saisi est incorrect."), wrongCurrent.body());
        assertTrue(mismatch.body().contains("Les deux saisies du nouveau mot de passe diffèrent."), mismatch.body());
        assertTrue(changed.body().contains("Votre mot de passe a été changé."), changed.body());
        assertEquals(302, new WebSession(base).login("secretariat", "Kati-2026-nouveau").statusCode());
        assertEquals(200, new WebSession(base).login("secretariat", DEMO_PASSWORD).statusCode());

        HttpResponse<String> restored = session.submit("account/password.xhtml", "password", "save", Map.of(
                "current", "Kati-2026-nouveau", "replacement", DEMO_PASSWORD, "confirmation", DEMO_PASSWORD));
        assertTrue(restored.body().contains("Votre mot de passe a été changé."), "other tests use the demo password");
    }

    private static void checkRole(WebDriver browser, String role) {
        browser.findElements(By.cssSelector("#newUser\\:roles .ui-chkbox")).stream()
                .filter(box -> box.findElement(By.tagName("input")).getAttribute("value").equals(role))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no check box for role " + role))
                .findElement(By.cssSelector(".ui-chkbox-box"))
                .click();
    }

    private static void waitForText(WebDriver browser, String text) throws InterruptedException {
        for (int i = 0; i < 100 && !browser.getPageSource().contains(text); i++) {
            Thread.sleep(100);
        }
        assertTrue(browser.getPageSource().contains(text), "page does not show: " + text);
    }


    /** Reads the display name straight from MariaDB, past JPA and the screens. */
    private static String storedDisplayName(String username) throws Exception {
        try (Connection connection = ItDatabase.connect();
             PreparedStatement query = connection.prepareStatement(
                     "SELECT display_name FROM user_account WHERE username = ?")) {
            query.setString(1, username);
            try (ResultSet row = query.executeQuery()) {
                assertTrue(row.next(), "no stored user " + username);
                return row.getString(1);
            }
        }
    }

    @Test
    void nonNumericNumberRejectedWithJson400() throws Exception {
        HttpResponse<String> pathId = basicPostForm(base.resolve("api/tabulation/official/12a"),
                "scope=NATIONAL&registered=1000", "fr");
        HttpResponse<String> formField = basicPostForm(base.resolve("api/tabulation/official/1"),
                "scope=NATIONAL&registered=12a", "fr");

        assertEquals(400, pathId.statusCode(), pathId.body());
        assertJsonContentType(pathId);
        JsonObject pathError = json(pathId);
        assertEquals(400, pathError.getInt("status"));
        assertEquals("api.error.wholeNumber", pathError.getString("key"));
        assertTrue(pathError.getString("message").startsWith(
                "Valeur « 12a » refusée pour le paramètre de chemin « election » : un nombre entier est attendu"),
                pathError.getString("message"));

        assertEquals(400, formField.statusCode(), formField.body());
        assertJsonContentType(formField);
        assertTrue(json(formField).getString("message").startsWith(
                "Valeur « 12a » refusée pour le paramètre de formulaire « registered »"), formField.body());
    }

    @Test
    void unknownCategoryRejectedWithJson400() throws Exception {
        URI observers = base.resolve("api/observers?category=OLT");

        HttpResponse<String> french = basicGet(observers, "admin:" + ADMIN_PASSWORD, "fr");
        HttpResponse<String> english = basicGet(observers, "admin:" + ADMIN_PASSWORD, "en");

        assertEquals(400, french.statusCode(), french.body());
        assertJsonContentType(french);
        JsonObject error = json(french);
        assertEquals(400, error.getInt("status"));
        assertEquals("api.error.allowedValues", error.getString("key"));
        assertEquals("Valeur « OLT » refusée pour le paramètre de requête « category » : les valeurs permises sont"
                + " NATIONAL_SUPERVISOR, REGIONAL_COORDINATOR, LONG_TERM, SHORT_TERM.", error.getString("message"));
        assertEquals(400, english.statusCode(), english.body());
        assertTrue(json(english).getString("message").startsWith(
                "Value \"OLT\" rejected for query parameter \"category\""), english.body());
    }

    @Test
    void unknownApiPathGetsJson404() throws Exception {
        HttpResponse<String> response = basicGet(base.resolve("api/tabulation/1/no-such-figure"),
                "admin:" + ADMIN_PASSWORD, "fr");

        assertEquals(404, response.statusCode(), response.body());
        assertJsonContentType(response);
        assertEquals("api.error.notFound", json(response).getString("key"));
        assertTrue(json(response).getString("message").contains("/observation/api/tabulation/1/no-such-figure"),
                response.body());
    }

    @Test
    void wrongBasicPasswordGetsJson401() throws Exception {
        URI summary = base.resolve("api/map/summary");

        HttpResponse<String> wrong = basicGet(summary, "coord.technique:not-the-password", "fr");
        long failuresAfterWrong = storedFailedLogins("coord.technique");
        HttpResponse<String> right = basicGet(summary, "coord.technique:" + DEMO_PASSWORD, "fr");

        assertEquals(401, wrong.statusCode(), wrong.body());
        assertJsonContentType(wrong);
        assertTrue(wrong.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic realm="),
                "challenge header");
        JsonObject error = json(wrong);
        assertEquals(401, error.getInt("status"));
        assertEquals("login.error.invalid", error.getString("key"));
        assertTrue(error.getString("message").startsWith("Identifiant ou mot de passe incorrect."),
                error.getString("message"));
        assertEquals(1, failuresAfterWrong, "a wrong Basic password counts towards the lock-out");
        assertEquals(200, right.statusCode(), right.body());
        assertEquals(0, storedFailedLogins("coord.technique"), "a success resets the count");
    }

    @Test
    void apiWithoutCredentialsGetsJson401() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(base.resolve("api/map/summary")).header("Accept-Language", "fr").GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));

        assertEquals(401, response.statusCode(), response.body());
        assertJsonContentType(response);
        assertTrue(response.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic realm="),
                "challenge header");
        assertEquals("api.auth.missing", json(response).getString("key"));
        assertTrue(json(response).getString("message").startsWith("Authentification requise pour GET "
                + "/observation/api/map/summary"), response.body());
    }

    @Test
    void unknownElectionTabulationGetsJson422() throws Exception {
        HttpResponse<String> response = basicGet(base.resolve("api/tabulation/999"), "admin:" + ADMIN_PASSWORD, "fr");

        assertEquals(422, response.statusCode(), response.body());
        assertJsonContentType(response);
        assertEquals("election.error.notFound", json(response).getString("key"));
        assertTrue(json(response).getString("message").contains("999"), response.body());
    }

    @Test
    void dryRunThatIsNotBooleanRejected() throws Exception {
        long stations = ItDatabase.count("SELECT COUNT(*) FROM polling_station");

        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        base.resolve("api/map/import/stations?name=bureaux.csv&dryRun=oui"))
                        .header("Authorization", basic("admin:" + ADMIN_PASSWORD))
                        .header("Accept-Language", "fr")
                        .header("Content-Type", "text/csv")
                        .POST(HttpRequest.BodyPublishers.ofString("x")).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));

        assertEquals(400, response.statusCode(), response.body());
        assertJsonContentType(response);
        assertTrue(json(response).getString("message").contains("« oui »"), response.body());
        assertEquals(stations, ItDatabase.count("SELECT COUNT(*) FROM polling_station"), "nothing imported");
    }

    /** Sends a form with POST as the administrator, with HTTP Basic. */
    private static HttpResponse<String> basicPostForm(URI uri, String form, String language) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri)
                        .header("Authorization", basic("admin:" + ADMIN_PASSWORD))
                        .header("Accept-Language", language)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static void assertJsonContentType(HttpResponse<String> response) {
        String type = response.headers().firstValue("Content-Type").orElse("");
        assertTrue(type.startsWith("application/json"), "Content-Type " + type + ": " + response.body());
    }

    private static JsonObject json(HttpResponse<String> response) {
        try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject();
        }
    }

    private static long storedFailedLogins(String username) throws Exception {
        return ItDatabase.count("SELECT failed_logins FROM user_account WHERE username = '" + username + "'");
    }
}
