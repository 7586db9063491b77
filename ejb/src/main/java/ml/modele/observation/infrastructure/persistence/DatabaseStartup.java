package ml.modele.observation.infrastructure.persistence;

import java.sql.SQLException;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

import ml.modele.observation.application.DefaultDataSetup;
import ml.modele.observation.application.FirstStartSetup;

/**
 * Brings the database up when the application starts: connects (starting the embedded
 * MariaDB when no external one is configured), migrates the schema, then runs the
 * first-start set-up, then starts loading the default map in the background. While the database is unreachable it logs one line per attempt,
 * without a stack trace, and tries again every {@value #RETRY_SECONDS} seconds; the
 * readiness check reports DOWN meanwhile.
 */
@DataSourceDefinition(
        name = DatabaseStartup.DATA_SOURCE,
        className = "ml.modele.observation.infrastructure.persistence.ObservationDataSource",
        initialPoolSize = 0,
        minPoolSize = 0,
        maxPoolSize = 32,
        properties = {
            "fish.payara.is-connection-validation-required=true",
            "fish.payara.connection-validation-method=custom-validation",
            "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.MySQLConnectionValidation",
            "fish.payara.fail-all-connections=true"
        })
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DatabaseStartup {

    public static final String DATA_SOURCE = "java:app/jdbc/observation";

    private static final Logger LOG = Logger.getLogger(DatabaseStartup.class.getName());
    private static final int RETRY_SECONDS = 15;

    @Resource
    private TimerService timers;

    @EJB
    private FirstStartSetup firstStartSetup;

    @EJB
    private DefaultDataSetup defaultData;

    private int failedAttempts;

    @PostConstruct
    void start() {
        tryStart();
    }

    @Timeout
    void retry() {
        tryStart();
    }

    @PreDestroy
    void stop() {
        EmbeddedMariaDb.stopIfRunning();
    }

    private void tryStart() {
        try {
            ObservationDataSource.target();
        } catch (SQLException | RuntimeException e) {
            failedAttempts++;
            LOG.severe("Database unreachable (attempt " + failedAttempts + "): " + rootMessage(e)
                    + ". Readiness is DOWN; retrying in " + RETRY_SECONDS + " s. Check "
                    + DatabaseSettings.URL + ", " + DatabaseSettings.USER + " and " + DatabaseSettings.PASSWORD + ".");
            timers.createSingleActionTimer(RETRY_SECONDS * 1000L, new TimerConfig(null, false));
            return;
        }
        firstStartSetup.run();
        defaultData.loadInBackground();
    }

    private static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getClass().getSimpleName() + ": " + cause.getMessage();
    }
}
