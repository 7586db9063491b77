package ml.modele.observation.it;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Gives a test class a database folder of its own, named after the class, instead of the one
 * that the other classes of the run share. Register it before {@code ArquillianExtension}:
 * arquillian.xml reads {@code it.db.dir} when Arquillian starts the server. Each class runs in
 * its own JVM, so the changed property does not leak into other classes.
 */
final class OwnDatabase implements BeforeAllCallback {

    @Override
    public void beforeAll(ExtensionContext context) {
        System.setProperty("it.db.dir",
                System.getProperty("it.db.dir") + "-" + context.getRequiredTestClass().getSimpleName());
    }
}
