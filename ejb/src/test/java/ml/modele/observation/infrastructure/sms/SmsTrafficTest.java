package ml.modele.observation.infrastructure.sms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

class SmsTrafficTest {

    @Test
    void maskedHidesPin() {
        String text = SmsTraffic.masked("MODELE-Mali : votre code de connexion au formulaire web est 482913."
                + " Valable 10 minutes.");

        assertFalse(text.contains("482913"), text);
        assertEquals("MODELE-Mali : votre code de connexion au formulaire web est \u2022\u2022\u2022\u2022\u2022\u2022."
                + " Valable 10 minutes.", text);
    }
}
