package ml.modele.observation.it;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Gives a test class a database folder of its own, named after the class, so that no class
 * depends on what another left behind or on the order in which Failsafe runs them. Register it
 * before {@code ArquillianExtension}: arquillian.xml reads {@code it.db.dir} when Arquillian
 * starts the server. Each class runs in its own JVM, so the changed property does not leak.
 */
final class OwnDatabase implements BeforeAllCallback {

    @Override
    public void beforeAll(ExtensionContext context) {
        System.setProperty("it.db.dir",
                System.getProperty("it.db.dir") + "-" + context.getRequiredTestClass().getSimpleName());
    }
}
