package dev.jango.test;

import dev.jango.contrib.auth.Auth;
import dev.jango.contrib.auth.AuthenticationMiddleware;
import dev.jango.contrib.auth.User;
import dev.jango.http.Request;
import dev.jango.middleware.Middleware;
import dev.jango.contrib.sessions.Session;
import dev.jango.contrib.sessions.SessionMiddleware;
import java.util.Optional;

/** The test client's login helpers: the app's own session and authentication layers, run outside the chain. */
final class Logins {

    private Logins() {}

    static boolean login(Client client, String username, String password) {
        Request request = client.offlineRequest();
        Session session = sessions(client).attach(request);
        auth(client).attach(request);
        Optional<User> user = Auth.authenticate(request, username, password);
        if (user.isEmpty()) {
            return false;
        }
        Auth.login(request, user.get());
        client.store(sessions(client).save(session));
        return true;
    }

    static void forceLogin(Client client, User user) {
        Request request = client.offlineRequest();
        Session session = sessions(client).attach(request);
        auth(client).attach(request);
        Auth.login(request, user);
        client.store(sessions(client).save(session));
    }

    static void logout(Client client) {
        Request request = client.offlineRequest();
        sessions(client).attach(request);
        auth(client).attach(request);
        Auth.logout(request);
    }

    private static SessionMiddleware sessions(Client client) {
        return find(client, SessionMiddleware.class);
    }

    private static AuthenticationMiddleware auth(Client client) {
        return find(client, AuthenticationMiddleware.class);
    }

    private static <T extends Middleware> T find(Client client, Class<T> type) {
        return client.assembly().middleware().stream().filter(type::isInstance).map(type::cast).findFirst()
                .orElseThrow(() -> new IllegalStateException("client.login() and friends need " + type.getSimpleName()
                        + " in the app's middleware"));
    }
}
