package ml.modele.observation.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
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
}
