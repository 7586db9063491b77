package ml.modele.observation.infrastructure.health;

import java.sql.Connection;
import java.sql.SQLException;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import ml.modele.observation.infrastructure.persistence.DatabaseProbe;

/** Readiness: UP only while the database answers and its schema is migrated. */
@Readiness
@ApplicationScoped
public class DatabaseReadinessCheck implements HealthCheck {

    private static final int TIMEOUT_SECONDS = 2;
    private static final String CONSEQUENCE = "Logins, screens, the REST API and the intake of SMS reports fail"
            + " until it answers again; check that MariaDB runs (the embedded one, or the server that"
            + " OBSERVATION_DB_URL names).";

    @Override
    public HealthCheckResponse call() {
        try (Connection connection = DatabaseProbe.openDirectConnection()) {
            if (connection.isValid(TIMEOUT_SECONDS)) {
                return HealthCheckResponse.named("database").up().build();
            }
            return HealthCheckResponse.named("database")
                    .down()
                    .withData("problem", "Database unavailable: MariaDB did not answer within " + TIMEOUT_SECONDS
                            + " s. " + CONSEQUENCE)
                    .build();
        } catch (SQLException | RuntimeException e) {
            return HealthCheckResponse.named("database")
                    .down()
                    .withData("problem", "Database unavailable: the connection to MariaDB failed. " + CONSEQUENCE)
                    .withData("error", e.getClass().getSimpleName() + ": " + e.getMessage())
                    .build();
        }
    }
}
