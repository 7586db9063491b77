package ml.modele.observation.infrastructure.persistence;

import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Database connection settings read from MicroProfile Config, so that system properties,
 * environment variables (e.g. {@code OBSERVATION_DB_URL}) and
 * {@code META-INF/microprofile-config.properties} can all set them.
 * <p>
 * With no {@code observation.db.url}, the platform runs an embedded MariaDB whose data
 * stays in {@code observation.db.embedded.dir}.
 */
public record DatabaseSettings(
        Optional<String> externalUrl,
        String user,
        String password,
        Path embeddedDataDir,
        String embeddedDatabaseName,
        int poolSize) {

    public static final String URL = "observation.db.url";
    public static final String USER = "observation.db.user";
    public static final String PASSWORD = "observation.db.password";
    public static final String EMBEDDED_DIR = "observation.db.embedded.dir";
    public static final String POOL_SIZE = "observation.db.pool-size";

    /** Upper bound of the pool size, the container pool's own maximum in {@code DatabaseStartup}. */
    public static final int MAX_POOL_SIZE = 200;
    private static final int DEFAULT_POOL_SIZE = 32;

    private static final String EMBEDDED_DATABASE = "observation";

    /** Reads the settings that are in force now. */
    public static DatabaseSettings current() {
        Config config = ConfigProvider.getConfig(DatabaseSettings.class.getClassLoader());
        Optional<String> url = config.getOptionalValue(URL, String.class).filter(value -> !value.isBlank());
        Path dir = config.getOptionalValue(EMBEDDED_DIR, String.class)
                .map(Path::of)
                .orElse(Path.of(System.getProperty("user.home"), ".observation", "mariadb"));
        return new DatabaseSettings(
                url,
                config.getOptionalValue(USER, String.class).orElse("root"),
                config.getOptionalValue(PASSWORD, String.class).orElse(""),
                dir.toAbsolutePath(),
                EMBEDDED_DATABASE,
                poolSize(config));
    }

    private static int poolSize(Config config) {
        int size = config.getOptionalValue(POOL_SIZE, Integer.class).orElse(DEFAULT_POOL_SIZE);
        if (size < 1 || size > MAX_POOL_SIZE) {
            throw new IllegalArgumentException(POOL_SIZE + " is " + size + "; set it between 1 and " + MAX_POOL_SIZE);
        }
        return size;
    }

    public boolean embedded() {
        return externalUrl.isEmpty();
    }
}
