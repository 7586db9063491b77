package ml.modele.observation.interfaces.rest.error;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.util.Locale;

import org.junit.jupiter.api.Test;

class ErrorBodyFilterTest {

    @Test
    void notFoundNamesMethodAndTarget() {
        ApiError error = ErrorBodyFilter.describe(404, "GET", "/observation/api/map/units?version=99", null, null,
                Locale.FRENCH);

        assertEquals(404, error.status());
        assertEquals("api.error.notFound", error.key());
        assertEquals("Introuvable : GET /observation/api/map/units?version=99 ne correspond à aucune ressource de"
                + " l'API. Vérifiez l'adresse et les identifiants qu'elle contient ; le README liste les points"
                + " d'accès.", error.message());
    }

    @Test
    void methodNotAllowedListsAllowedMethods() {
        ApiError error = ErrorBodyFilter.describe(405, "GET", "/observation/api/tabulation/official/1",
                "POST,OPTIONS", null, Locale.ENGLISH);

        assertEquals("api.error.methodNotAllowed", error.key());
        assertEquals("Method GET is not allowed on /observation/api/tabulation/official/1: the allowed methods are"
                + " POST, OPTIONS.", error.message());
    }

    @Test
    void unsupportedMediaTypeNamesContentType() {
        ApiError error = ErrorBodyFilter.describe(415, "POST", "/observation/api/tabulation/official/1", null,
                "application/json", Locale.FRENCH);

        assertEquals("api.error.unsupportedMediaType", error.key());
        assertEquals("Type de contenu « application/json » refusé par POST /observation/api/tabulation/official/1 :"
                + " envoyez le type indiqué dans le README, par exemple application/x-www-form-urlencoded pour un"
                + " formulaire.", error.message());
    }

    @Test
    void otherStatusGetsGenericMessage() {
        ApiError error = ErrorBodyFilter.describe(406, "GET", "/observation/api/elections", null, null,
                Locale.FRENCH);

        assertEquals(406, error.status());
        assertEquals("api.error.status", error.key());
        assertEquals("La requête GET /observation/api/elections a échoué avec le statut HTTP 406.", error.message());
    }

    @Test
    void targetKeepsRawPathAndQuery() {
        URI withQuery = URI.create("http://127.0.0.1:8080/observation/api/observers?category=OLT&q=Tra%C3%AFor%C3%A9");
        URI withoutQuery = URI.create("http://127.0.0.1:8080/observation/api/elections");

        assertEquals("/observation/api/observers?category=OLT&q=Tra%C3%AFor%C3%A9", ErrorBodyFilter.target(withQuery));
        assertEquals("/observation/api/elections", ErrorBodyFilter.target(withoutQuery));
    }
}
