package dev.jango.contrib.sessions;

import dev.jango.apps.AppConfig;
import dev.jango.middleware.Middleware;
import dev.jango.middleware.RequestIdMiddleware;
import dev.jango.middleware.SecurityMiddleware;
import java.util.List;

/** The sessions app ({@code sessions}): {@link SessionMiddleware} with signed-cookie sessions, after security. */
public final class SessionsConfig implements AppConfig {

    @Override
    public String label() {
        return "sessions";
    }

    @Override
    public Middleware middleware() {
        return new SessionMiddleware();
    }

    @Override
    public List<Class<? extends Middleware>> middlewareAfter() {
        return List.of(SecurityMiddleware.class, RequestIdMiddleware.class);
    }
}
