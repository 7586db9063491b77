package ml.modele.observation.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLTransientConnectionException;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;

class ConnectionLimitTest {

    private final ConnectionLimit limit = new ConnectionLimit(2, 1);

    @Test
    void rejectsConnectionBeyondPoolSize() throws Exception {
        limit.open(ConnectionLimitTest::physicalConnection);
        limit.open(ConnectionLimitTest::physicalConnection);

        SQLTransientConnectionException full = assertThrows(SQLTransientConnectionException.class,
                () -> limit.open(ConnectionLimitTest::physicalConnection));

        assertTrue(full.getMessage().contains("observation.db.pool-size"), full.getMessage());
    }

    @Test
    void closingConnectionFreesItsPlace() throws Exception {
        Connection first = limit.open(ConnectionLimitTest::physicalConnection);
        limit.open(ConnectionLimitTest::physicalConnection);

        first.close();
        first.close();

        assertNotNull(limit.open(ConnectionLimitTest::physicalConnection));
        assertThrows(SQLTransientConnectionException.class, () -> limit.open(ConnectionLimitTest::physicalConnection));
    }

    @Test
    void failedOpenReleasesItsPlace() throws Exception {
        assertThrows(java.sql.SQLException.class, () -> limit.open(() -> {
            throw new java.sql.SQLException("refused");
        }));

        limit.open(ConnectionLimitTest::physicalConnection);
        assertNotNull(limit.open(ConnectionLimitTest::physicalConnection));
    }

    /** A JDBC connection stand-in that only knows whether it is closed. */
    private static Connection physicalConnection() {
        AtomicBoolean closed = new AtomicBoolean();
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, arguments) -> switch (method.getName()) {
                    case "close" -> {
                        closed.set(true);
                        yield null;
                    }
                    case "isClosed" -> closed.get();
                    default -> null;
                });
    }
}
