package ml.modele.observation.interfaces.web.shell;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.Application;
import jakarta.faces.event.PostConstructApplicationEvent;
import jakarta.faces.event.SystemEvent;
import jakarta.faces.event.SystemEventListener;

import ml.modele.observation.application.DefaultDataSetup;

/**
 * Starts loading the default map, election and demonstration observers once Faces has set up
 * the screens. Loading earlier, while the web module was still starting, took processor time
 * from that start on a small server, so the login page answered later on a first start.
 */
public class DefaultDataTrigger implements SystemEventListener {

    @Override
    public boolean isListenerForSource(Object source) {
        return source instanceof Application;
    }

    @Override
    public void processEvent(SystemEvent event) {
        if (event instanceof PostConstructApplicationEvent) {
            CDI.current().select(DefaultDataSetup.class).get().loadInBackground();
        }
    }
}
