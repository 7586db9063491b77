package ml.modele.observation.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Direct SQL on the embedded MariaDB of the running test class, past JPA and the screens, so
 * that tests check what was really stored. The database folder is {@code it.db.dir}, whose
 * {@code port} file the platform writes when it starts the server.
 */
final class ItDatabase {

    private ItDatabase() {
    }

    static Connection connect() throws Exception {
        String port = Files.readString(Path.of(System.getProperty("it.db.dir"), "port")).strip();
        return DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + port + "/observation", "root", "");
    }

    /** Returns the number in the first column of the first row, reading SQL NULL as 0. */
    static long count(String sql) throws Exception {
        try (Connection connection = connect();
             Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery(sql)) {
            assertTrue(row.next(), "no row for " + sql);
            return row.getLong(1);
        }
    }

    /** Returns the first column of the first row, failing the test when there is no row. */
    static String text(String sql) throws Exception {
        List<String> values = texts(sql);
        assertTrue(!values.isEmpty(), "no row for " + sql);
        return values.get(0);
    }

    /** Returns the first column of the first row, or null when there is no row. */
    static String optionalText(String sql) throws Exception {
        List<String> values = texts(sql);
        return values.isEmpty() ? null : values.get(0);
    }

    /** Returns the first column of every row. */
    static List<String> texts(String sql) throws Exception {
        try (Connection connection = connect();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            List<String> values = new ArrayList<>();
            while (rows.next()) {
                values.add(rows.getString(1));
            }
            return values;
        }
    }

    static void update(String sql) throws Exception {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.executeUpdate(sql);
        }
    }

    /**
     * Polls {@link #count} every 250 ms until it returns at least {@code atLeast}, and returns that
     * value. Fails the test when the time runs out.
     */
    static long awaitCount(String sql, long atLeast, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        long value = count(sql);
        while (value < atLeast) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Timed out after " + timeout.toSeconds() + " s waiting for at least "
                        + atLeast + " (last value " + value + ") from " + sql);
            }
            Thread.sleep(250);
            value = count(sql);
        }
        return value;
    }

    /**
     * Waits up to 5 minutes for what the platform loads in the background on its first start: the
     * ongoing demonstration election, the form sets and at least {@code minimumObservers} observers.
     * Returns the id of the latest ongoing election. The database or its schema may not exist yet
     * when this starts.
     */
    static long awaitOngoingElection(long minimumObservers) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (!ongoingElectionLoaded(minimumObservers)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Timed out after 5 minutes waiting for an ongoing election, its form set"
                        + " and " + minimumObservers + " observers");
            }
            Thread.sleep(500);
        }
        return count("SELECT id FROM election WHERE status = 'ONGOING' ORDER BY election_date DESC LIMIT 1");
    }

    private static boolean ongoingElectionLoaded(long minimumObservers) throws Exception {
        try {
            return count("SELECT COUNT(*) FROM election WHERE status = 'ONGOING'") > 0
                    && count("SELECT COUNT(*) FROM form_set") > 0
                    && count("SELECT COUNT(*) FROM observer") >= minimumObservers;
        } catch (SQLException | IOException e) {
            // The database or the schema is not there yet.
            return false;
        }
    }
}
