package dev.jango.contrib.messages;

import dev.jango.apps.AppConfig;
import dev.jango.contrib.sessions.SessionMiddleware;
import dev.jango.middleware.CommonMiddleware;
import dev.jango.middleware.CsrfViewMiddleware;
import dev.jango.middleware.Middleware;
import dev.jango.template.ContextProcessor;
import java.util.List;

/**
 * The messages app ({@code messages}): {@link MessageMiddleware} after CSRF (inside sessions, which its fallback
 * storage uses), and the {@code messages} context processor.
 */
public final class MessagesConfig implements AppConfig {

    @Override
    public String label() {
        return "messages";
    }

    @Override
    public Middleware middleware() {
        return new MessageMiddleware();
    }

    @Override
    public List<Class<? extends Middleware>> middlewareAfter() {
        return List.of(CsrfViewMiddleware.class, CommonMiddleware.class, SessionMiddleware.class);
    }

    @Override
    public List<ContextProcessor> contextProcessors() {
        return List.of(Messages.contextProcessor());
    }
}
