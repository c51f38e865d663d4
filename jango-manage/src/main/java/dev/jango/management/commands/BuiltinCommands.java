package dev.jango.management.commands;

import dev.jango.management.Command;
import java.util.List;

/** Jango's own management commands, fresh instances for one {@code Manage} (internal: not exported). */
public final class BuiltinCommands {

    private BuiltinCommands() {}

    /** A new instance of every built-in command except {@code runserver}, which {@code Manage} adds itself. */
    public static List<Command> all() {
        return List.of(new CheckCommand(), new RoutesCommand(), new MigrateCommand(), new ShowMigrationsCommand(),
                new CreateSuperuserCommand(), new ChangePasswordCommand(), new CollectStaticCommand(),
                new DiffSettingsCommand());
    }
}
