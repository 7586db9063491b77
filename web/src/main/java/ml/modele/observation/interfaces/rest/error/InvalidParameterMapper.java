package ml.modele.observation.interfaces.rest.error;

import java.util.logging.Logger;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Maps an {@link InvalidParameterException} to a 400 response with the {@link ApiError} body. */
@Provider
public class InvalidParameterMapper implements ExceptionMapper<InvalidParameterException> {

    private static final Logger LOG = Logger.getLogger(InvalidParameterMapper.class.getName());

    @Context
    private HttpHeaders headers;

    @Override
    public Response toResponse(InvalidParameterException exception) {
        return toResponse(exception, headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
    }

    static Response toResponse(InvalidParameterException exception, String acceptLanguage) {
        LOG.fine(exception::getMessage);
        return exception.toError(ApiError.locale(acceptLanguage)).toResponse();
    }
}
