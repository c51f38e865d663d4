package dev.jango.contrib.auth.management;

import dev.jango.Jango;
import dev.jango.contrib.auth.AuthenticationMiddleware;
import dev.jango.contrib.sessions.SessionMiddleware;
import dev.jango.management.base.CheckMessage;
import dev.jango.management.base.SystemCheck;
import dev.jango.middleware.Middleware;
import java.util.List;

/**
 * The auth app's system check (Django's {@code admin.E410}): {@link AuthenticationMiddleware} finds the user through
 * the session, so {@link SessionMiddleware} must come before it ({@code jango.E410}).
 */
public final class AuthChecks implements SystemCheck {

    /** The check, for {@link java.util.ServiceLoader}. */
    public AuthChecks() {}

    @Override
    public List<CheckMessage> check(Jango app) {
        List<Middleware> stack = app.middleware();
        int auth = first(stack, AuthenticationMiddleware.class);
        if (auth < 0) {
            return List.of();
        }
        String why = "AuthenticationMiddleware finds the user through the session";
        int sessions = first(stack, SessionMiddleware.class);
        if (sessions < 0) {
            return List.of(CheckMessage.error("jango.E410", "AuthenticationMiddleware is in the middleware without "
                    + "SessionMiddleware: " + why + ".", "Add SessionMiddleware before it (Jango.defaultMiddleware() "
                    + "does; MiddlewareStack.defaults().install(Auth.app(users)) puts it in the right place)."));
        }
        if (sessions > auth) {
            return List.of(CheckMessage.error("jango.E410", "AuthenticationMiddleware comes before SessionMiddleware: "
                    + why + ".", "Move SessionMiddleware above it in the middleware list."));
        }
        return List.of();
    }

    private static int first(List<Middleware> stack, Class<?> type) {
        for (int i = 0; i < stack.size(); i++) {
            if (type.isInstance(stack.get(i))) {
                return i;
            }
        }
        return -1;
    }
}
