package dev.jango.contrib.staticfiles.management;

import dev.jango.Jango;
import dev.jango.contrib.staticfiles.StaticFiles;
import dev.jango.contrib.staticfiles.StaticFilesMiddleware;
import dev.jango.management.base.CheckMessage;
import dev.jango.management.base.SystemCheck;
import java.util.List;

/**
 * The static files app's system check: {@link StaticFiles} registered as a component while no
 * {@link StaticFilesMiddleware} serves them ({@code staticfiles.W001}); fine when a front server serves the
 * output of {@code collectstatic}, so a warning.
 */
public final class StaticFilesChecks implements SystemCheck {

    /** The check, for {@link java.util.ServiceLoader}. */
    public StaticFilesChecks() {}

    @Override
    public List<CheckMessage> check(Jango app) {
        boolean served = app.middleware().stream().anyMatch(StaticFilesMiddleware.class::isInstance);
        if (app.component(StaticFiles.class).isPresent() && !served) {
            return List.of(CheckMessage.warning("staticfiles.W001", "StaticFiles is registered as a component but no "
                    + "StaticFilesMiddleware serves it.", "Install it in the middleware "
                    + "(MiddlewareStack.defaults().install(statics.app())), or serve the output of collectstatic "
                    + "from a front server."));
        }
        return List.of();
    }
}
