package ml.modele.observation.it;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * JUnit extension that gives a test class a {@link TestSmsc} of its own on a free loopback port,
 * and closes it after the class. arquillian.xml passes {@code it.smsc.host} and {@code it.smsc.port}
 * to the Payara Micro JVM, so the SMSC must be listening and the properties set before
 * ArquillianExtension reads that file in its own beforeAll. JUnit runs the beforeAll callbacks in the
 * order of {@code @ExtendWith}, so list this extension before ArquillianExtension:
 * {@code @ExtendWith({OwnDatabase.class, OwnSmsc.class, ArquillianExtension.class})}.
 * <p>
 * After starting the SMSC, the extension initialises the test class. Its static fields can then
 * read {@link #smsc()}, and its static initializer can set further properties for arquillian.xml,
 * both before the server starts. Failsafe runs each test class in its own JVM, so the static SMSC
 * and the properties belong to that class alone.
 */
final class OwnSmsc implements BeforeAllCallback, AfterAllCallback {

    private static TestSmsc smsc;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        smsc = new TestSmsc();
        System.setProperty("it.smsc.host", "127.0.0.1");
        System.setProperty("it.smsc.port", String.valueOf(smsc.port()));
        Class<?> testClass = context.getRequiredTestClass();
        Class.forName(testClass.getName(), true, testClass.getClassLoader());
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        if (smsc != null) {
            smsc.close();
            smsc = null;
        }
    }

    /** Returns the SMSC of the running test class. */
    static TestSmsc smsc() {
        if (smsc == null) {
            throw new IllegalStateException("No test SMSC is running: register OwnSmsc before ArquillianExtension"
                    + " in the class's @ExtendWith, and read smsc() only after its beforeAll");
        }
        return smsc;
    }
}
