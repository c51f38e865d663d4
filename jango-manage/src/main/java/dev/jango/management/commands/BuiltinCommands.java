package dev.jango.management.commands;

import dev.jango.management.base.Command;
import java.util.List;

/**
 * Jango's own management commands (Django's {@code django.core.management.commands}), fresh instances for one
 * {@code Manage} (internal: not exported). The contrib apps' commands are not here: they are contributed through
 * {@code dev.jango.management.base.CommandProvider}.
 */
public final class BuiltinCommands {

    private BuiltinCommands() {}

    /** A new instance of every built-in command except {@code shell} and {@code runserver}, which {@code Manage} adds. */
    public static List<Command> all() {
        return List.of(new CheckCommand(), new RoutesCommand(), new MigrateCommand(), new ShowMigrationsCommand(),
                new DiffSettingsCommand());
    }
}
