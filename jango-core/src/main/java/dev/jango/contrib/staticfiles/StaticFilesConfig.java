package dev.jango.contrib.staticfiles;

import dev.jango.apps.AppConfig;
import dev.jango.middleware.Middleware;
import dev.jango.middleware.RequestIdMiddleware;
import dev.jango.middleware.SecurityMiddleware;
import java.util.List;

/**
 * The static files app ({@code staticfiles}): when made with {@link StaticFiles#app()}, {@link StaticFilesMiddleware}
 * right after security, so static files skip sessions, CSRF and the rest. Found by label it serves nothing.
 */
public final class StaticFilesConfig implements AppConfig {

    private final StaticFiles files;

    /** The app without files, as the service loader makes it. */
    public StaticFilesConfig() {
        this(null);
    }

    StaticFilesConfig(StaticFiles files) {
        this.files = files;
    }

    @Override
    public String label() {
        return "staticfiles";
    }

    @Override
    public Middleware middleware() {
        return files == null ? null : new StaticFilesMiddleware(files);
    }

    @Override
    public List<Class<? extends Middleware>> middlewareAfter() {
        return List.of(SecurityMiddleware.class, RequestIdMiddleware.class);
    }
}
