package ml.modele.observation.smpp.inbound;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.resource.spi.InvalidPropertyException;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ConfigValuesTest {

    @AfterEach
    void clear() {
        System.clearProperty("it.config.values.host");
    }

    @Test
    void plainValueIsKept() {
        assertEquals("smsc.example", ConfigValues.resolve("smsc.example"));
    }

    @Test
    void referenceReadsSystemProperty() {
        System.setProperty("it.config.values.host", "127.0.0.1");

        assertEquals("127.0.0.1", ConfigValues.resolve("${MPCONFIG=it.config.values.host:10.0.0.1}"));
    }

    @Test
    void unsetReferenceTakesDefault() {
        assertEquals("2775", ConfigValues.resolve("${MPCONFIG=it.config.values.port:2775}"));
        assertEquals("", ConfigValues.resolve("${MPCONFIG=it.config.values.port}"));
    }

    @Test
    void specRejectsInvalidPort() {
        SmppActivationSpec spec = new SmppActivationSpec();
        spec.setPort("${MPCONFIG=it.config.values.port:99999}");

        InvalidPropertyException e = assertThrows(InvalidPropertyException.class, spec::validate);
        assertEquals("Invalid port '99999': expected a whole number from 1 to 65535", e.getMessage());
    }

    @Test
    void specWithoutHostIsDisabled() throws InvalidPropertyException {
        BindSettings settings = new SmppActivationSpec().settings();

        assertEquals(false, settings.enabled());
        assertEquals("no SMSC configured", settings.name());
    }

    @Test
    void specRejectsLongPassword() {
        SmppActivationSpec spec = new SmppActivationSpec();
        spec.setPassword("SMSC-IT-2026");

        InvalidPropertyException e = assertThrows(InvalidPropertyException.class, spec::validate);
        assertEquals("Invalid password: 12 characters, but SMPP 3.4 allows at most 8", e.getMessage());
    }
}
