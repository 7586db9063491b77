package ml.modele.observation.infrastructure.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

import ml.modele.observation.application.DefaultDataSetup;
import ml.modele.observation.application.FirstStartSetup;

/**
 * Startup bean that defines the application's data source and runs the first-start set-up
 * once the database is reachable and migrated. {@link ObservationDataSource} makes deployment
 * wait for the database, so by the time this bean starts the schema is current. The
 * web module starts loading the default data when its screens are ready
 * ({@link DefaultDataSetup#loadInBackground()}).
 */
@DataSourceDefinition(
        name = DatabaseStartup.DATA_SOURCE,
        className = "ml.modele.observation.infrastructure.persistence.ObservationDataSource",
        initialPoolSize = 0,
        minPoolSize = 0,
        // The real limit is observation.db.pool-size, applied by ObservationDataSource.
        maxPoolSize = DatabaseSettings.MAX_POOL_SIZE,
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

    @EJB
    private FirstStartSetup firstStartSetup;

    @PostConstruct
    void start() {
        ObservationDataSource.target();
        firstStartSetup.run();
    }

    @PreDestroy
    void stop() {
        EmbeddedMariaDb.stopIfRunning();
    }
}
