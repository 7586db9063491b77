package ml.modele.observation.infrastructure.persistence;

import java.util.Collections;

/**
 * SQL fragments that write many rows with one statement. MariaDB Connector/J sends each row of a
 * JDBC batch as a statement of its own unless it prepares statements on the server, so a
 * multi-row statement saves the server one parse and execution per row.
 */
public final class MultiRowSql {

    private MultiRowSql() {
    }

    /** Returns {@code count} comma-separated placeholders: {@code ?, ?, ?}. */
    public static String placeholders(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("Invalid placeholder count " + count + ": expected at least 1");
        }
        return String.join(", ", Collections.nCopies(count, "?"));
    }

    /** Returns the VALUES rows of a multi-row INSERT: {@code (?, ?), (?, ?)} for 2 rows of 2 columns. */
    public static String valueRows(int rows, int columns) {
        if (rows < 1) {
            throw new IllegalArgumentException("Invalid row count " + rows + ": expected at least 1");
        }
        return String.join(", ", Collections.nCopies(rows, "(" + placeholders(columns) + ")"));
    }

    /**
     * Returns an expression that gives each row its own value, keyed by its id column:
     * {@code CASE id WHEN ? THEN ? WHEN ? THEN ? END}. Bind an id then its value for each row.
     */
    public static String caseById(String idColumn, int rows) {
        if (rows < 1) {
            throw new IllegalArgumentException("Invalid row count " + rows + ": expected at least 1");
        }
        return "CASE " + idColumn + " " + String.join(" ", Collections.nCopies(rows, "WHEN ? THEN ?")) + " END";
    }
}
