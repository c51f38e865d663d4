package dev.jango.management.commands;

import dev.jango.conf.Settings;
import dev.jango.management.CommandError;
import dev.jango.contrib.staticfiles.StaticFiles;
import dev.jango.contrib.staticfiles.StaticFilesMiddleware;
import java.util.Optional;

/** The app's static files, for {@code collectstatic}. */
final class Statics {

    private Statics() {}

    /**
     * The {@link StaticFiles} component, else the files of the first {@link StaticFilesMiddleware} in the
     * middleware list. The component comes first, as the app registers one for the commands, which may differ
     * from what the middleware serves (as {@link Users#store} prefers a {@code UserStore} component).
     *
     * @throws CommandError when the app has neither
     */
    static StaticFiles find(Settings settings) {
        Optional<StaticFiles> component = settings.component(StaticFiles.class);
        if (component.isPresent()) {
            return component.get();
        }
        return settings.middleware().stream().filter(StaticFilesMiddleware.class::isInstance)
                .map(middleware -> ((StaticFilesMiddleware) middleware).files()).findFirst()
                .orElseThrow(() -> new CommandError("this app has no static files: list new "
                        + "StaticFilesMiddleware(statics) in the middleware, or register them with "
                        + "Settings.builder().component(statics)"));
    }
}
