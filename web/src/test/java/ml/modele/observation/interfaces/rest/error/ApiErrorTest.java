package ml.modele.observation.interfaces.rest.error;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringReader;
import java.util.Locale;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.core.Response;

import org.junit.jupiter.api.Test;

class ApiErrorTest {

    @Test
    void localeFollowsHighestWeightedLanguage() {
        assertEquals(Locale.ENGLISH, ApiError.locale("en"));
        assertEquals(Locale.ENGLISH, ApiError.locale("en-GB,en;q=0.9"));
        assertEquals(Locale.ENGLISH, ApiError.locale("fr;q=0.5, en-US"));
        assertEquals(Locale.FRENCH, ApiError.locale("fr-ML,en;q=0.8"));
        assertEquals(Locale.FRENCH, ApiError.locale("de"));
        assertEquals(Locale.FRENCH, ApiError.locale("*"));
        assertEquals(Locale.FRENCH, ApiError.locale("en;q=0, fr;q=0.1"));
    }

    @Test
    void localeIsFrenchWithoutUsableHeader() {
        assertEquals(Locale.FRENCH, ApiError.locale(null));
        assertEquals(Locale.FRENCH, ApiError.locale(" "));
        assertEquals(Locale.FRENCH, ApiError.locale("en;q=banana"));
    }

    @Test
    void messageWithArgumentsIsFormatted() {
        ApiError french = ApiError.of(403, "api.error.forbidden", Locale.FRENCH,
                "presse", "/api/map/import", "Administrateur");
        ApiError english = ApiError.of(403, "api.error.forbidden", Locale.ENGLISH,
                "presse", "/api/map/import", "Administrator");

        assertEquals("Accès refusé : le compte « presse » n'a pas le droit d'appeler /api/map/import. Rôles autorisés :"
                + " Administrateur. Demandez à l'administrateur un compte d'un de ces rôles.", french.message());
        assertEquals("Access denied: account \"presse\" may not call /api/map/import. Allowed roles: Administrator."
                + " Ask the administrator for an account with one of these roles.", english.message());
    }

    @Test
    void messageWithoutArgumentsIsKeptAsWritten() {
        assertEquals("d'en-tête", ApiError.text(Locale.FRENCH, "api.parameter.HEADER"));
    }

    @Test
    void jsonHasStatusKeyAndMessage() {
        ApiError error = ApiError.of(401, "login.error.invalid", Locale.FRENCH);

        JsonObject json = Json.createReader(new StringReader(error.toJson())).readObject();

        assertEquals(3, json.size(), json.toString());
        assertEquals(401, json.getInt("status"));
        assertEquals("login.error.invalid", json.getString("key"));
        assertEquals(error.message(), json.getString("message"));
    }

    @Test
    void responseCarriesStatusTypeAndBody() {
        ApiError error = ApiError.of(404, "api.error.notFound", Locale.FRENCH, "GET", "/observation/api/nothing");

        Response response = error.toResponse();

        assertEquals(404, response.getStatus());
        assertEquals("application/json;charset=UTF-8", response.getMediaType().toString());
        assertEquals(error.toJson(), response.getEntity());
    }
}
