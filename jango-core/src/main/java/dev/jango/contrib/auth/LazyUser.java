package dev.jango.contrib.auth;

import dev.jango.http.Request;
import java.util.function.Supplier;

/** The user of one request, looked up from the session on first use only (Django's {@code SimpleLazyObject}). */
final class LazyUser implements Supplier<User> {

    private final AuthenticationMiddleware config;
    private final Request request;
    private User user;

    private LazyUser(AuthenticationMiddleware config, Request request, User user) {
        this.config = config;
        this.request = request;
        this.user = user;
    }

    static LazyUser of(AuthenticationMiddleware config, Request request) {
        return new LazyUser(config, request, null);
    }

    static LazyUser of(AuthenticationMiddleware config, User user) {
        return new LazyUser(config, null, user);
    }

    AuthenticationMiddleware config() {
        return config;
    }

    @Override
    public User get() {
        User current = user;
        if (current == null) {
            user = current = Auth.fromSession(request, config);
        }
        return current;
    }
}
