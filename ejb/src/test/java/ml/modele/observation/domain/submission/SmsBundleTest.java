package ml.modele.observation.domain.submission;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import ml.modele.observation.domain.form.DefaultFormSets;
import ml.modele.observation.smpp.codec.Gsm7;
import org.junit.jupiter.api.Test;

class SmsBundleTest {

    private static final String FOLDER = "/ml/modele/observation/i18n/";

    @Test
    void defaultBundleCopiesFrench() throws IOException {
        assertEquals(load("sms_fr.properties"), load("sms.properties"));
    }

    @Test
    void englishHasSameKeys() throws IOException {
        assertEquals(load("sms_fr.properties").stringPropertyNames(), load("sms_en.properties").stringPropertyNames());
    }

    @Test
    void everyErrorHasReplyText() throws IOException {
        for (String file : new String[] {"sms_fr.properties", "sms_en.properties"}) {
            Set<String> keys = load(file).stringPropertyNames();
            for (SubmissionError.Type type : SubmissionError.Type.values()) {
                assertTrue(keys.contains(type.replyKey()), file + " lacks " + type.replyKey());
            }
        }
    }

    @Test
    void textsAreGsm7() throws IOException {
        for (String file : new String[] {"sms_fr.properties", "sms_en.properties"}) {
            Properties texts = load(file);
            for (String key : texts.stringPropertyNames()) {
                assertTrue(Gsm7.canEncode(texts.getProperty(key)), file + " " + key);
            }
        }
    }

    @Test
    void cardExamplesAccepted() {
        SmsParser parser = new SmsParser(DefaultFormSets.referendum(), SmsParserTableTest.directory());
        for (String example : new String[] {
                "ARV 123459 A7 B1 C8 D5 E2 F1 G1 H124",
                "DVT 123459 A1 B1 C1 D0 E2 F2 G1 H2",
                "FDP 123459 A18 B2 C1 D1 E2 F1 G1",
                "RES 123459 A450 B312 C12 D300 E180 F120",
                "URG 123459 A12 B0 C1 D1 @ bagarre devant le bureau"}) {
            ParsedSubmission parsed = parser.parse("+22376123456", example);
            assertEquals(java.util.List.of(), parsed.errors(), example);
            assertEquals(Set.of(), parsed.flags(), example);
        }
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = SmsBundleTest.class.getResourceAsStream(FOLDER + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
