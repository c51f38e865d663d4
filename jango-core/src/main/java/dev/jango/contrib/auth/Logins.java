package dev.jango.contrib.auth;

import dev.jango.contrib.sessions.Session;
import dev.jango.contrib.sessions.SessionMiddleware;
import dev.jango.http.Cookie;
import dev.jango.http.Request;
import dev.jango.middleware.Middleware;
import dev.jango.test.Client;
import java.util.Optional;

/**
 * Logging the in-process test client in and out, like Django's {@code client.login}, {@code force_login} and
 * {@code logout}: the app's own session and authentication layers run outside the chain, and the client keeps the
 * session cookie.
 *
 * <pre>{@code
 * assertThat(Logins.login(client, "alice", "pw")).isTrue();   // checks the password
 * Logins.forceLogin(client, alice);                           // fast: no password check
 * }</pre>
 */
public final class Logins {

    private Logins() {}

    /**
     * Log in as {@code username} with {@code password}: the credentials are checked by the app's
     * {@link AuthenticationMiddleware} and, when they hold, the client keeps the cookie of a logged-in session.
     * Returns whether the login succeeded.
     *
     * @throws IllegalStateException when the app lacks {@code SessionMiddleware} or {@code AuthenticationMiddleware}
     */
    public static boolean login(Client client, String username, String password) {
        Request request = client.offlineRequest();
        Session session = sessions(client).attach(request);
        auth(client).attach(request);
        Optional<User> user = Auth.authenticate(request, username, password);
        if (user.isEmpty()) {
            return false;
        }
        Auth.login(request, user.get());
        store(client, sessions(client).save(session));
        return true;
    }

    /** Log {@code user} in without a password: fast, for tests about what a user sees. */
    public static void forceLogin(Client client, User user) {
        Request request = client.offlineRequest();
        Session session = sessions(client).attach(request);
        auth(client).attach(request);
        Auth.login(request, user);
        store(client, sessions(client).save(session));
    }

    /** Log out: the session is deleted from the app's store and the client's cookies are cleared. */
    public static void logout(Client client) {
        Request request = client.offlineRequest();
        sessions(client).attach(request);
        auth(client).attach(request);
        Auth.logout(request);
        client.clearCookies();
    }

    private static void store(Client client, Cookie cookie) {
        client.cookie(cookie.name(), cookie.value());
    }

    private static SessionMiddleware sessions(Client client) {
        return find(client, SessionMiddleware.class);
    }

    private static AuthenticationMiddleware auth(Client client) {
        return find(client, AuthenticationMiddleware.class);
    }

    private static <T extends Middleware> T find(Client client, Class<T> type) {
        return client.middleware(type).orElseThrow(() -> new IllegalStateException("Logins.login() and friends need " + type.getSimpleName()
                        + " in the app's middleware"));
    }
}
