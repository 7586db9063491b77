package ml.modele.observation.infrastructure.persistence;

import java.sql.Connection;
import java.sql.SQLException;

/** Opens connections outside the pool, for health checks that must not wait for a pooled connection. */
public final class DatabaseProbe {

    private DatabaseProbe() {
    }

    /**
     * Opens a new connection to the migrated database.
     *
     * @throws SQLException when the database is unreachable or the migration failed
     */
    public static Connection openDirectConnection() throws SQLException {
        return ObservationDataSource.targetIfReachable().getConnection();
    }
}
