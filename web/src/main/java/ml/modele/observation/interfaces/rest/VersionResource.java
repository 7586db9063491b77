package ml.modele.observation.interfaces.rest;

import java.util.Map;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import ml.modele.observation.application.PlatformInfo;

/** Public endpoint with the name and version of the running build. */
@Path("version")
public class VersionResource {

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, String> version() {
        return Map.of("name", "observation", "version", PlatformInfo.version());
    }
}
