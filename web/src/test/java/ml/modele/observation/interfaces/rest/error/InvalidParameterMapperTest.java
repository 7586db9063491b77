package ml.modele.observation.interfaces.rest.error;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringReader;
import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.core.Response;

import org.junit.jupiter.api.Test;

class InvalidParameterMapperTest {

    private static final InvalidParameterException UNKNOWN_CATEGORY = new InvalidParameterException(
            new RequestParameter(RequestParameter.Source.QUERY, "category"), "OLT",
            new ExpectedValue.OneOf(List.of("LONG_TERM", "SHORT_TERM")));

    @Test
    void frenchByDefault() {
        Response response = InvalidParameterMapper.toResponse(UNKNOWN_CATEGORY, null);
        JsonObject body = Json.createReader(new StringReader((String) response.getEntity())).readObject();

        assertEquals(400, response.getStatus());
        assertEquals("application/json;charset=UTF-8", response.getMediaType().toString());
        assertEquals(400, body.getInt("status"));
        assertEquals("api.error.allowedValues", body.getString("key"));
        assertEquals("Valeur « OLT » refusée pour le paramètre de requête « category » : les valeurs permises sont"
                + " LONG_TERM, SHORT_TERM.", body.getString("message"));
    }

    @Test
    void englishWhenRequested() {
        Response response = InvalidParameterMapper.toResponse(UNKNOWN_CATEGORY, "en-GB,en;q=0.9");
        JsonObject body = Json.createReader(new StringReader((String) response.getEntity())).readObject();

        assertEquals("Value \"OLT\" rejected for query parameter \"category\": the allowed values are LONG_TERM,"
                + " SHORT_TERM.", body.getString("message"));
    }
}
