package ml.modele.observation.infrastructure.persistence;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Caps the number of open physical connections to the database at the configured pool
 * size ({@code observation.db.pool-size}). The container's pool requests from this data source
 * a new connection only when all of its own are busy, so the cap is the pool's maximum.
 */
final class ConnectionLimit {

    private final int size;
    private final Semaphore permits;
    private final long waitSeconds;

    ConnectionLimit(int size, long waitSeconds) {
        this.size = size;
        this.permits = new Semaphore(size, true);
        this.waitSeconds = waitSeconds;
    }

    int size() {
        return size;
    }

    /**
     * Opens a connection once a permit is free; the permit returns when the connection closes.
     *
     * @throws SQLTransientConnectionException when no permit frees up in time
     */
    Connection open(ConnectionSource source) throws SQLException {
        acquire();
        try {
            return guard(source.open());
        } catch (SQLException | RuntimeException e) {
            permits.release();
            throw e;
        }
    }

    private void acquire() throws SQLException {
        try {
            if (!permits.tryAcquire(waitSeconds, TimeUnit.SECONDS)) {
                throw new SQLTransientConnectionException("All " + size + " database connections are in use"
                        + " after waiting " + waitSeconds + " s; raise " + DatabaseSettings.POOL_SIZE
                        + " if the database can take more");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLTransientConnectionException("Interrupted while waiting for a database connection", e);
        }
    }

    private Connection guard(Connection connection) {
        AtomicBoolean released = new AtomicBoolean();
        InvocationHandler handler = (proxy, method, arguments) -> invoke(connection, released, method, arguments);
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
                new Class<?>[] {Connection.class}, handler);
    }

    private Object invoke(Connection connection, AtomicBoolean released, Method method, Object[] arguments)
            throws Throwable {
        try {
            return method.invoke(connection, arguments);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        } finally {
            boolean closing = method.getName().equals("close") || method.getName().equals("abort");
            if (closing && connection.isClosed() && released.compareAndSet(false, true)) {
                permits.release();
            }
        }
    }

    /** Opens one physical connection. */
    @FunctionalInterface
    interface ConnectionSource {
        Connection open() throws SQLException;
    }
}
