package dev.jango.contrib.sessions;

import dev.jango.http.Request;
import dev.jango.http.Response;
import dev.jango.middleware.CsrfStorage;

/**
 * Keeps the CSRF secret in the session instead of a cookie, like Django's {@code CSRF_USE_SESSIONS}:
 * {@code CsrfViewMiddleware.builder().storage(new SessionCsrfStorage()).build()}. Needs {@link SessionMiddleware}
 * outside (before) the CSRF middleware.
 */
public final class SessionCsrfStorage implements CsrfStorage {

    /** The session key holding the secret, Django's {@code CSRF_SESSION_KEY}. */
    static final String SESSION_KEY = "_csrftoken";

    /** A storage in the request's session. */
    public SessionCsrfStorage() {}

    @Override
    public String read(Request request) {
        Object value = Session.of(request).get(SESSION_KEY);
        return value instanceof String s ? s : null;
    }

    /** Store {@code secret} in the session, marking it modified only when it changed. */
    @Override
    public void write(Request request, Response response, String secret) {
        Session session = Session.of(request);
        if (!secret.equals(session.get(SESSION_KEY))) {
            session.put(SESSION_KEY, secret);
        }
    }

    @Override
    public String missingReason() {
        return "CSRF session token is missing.";
    }
}
