package ml.modele.observation.smpp.inbound;

import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.resource.spi.InvalidPropertyException;

import org.junit.jupiter.api.Test;

class BackOffTest {

    @Test
    void delayDoublesWithJitterUpToMaximum() throws InvalidPropertyException {
        SmppActivationSpec spec = new SmppActivationSpec();
        spec.setHost("127.0.0.1");
        spec.setReconnectInitialMillis("1000");
        spec.setReconnectMaxMillis("8000");
        BindKeeper keeper = new BindKeeper(spec.settings(), null, null);

        for (int round = 0; round < 200; round++) {
            long first = keeper.backOffMillis(0);
            long third = keeper.backOffMillis(2);
            long late = keeper.backOffMillis(40);
            assertTrue(first >= 500, "attempt 0: " + first);
            assertTrue(first <= 1000, "attempt 0: " + first);
            assertTrue(third >= 2000, "attempt 2: " + third);
            assertTrue(third <= 4000, "attempt 2: " + third);
            assertTrue(late >= 4000, "attempt 40: " + late);
            assertTrue(late <= 8000, "attempt 40: " + late);
        }
    }
}
