package ml.modele.observation.infrastructure.sms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import ml.modele.observation.smpp.codec.Alphabet;
import ml.modele.observation.smpp.codec.OutboundEncoder;

class AcknowledgementTextTest {

    @Test
    void frenchReplyFitsOneGsmSms() {
        String text = reply("fr", 123_456_789L);

        assertEquals(Alphabet.GSM7, OutboundEncoder.chooseAlphabet(text), text);
        assertTrue(text.length() <= 160, text);
        assertTrue(text.contains("123456789"), text);
    }

    @Test
    void englishReplyFitsOneGsmSms() {
        String text = reply("en", 42L);

        assertEquals(Alphabet.GSM7, OutboundEncoder.chooseAlphabet(text), text);
        assertTrue(text.length() <= 160, text);
    }

    @Test
    void defaultBundleCopiesFrench() throws IOException {
        assertEquals(load("sms_fr.properties"), load("sms.properties"));
    }

    private static String reply(String language, long id) {
        AcknowledgementPolicy policy = new AcknowledgementPolicy();
        policy.replyLanguage = language;
        return policy.replyText(id);
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = AcknowledgementTextTest.class.getResourceAsStream("/ml/modele/observation/i18n/" + name)) {
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return properties;
    }
}
