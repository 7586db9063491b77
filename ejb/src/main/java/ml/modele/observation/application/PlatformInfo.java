package ml.modele.observation.application;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** Version of the running build, from the properties file that Maven fills in. */
public final class PlatformInfo {

    private static final String VERSION = load();

    private PlatformInfo() {
    }

    public static String version() {
        return VERSION;
    }

    private static String load() {
        try (InputStream in = PlatformInfo.class.getResourceAsStream("/ml/modele/observation/version.properties")) {
            Properties properties = new Properties();
            if (in != null) {
                properties.load(in);
            }
            return properties.getProperty("version", "unknown");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the build version", e);
        }
    }
}
