package dev.jango.contrib.staticfiles.management;

import dev.jango.Jango;
import dev.jango.contrib.staticfiles.StaticFiles;
import dev.jango.contrib.staticfiles.StaticFilesMiddleware;
import dev.jango.management.base.CommandError;
import java.util.Optional;

/** The app's static files, for {@code collectstatic}. */
final class Statics {

    private Statics() {}

    /**
     * The {@link StaticFiles} component, else the files of the first {@link StaticFilesMiddleware} in the
     * middleware list. The component comes first, as the app registers one for the commands, which may differ
     * from what the middleware serves (as {@code createsuperuser} prefers a {@code UserStore} component).
     *
     * @throws CommandError when the app has neither
     */
    static StaticFiles find(Jango app) {
        Optional<StaticFiles> component = app.component(StaticFiles.class);
        if (component.isPresent()) {
            return component.get();
        }
        return app.middleware().stream().filter(StaticFilesMiddleware.class::isInstance)
                .map(middleware -> ((StaticFilesMiddleware) middleware).files()).findFirst()
                .orElseThrow(() -> new CommandError("this app has no static files: install them in the middleware "
                        + "(MiddlewareStack.defaults().install(statics.app()), or new StaticFilesMiddleware(statics)), "
                        + "or register them with Jango.builder().component(statics)"));
    }
}
