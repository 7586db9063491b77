package ml.modele.observation.interfaces.web.security;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import ml.modele.observation.application.observer.ObserverIdentity;

/**
 * The observer logged in to an HTTP session by the PIN login. It is a session attribute, not
 * a Jakarta Security caller, so an observer session carries no staff role.
 */
public final class ObserverSessions {

    private static final String ATTRIBUTE = "observation.observer";

    private ObserverSessions() {
    }

    /** Returns the observer of the request's session, if one logged in. */
    public static Optional<ObserverIdentity> current(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return Optional.empty();
        }
        return Optional.ofNullable((ObserverIdentity) session.getAttribute(ATTRIBUTE));
    }

    /**
     * Opens a new session for the observer. The old session is dropped, so a session id known
     * before the login (and any staff login in it) does not carry over.
     */
    public static void open(HttpServletRequest request, ObserverIdentity observer) {
        HttpSession old = request.getSession(false);
        if (old != null) {
            old.invalidate();
        }
        request.getSession(true).setAttribute(ATTRIBUTE, observer);
    }

    /** Ends the observer's session. */
    public static void close(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
    }
}
