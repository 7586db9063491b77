package ml.modele.observation.infrastructure.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import ml.modele.observation.domain.communique.Communique;
import ml.modele.observation.domain.communique.CommuniqueKind;
import ml.modele.observation.domain.communique.CommuniqueStatus;

/**
 * SQL of the communiqué tables. A published row is never written again: updates name the
 * status they expect, and the database's triggers reject any change to a published row or a
 * stored PDF.
 */
public final class CommuniqueTables {

    private static final String COLUMNS = "id, election_id, kind, version, replaces_id, status, snapshot_json,"
            + " snapshot_at, findings_html, recommendations_html, created_at, created_by, edited_at, edited_by,"
            + " approved_at, approved_by, embargo_until, published_at, published_by";

    private CommuniqueTables() {
    }

    /** A stored PDF of a published communiqué, in one language. */
    public record Publication(long communiqueId, String language, byte[] pdf, String sha256, String contentHash,
                              int pages, Instant publishedAt) {
    }

    /** Stores a new draft and returns it with its id. */
    public static Communique insert(Connection connection, Communique draft) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO communique (election_id, kind,"
                + " version, replaces_id, status, snapshot_json, snapshot_at, findings_html, recommendations_html,"
                + " created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            insert.setLong(1, draft.electionId());
            insert.setString(2, draft.kind().name());
            insert.setInt(3, draft.version());
            setLong(insert, 4, draft.replacesId());
            insert.setString(5, draft.status().name());
            insert.setString(6, draft.snapshotJson());
            insert.setTimestamp(7, Timestamp.from(draft.snapshotAt()));
            insert.setString(8, draft.findingsHtml());
            insert.setString(9, draft.recommendationsHtml());
            insert.setTimestamp(10, Timestamp.from(draft.createdAt()));
            insert.setString(11, draft.createdBy());
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return draft.withId(keys.getLong(1));
            }
        }
    }

    /**
     * Writes the workflow fields of a communiqué whose stored status is {@code expected}.
     *
     * @throws IllegalStateException when the stored row is not in that status any more (another
     *     user moved it on, or it is published)
     */
    public static void update(Connection connection, Communique communique, CommuniqueStatus expected)
            throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE communique SET status = ?,"
                + " findings_html = ?, recommendations_html = ?, edited_at = ?, edited_by = ?, approved_at = ?,"
                + " approved_by = ?, embargo_until = ?, published_at = ?, published_by = ?"
                + " WHERE id = ? AND status = ? AND status <> 'PUBLISHED'")) {
            update.setString(1, communique.status().name());
            update.setString(2, communique.findingsHtml());
            update.setString(3, communique.recommendationsHtml());
            setInstant(update, 4, communique.editedAt());
            update.setString(5, communique.editedBy());
            setInstant(update, 6, communique.approvedAt());
            update.setString(7, communique.approvedBy());
            setInstant(update, 8, communique.embargoUntil());
            setInstant(update, 9, communique.publishedAt());
            update.setString(10, communique.publishedBy());
            update.setLong(11, communique.id());
            update.setString(12, expected.name());
            if (update.executeUpdate() != 1) {
                throw new IllegalStateException("Communique " + communique.id() + " is no longer " + expected);
            }
        }
    }

    /** Reads a communiqué and locks its row until the transaction ends. */
    public static Optional<Communique> findForUpdate(Connection connection, long id) throws SQLException {
        return find(connection, "SELECT " + COLUMNS + " FROM communique WHERE id = ? FOR UPDATE", id);
    }

    public static Optional<Communique> find(Connection connection, long id) throws SQLException {
        return find(connection, "SELECT " + COLUMNS + " FROM communique WHERE id = ?", id);
    }

    /** Lists the communiqués of an election, or of every election when null, newest first. */
    public static List<Communique> list(Connection connection, Long electionId) throws SQLException {
        String sql = "SELECT " + COLUMNS + " FROM communique" + (electionId == null ? "" : " WHERE election_id = ?")
                + " ORDER BY created_at DESC, id DESC";
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            if (electionId != null) {
                query.setLong(1, electionId);
            }
            try (ResultSet rows = query.executeQuery()) {
                List<Communique> list = new ArrayList<>();
                while (rows.next()) {
                    list.add(read(rows));
                }
                return list;
            }
        }
    }

    /** Returns the next version number of a kind of statement for an election, 1 for the first. */
    public static int nextVersion(Connection connection, long electionId, CommuniqueKind kind) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT COALESCE(MAX(version), 0) + 1 FROM communique WHERE election_id = ? AND kind = ?")) {
            query.setLong(1, electionId);
            query.setString(2, kind.name());
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        }
    }

    /** Stores the PDF of a published communiqué; the row can never be changed or deleted afterwards. */
    public static void insertPublication(Connection connection, Publication publication) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO communique_publication"
                + " (communique_id, language, pdf, sha256, content_hash, pages, published_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            insert.setLong(1, publication.communiqueId());
            insert.setString(2, publication.language());
            insert.setBytes(3, publication.pdf());
            insert.setString(4, publication.sha256());
            insert.setString(5, publication.contentHash());
            insert.setInt(6, publication.pages());
            insert.setTimestamp(7, Timestamp.from(publication.publishedAt()));
            insert.executeUpdate();
        }
    }

    /** Returns the stored PDFs of a communiqué, PDF bytes included when {@code withPdf}. */
    public static List<Publication> publications(Connection connection, long communiqueId, boolean withPdf)
            throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT communique_id, language, "
                + (withPdf ? "pdf" : "NULL") + ", sha256, content_hash, pages, published_at"
                + " FROM communique_publication WHERE communique_id = ? ORDER BY language DESC")) {
            query.setLong(1, communiqueId);
            try (ResultSet rows = query.executeQuery()) {
                List<Publication> list = new ArrayList<>();
                while (rows.next()) {
                    list.add(new Publication(rows.getLong(1), rows.getString(2), rows.getBytes(3), rows.getString(4),
                            rows.getString(5), rows.getInt(6), rows.getTimestamp(7).toInstant()));
                }
                return list;
            }
        }
    }

    private static Optional<Communique> find(Connection connection, String sql, long id) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setLong(1, id);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? Optional.of(read(row)) : Optional.empty();
            }
        }
    }

    private static Communique read(ResultSet row) throws SQLException {
        Communique.Builder builder = new Communique.Builder();
        builder.id = row.getLong(1);
        builder.electionId = row.getLong(2);
        builder.kind = CommuniqueKind.valueOf(row.getString(3));
        builder.version = row.getInt(4);
        long replaces = row.getLong(5);
        builder.replacesId = row.wasNull() ? null : replaces;
        builder.status = CommuniqueStatus.valueOf(row.getString(6));
        builder.snapshotJson = row.getString(7);
        builder.snapshotAt = instant(row, 8);
        builder.findingsHtml = row.getString(9);
        builder.recommendationsHtml = row.getString(10);
        builder.createdAt = instant(row, 11);
        builder.createdBy = row.getString(12);
        builder.editedAt = instant(row, 13);
        builder.editedBy = row.getString(14);
        builder.approvedAt = instant(row, 15);
        builder.approvedBy = row.getString(16);
        builder.embargoUntil = instant(row, 17);
        builder.publishedAt = instant(row, 18);
        builder.publishedBy = row.getString(19);
        return builder.build();
    }

    private static Instant instant(ResultSet row, int column) throws SQLException {
        Timestamp value = row.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    private static void setInstant(PreparedStatement statement, int index, Instant value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.TIMESTAMP);
        } else {
            statement.setTimestamp(index, Timestamp.from(value));
        }
    }

    private static void setLong(PreparedStatement statement, int index, Long value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.BIGINT);
        } else {
            statement.setLong(index, value);
        }
    }
}
