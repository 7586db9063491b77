package ml.modele.observation.interfaces.web.security;

import java.io.IOException;
import java.util.Locale;
import java.util.logging.Logger;
import java.util.stream.Collectors;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import ml.modele.observation.interfaces.rest.error.ApiError;

/**
 * Applies {@link AccessPolicy} to every request after the container has authenticated
 * the caller: a logged-in caller without a granted role gets 403, and so does any path
 * the policy does not name. Under {@code /api/} the 403 is an {@link ApiError} body with the reason
 * in French, or in English when Accept-Language prefers it, so that scripts can show it. Pages get
 * the container's error page. In the observers' area, a request without an observer session goes
 * to the observers' login page (a page) or gets 401 with an {@link ApiError} body (the API), even
 * from a staff session.
 */
@WebFilter(urlPatterns = "/*")
public class AccessPolicyFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(AccessPolicyFilter.class.getName());

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (AccessPolicy.isPublic(path)) {
            chain.doFilter(request, response);
            return;
        }
        if (AccessPolicy.isObserverArea(path)) {
            filterObserverArea(path, request, response, chain);
            return;
        }
        // The security constraint of web.xml sends anonymous callers of protected paths to the
        // login page before this filter runs; an anonymous caller here means the two disagree.
        if (request.getUserPrincipal() == null || !AccessPolicy.allows(path, CallerRoles.of(request))) {
            LOG.fine(() -> "Denied " + path + " to " + request.getRemoteUser());
            if (path.startsWith("/api/")) {
                forbiddenJson(request, response, path);
            } else {
                response.sendError(HttpServletResponse.SC_FORBIDDEN);
            }
            return;
        }
        chain.doFilter(request, response);
    }

    private static void forbiddenJson(HttpServletRequest request, HttpServletResponse response, String path)
            throws IOException {
        Locale locale = ApiError.locale(request.getHeader("Accept-Language"));
        String roles = AccessPolicy.rolesFor(path).stream()
                .map(role -> ApiError.text(locale, "role." + role.name()))
                .collect(Collectors.joining(", "));
        String key = roles.isEmpty() ? "api.error.forbiddenPath" : "api.error.forbidden";
        String account = request.getRemoteUser() == null ? "" : request.getRemoteUser();
        ApiError.of(HttpServletResponse.SC_FORBIDDEN, key, locale, account, path, roles).send(response);
    }

    private static void filterObserverArea(String path, HttpServletRequest request, HttpServletResponse response,
                                           FilterChain chain) throws IOException, ServletException {
        if (AccessPolicy.allowsObserver(path, ObserverSessions.current(request).isPresent())) {
            chain.doFilter(request, response);
            return;
        }
        LOG.fine(() -> "No observer session for " + path);
        if (path.startsWith("/api/")) {
            ApiError.of(HttpServletResponse.SC_UNAUTHORIZED, "api.error.observerSession",
                    ApiError.locale(request.getHeader("Accept-Language")), path).send(response);
        } else {
            response.sendRedirect(request.getContextPath() + "/observer/login.xhtml");
        }
    }
}
