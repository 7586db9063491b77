package ml.modele.observation.interfaces.web.shell;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.Application;
import jakarta.faces.event.PostConstructApplicationEvent;
import jakarta.faces.event.SystemEvent;
import jakarta.faces.event.SystemEventListener;

import ml.modele.observation.application.DefaultDataSetup;

/**
 * Faces listener that starts loading the default map, election and demonstration observers once
 * the screens are set up. On a small server, loading during the web module's start slows that
 * start, so the login page of a first start would respond later.
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
