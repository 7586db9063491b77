package ml.modele.observation.infrastructure.persistence;

/** Builds the JDBC URL in force from the settings, starting the embedded server when needed. */
final class JdbcUrls {

    /**
     * Options that every connection gets: utf8mb4 so that French and Bambara text is stored
     * intact, and a 5 s connect timeout so that an unreachable database fails a readiness
     * check quickly instead of after the driver's default 30 s.
     */
    private static final String SESSION_OPTIONS = "connectTimeout=5000&sessionVariables=character_set_client=utf8mb4,"
            + "character_set_results=utf8mb4,character_set_connection=utf8mb4,collation_connection=utf8mb4_unicode_ci";

    private JdbcUrls() {
    }

    static String resolve(DatabaseSettings settings) {
        String base = settings.externalUrl()
                .orElseGet(() -> EmbeddedMariaDb.startOnce(settings.embeddedDataDir(), settings.embeddedDatabaseName())
                        .jdbcUrl());
        return base + (base.contains("?") ? "&" : "?") + SESSION_OPTIONS;
    }

    /** Returns the URL without its query, which may carry a password. */
    static String withoutCredentials(String url) {
        int query = url.indexOf('?');
        return query < 0 ? url : url.substring(0, query);
    }
}
