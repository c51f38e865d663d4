package dev.jango.contrib.auth;

import dev.jango.apps.AppConfig;
import dev.jango.contrib.sessions.SessionMiddleware;
import dev.jango.middleware.CsrfViewMiddleware;
import dev.jango.middleware.Middleware;
import dev.jango.template.ContextProcessor;
import java.util.List;

/**
 * The authentication app ({@code auth}): the {@code user} and {@code perms} context processor, and, when made with
 * {@link Auth#app(UserStore)}, {@link AuthenticationMiddleware} right after CSRF, where Django's new projects have
 * it. Found by label it has no user store, so it adds no middleware.
 */
public final class AuthConfig implements AppConfig {

    private final AuthenticationMiddleware middleware;

    /** The app without a user store (context processor only), as the service loader makes it. */
    public AuthConfig() {
        this(null);
    }

    AuthConfig(AuthenticationMiddleware middleware) {
        this.middleware = middleware;
    }

    @Override
    public String label() {
        return "auth";
    }

    @Override
    public Middleware middleware() {
        return middleware;
    }

    @Override
    public List<Class<? extends Middleware>> middlewareAfter() {
        return List.of(CsrfViewMiddleware.class, SessionMiddleware.class);
    }

    @Override
    public List<ContextProcessor> contextProcessors() {
        return List.of(Auth.contextProcessor());
    }
}
