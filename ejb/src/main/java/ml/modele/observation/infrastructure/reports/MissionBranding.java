package ml.modele.observation.infrastructure.reports;

import java.awt.Image;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.logging.Logger;

import javax.imageio.ImageIO;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Name and logo of the mission printed at the top of its communiqués: {@code observation.mission.name}
 * and {@code observation.mission.logo}, a PNG or JPEG file. Without a logo file, or when the file
 * cannot be read, the logo shipped with the platform is printed.
 */
@ApplicationScoped
public class MissionBranding {

    private static final Logger LOG = Logger.getLogger(MissionBranding.class.getName());
    private static final String DEFAULT_LOGO = "/ml/modele/observation/reports/mission-logo.png";

    private String name;
    private Image logo;

    public MissionBranding() {
    }

    @Inject
    public MissionBranding(@ConfigProperty(name = "observation.mission.name", defaultValue = "MODELE-Mali") String name,
                           @ConfigProperty(name = "observation.mission.logo") Optional<String> logoFile) {
        this.name = name;
        this.logo = logoFile.filter(file -> !file.isBlank()).flatMap(MissionBranding::readFile)
                .orElseGet(MissionBranding::defaultLogo);
    }

    /** Returns the mission's name. */
    public String name() {
        return name;
    }

    /** Returns the logo to print. */
    public Image logo() {
        return logo;
    }

    private static Optional<Image> readFile(String file) {
        try (InputStream in = Files.newInputStream(Path.of(file))) {
            Image image = ImageIO.read(in);
            if (image == null) {
                LOG.warning(() -> "observation.mission.logo " + file + " is not a PNG or JPEG image;"
                        + " printing the default logo");
            }
            return Optional.ofNullable(image);
        } catch (IOException e) {
            LOG.warning(() -> "Reading observation.mission.logo " + file + " failed (" + e.getMessage()
                    + "); printing the default logo");
            return Optional.empty();
        }
    }

    /** Returns the logo shipped with the platform. */
    static Image defaultLogo() {
        try (InputStream in = MissionBranding.class.getResourceAsStream(DEFAULT_LOGO)) {
            if (in == null) {
                throw new IllegalStateException(DEFAULT_LOGO + " is not on the class path");
            }
            return ImageIO.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Reading the default logo failed", e);
        }
    }
}
