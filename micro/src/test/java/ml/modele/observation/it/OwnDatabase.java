package ml.modele.observation.it;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * JUnit extension that gives a test class a database folder of its own, named after the class.
 * No class then depends on data that another class left or on the order of the classes.
 * Register it before {@code ArquillianExtension}, because arquillian.xml reads {@code it.db.dir}
 * when Arquillian starts the server. Each class runs in its own JVM, so the property does not leak.
 */
final class OwnDatabase implements BeforeAllCallback {

    @Override
    public void beforeAll(ExtensionContext context) {
        System.setProperty("it.db.dir",
                System.getProperty("it.db.dir") + "-" + context.getRequiredTestClass().getSimpleName());
    }
}
