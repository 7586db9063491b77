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
 * so that no connection ever reaches an unmigrated database.
 * <p>
 * The container creates instances of this class by name from the application's
 * {@code @DataSourceDefinition}; the user and password it passes are ignored in favour
 * of the configured ones.
 */
public class ObservationDataSource implements DataSource {

    private static final Logger LOG = Logger.getLogger(ObservationDataSource.class.getName());

    private static final long MAX_WAIT_SECONDS = 15;

    /** Seconds a request waits for a connection when all of them are in use. */
    private static final long CONNECTION_WAIT_SECONDS = 60;

    private static MariaDbDataSource target;
    private static ConnectionLimit limit;

    private PrintWriter logWriter;
    private int loginTimeoutSeconds;

    @Override
    public Connection getConnection() throws SQLException {
        MariaDbDataSource dataSource = target();
        return limit.open(dataSource::getConnection);
    }

    @Override
    public Connection getConnection(String ignoredUser, String ignoredPassword) throws SQLException {
        return getConnection();
    }

    /**
     * Returns the pool's underlying data source, connecting and migrating on first use.
     * While the database has never been reached, this waits for it, logging one line per
     * attempt: the server connects once at deployment, so the application finishes
     * deploying when the database answers, and readiness stays DOWN until then.
     */
    static MariaDbDataSource target() {
        for (int attempt = 1; ; attempt++) {
            try {
                return targetIfReachable();
            } catch (SQLException | RuntimeException e) {
                long waitSeconds = Math.min(MAX_WAIT_SECONDS, 1L << Math.min(attempt, 4));
                LOG.severe("Database unreachable (attempt " + attempt + "): " + rootMessage(e)
                        + ". Readiness is DOWN; retrying in " + waitSeconds + " s. Check "
                        + DatabaseSettings.URL + ", " + DatabaseSettings.USER + " and "
                        + DatabaseSettings.PASSWORD + ".");
                sleep(waitSeconds);
            }
        }
    }

    /**
     * Returns the pool's underlying data source after one attempt to reach and migrate
     * the database. A failure is not cached, so the next call tries again.
     */
    static synchronized MariaDbDataSource targetIfReachable() throws SQLException {
        if (target == null) {
            DatabaseSettings settings = DatabaseSettings.current();
            String url = JdbcUrls.resolve(settings);
            MariaDbDataSource dataSource = new MariaDbDataSource(url);
            dataSource.setUser(settings.user());
            dataSource.setPassword(settings.password());
            SchemaMigration.migrate(dataSource);
            LOG.info("Database ready at " + JdbcUrls.withoutCredentials(url)
                    + " with at most " + settings.poolSize() + " connections");
            limit = new ConnectionLimit(settings.poolSize(), CONNECTION_WAIT_SECONDS);
            target = dataSource;
        }
        return target;
    }

    private static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getClass().getSimpleName() + ": " + cause.getMessage();
    }

    private static void sleep(long seconds) {
        try {
            Thread.sleep(seconds * 1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the database", e);
        }
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
