package ml.modele.observation.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class MultiRowSqlTest {

    @Test
    void placeholdersForThreeValues() {
        assertEquals("?, ?, ?", MultiRowSql.placeholders(3));
    }

    @Test
    void valueRowsForTwoRowsOfTwoColumns() {
        assertEquals("(?, ?), (?, ?)", MultiRowSql.valueRows(2, 2));
    }

    @Test
    void caseByIdForTwoRows() {
        assertEquals("CASE id WHEN ? THEN ? WHEN ? THEN ? END", MultiRowSql.caseById("id", 2));
    }

    @Test
    void emptyListsRejected() {
        assertThrows(IllegalArgumentException.class, () -> MultiRowSql.placeholders(0));
        assertThrows(IllegalArgumentException.class, () -> MultiRowSql.valueRows(0, 3));
        assertThrows(IllegalArgumentException.class, () -> MultiRowSql.caseById("id", 0));
    }
}
