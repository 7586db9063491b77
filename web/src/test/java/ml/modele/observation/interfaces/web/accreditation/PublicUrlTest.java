package ml.modele.observation.interfaces.web.accreditation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class PublicUrlTest {

    private static final String REQUEST = "http://10.0.0.5:8080/observation/api/accreditation/1/badge/100017";

    @Test
    void requestAddressWhenUnset() {
        assertEquals("http://10.0.0.5:8080", PublicUrl.resolve(Optional.empty(), REQUEST));
    }

    @Test
    void configuredUrlWins() {
        assertEquals("https://verif.modele-mali.org",
                PublicUrl.resolve(PublicUrl.validate("https://verif.modele-mali.org/"), REQUEST));
    }

    @Test
    void pathPrefixIsKept() {
        assertEquals(Optional.of("https://modele-mali.org/mission"), PublicUrl.validate(" https://modele-mali.org/mission// "));
    }

    @Test
    void invalidValuesAreIgnored() {
        assertEquals(Optional.empty(), PublicUrl.validate("verif.modele-mali.org"));
        assertEquals(Optional.empty(), PublicUrl.validate("ftp://modele-mali.org"));
        assertEquals(Optional.empty(), PublicUrl.validate("https://modele-mali.org/?x=1"));
        assertEquals(Optional.empty(), PublicUrl.validate("https://exa mple.org"));
    }
}
