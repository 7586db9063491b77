package ml.modele.observation.infrastructure.health;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import ml.modele.observation.smpp.api.BindStatus;

class SmppReadinessCheckTest {

    @Test
    void problemNamesBindStateAndError() {
        BindStatus down = new BindStatus("orange-ml", "RECONNECTING", null, 3, 0, 0, 0, 0, 0,
                "Connection refused");

        assertEquals("SMS channel unavailable: the SMPP bind 'orange-ml' to the operator's SMSC is RECONNECTING"
                + " (successful reconnections since start: 3), last error: Connection refused.",
                SmppReadinessCheck.problem(down));
    }

    @Test
    void problemWithoutErrorEndsAfterCount() {
        BindStatus down = new BindStatus("orange-ml", "RECONNECTING", null, 0, 0, 0, 0, 0, 0, "");

        assertEquals("SMS channel unavailable: the SMPP bind 'orange-ml' to the operator's SMSC is RECONNECTING"
                + " (successful reconnections since start: 0).", SmppReadinessCheck.problem(down));
    }
}
