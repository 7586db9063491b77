package ml.modele.observation.infrastructure.persistence;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;

import javax.sql.DataSource;

import org.mariadb.jdbc.MariaDbDataSource;

/**
 * The data source behind the container's connection pool. Before it hands out the
 * first connection it resolves where the database is (the external MariaDB from
 * {@link DatabaseSettings}, or the embedded one, started here) and migrates the schema,
 * so that no connection ever sees an unmigrated database.
 * <p>
 * The container creates instances of this class by name from the application's
 * {@code @DataSourceDefinition}; the user and password it passes are ignored in favour
 * of the configured ones.
 */
public class ObservationDataSource implements DataSource {

    private static final Logger LOG = Logger.getLogger(ObservationDataSource.class.getName());

    private static MariaDbDataSource target;

    private PrintWriter logWriter;
    private int loginTimeoutSeconds;

    @Override
    public Connection getConnection() throws SQLException {
        return target().getConnection();
    }

    @Override
    public Connection getConnection(String ignoredUser, String ignoredPassword) throws SQLException {
        return target().getConnection();
    }

    /**
     * Returns the pool's underlying data source, connecting and migrating on first use.
     * A failure is not cached, so the next call tries again (e.g. once an external
     * database is back).
     */
    static synchronized MariaDbDataSource target() throws SQLException {
        if (target == null) {
            DatabaseSettings settings = DatabaseSettings.current();
            String url = JdbcUrls.resolve(settings);
            MariaDbDataSource dataSource = new MariaDbDataSource(url);
            dataSource.setUser(settings.user());
            dataSource.setPassword(settings.password());
            SchemaMigration.migrate(dataSource);
            LOG.info("Database ready at " + JdbcUrls.withoutCredentials(url));
            target = dataSource;
        }
        return target;
    }

    @Override
    public PrintWriter getLogWriter() {
        return logWriter;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        this.logWriter = out;
    }

    @Override
    public void setLoginTimeout(int seconds) {
        this.loginTimeoutSeconds = seconds;
    }

    @Override
    public int getLoginTimeout() {
        return loginTimeoutSeconds;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException("java.util.logging is not used by this data source");
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        throw new SQLException("Not a wrapper for " + type.getName());
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return type.isInstance(this);
    }
}
