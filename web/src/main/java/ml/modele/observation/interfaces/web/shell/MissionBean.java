package ml.modele.observation.interfaces.web.shell;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import ml.modele.observation.application.PlatformInfo;

/** Name of the mission shown in the header, and the build version shown in the footer. */
@Named("mission")
@ApplicationScoped
public class MissionBean {

    @Inject
    @ConfigProperty(name = "observation.mission.name", defaultValue = "MODELE-Mali")
    private String name;

    public String getName() {
        return name;
    }

    public String getVersion() {
        return PlatformInfo.version();
    }
}
