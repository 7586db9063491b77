package ml.modele.observation.interfaces.web.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import ml.modele.observation.domain.audit.AuditAction;
import ml.modele.observation.domain.pvt.QualityProblem;
import ml.modele.observation.domain.security.Role;

class MessageBundlesTest {

    private static final String BASE = "/ml/modele/observation/i18n/messages";

    @Test
    void frenchAndEnglishHaveSameKeys() throws IOException {
        Set<String> french = new TreeSet<>(load("_fr").stringPropertyNames());
        Set<String> english = new TreeSet<>(load("_en").stringPropertyNames());

        Set<String> missingInEnglish = new TreeSet<>(french);
        missingInEnglish.removeAll(english);
        Set<String> missingInFrench = new TreeSet<>(english);
        missingInFrench.removeAll(french);

        assertTrue(missingInEnglish.isEmpty(), "missing in English: " + missingInEnglish);
        assertTrue(missingInFrench.isEmpty(), "missing in French: " + missingInFrench);
    }

    @Test
    void defaultBundleIsFrench() throws IOException {
        assertEquals(load("_fr"), load(""));
    }

    @Test
    void everyRoleAndAuditActionHasLabel() throws IOException {
        Properties french = load("_fr");
        for (Role role : Role.values()) {
            assertTrue(french.containsKey("role." + role.name()), role.name());
        }
        for (AuditAction action : AuditAction.values()) {
            assertTrue(french.containsKey("audit.action." + action.name()), action.name());
        }
    }

    @Test
    void everyQualityProblemHasLabel() throws IOException {
        Properties french = load("_fr");
        Properties english = load("_en");
        for (QualityProblem problem : QualityProblem.values()) {
            assertTrue(french.containsKey("dashboard.problem." + problem.name()), problem.name());
            assertTrue(english.containsKey("dashboard.problem." + problem.name()), problem.name());
        }
    }

    private static Properties load(String suffix) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream(BASE + suffix + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
