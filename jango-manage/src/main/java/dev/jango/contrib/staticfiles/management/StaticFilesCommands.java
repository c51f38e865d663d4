package dev.jango.contrib.staticfiles.management;

import dev.jango.management.base.Command;
import dev.jango.management.base.CommandProvider;
import java.util.List;

/**
 * The static files app's management commands (Django's {@code django.contrib.staticfiles.management.commands}):
 * {@code collectstatic}, contributed to {@code Manage} as a service.
 */
public final class StaticFilesCommands implements CommandProvider {

    /** The provider, for {@link java.util.ServiceLoader}. */
    public StaticFilesCommands() {}

    @Override
    public List<Command> commands() {
        return List.of(new CollectStaticCommand());
    }
}
