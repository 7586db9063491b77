package ml.modele.observation.interfaces.web.security;

import java.io.IOException;
import java.util.logging.Logger;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Applies {@link AccessPolicy} to every request after the container has authenticated
 * the caller: a logged-in caller without a granted role gets 403, and so does any path
 * the policy does not name. In the observers' area, a request without an observer session
 * goes to the observers' login page (a page) or gets 401 (the API), even from a staff session.
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
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        chain.doFilter(request, response);
    }

    private static void filterObserverArea(String path, HttpServletRequest request, HttpServletResponse response,
                                           FilterChain chain) throws IOException, ServletException {
        if (AccessPolicy.allowsObserver(path, ObserverSessions.current(request).isPresent())) {
            chain.doFilter(request, response);
            return;
        }
        LOG.fine(() -> "No observer session for " + path);
        if (path.startsWith("/api/")) {
            response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
        } else {
            response.sendRedirect(request.getContextPath() + "/observer/login.xhtml");
        }
    }
}
