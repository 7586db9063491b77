package ml.modele.observation.interfaces.rest.error;

import java.io.Serializable;
import java.lang.annotation.Annotation;
import java.util.Optional;

import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

/** A parameter of a REST request: where the request carries it, and its name there. */
public record RequestParameter(Source source, String name) implements Serializable {

    /** Part of the request that carries a parameter; messages name it with {@code api.parameter.<SOURCE>}. */
    public enum Source {
        PATH, QUERY, FORM, HEADER, COOKIE, MATRIX
    }

    public static RequestParameter query(String name) {
        return new RequestParameter(Source.QUERY, name);
    }

    public static RequestParameter form(String name) {
        return new RequestParameter(Source.FORM, name);
    }

    /** Returns the parameter that these annotations of a resource method's parameter bind, if any. */
    public static Optional<RequestParameter> of(Annotation[] annotations) {
        for (Annotation annotation : annotations) {
            if (annotation instanceof PathParam path) {
                return Optional.of(new RequestParameter(Source.PATH, path.value()));
            } else if (annotation instanceof QueryParam query) {
                return Optional.of(new RequestParameter(Source.QUERY, query.value()));
            } else if (annotation instanceof FormParam form) {
                return Optional.of(new RequestParameter(Source.FORM, form.value()));
            } else if (annotation instanceof HeaderParam header) {
                return Optional.of(new RequestParameter(Source.HEADER, header.value()));
            } else if (annotation instanceof CookieParam cookie) {
                return Optional.of(new RequestParameter(Source.COOKIE, cookie.value()));
            } else if (annotation instanceof MatrixParam matrix) {
                return Optional.of(new RequestParameter(Source.MATRIX, matrix.value()));
            }
        }
        return Optional.empty();
    }
}
