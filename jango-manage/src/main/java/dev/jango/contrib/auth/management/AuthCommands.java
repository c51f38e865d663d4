package dev.jango.contrib.auth.management;

import dev.jango.management.base.Command;
import dev.jango.management.base.CommandProvider;
import java.util.List;

/**
 * The auth app's management commands (Django's {@code django.contrib.auth.management.commands}):
 * {@code createsuperuser} and {@code changepassword}, contributed to {@code Manage} as a service.
 */
public final class AuthCommands implements CommandProvider {

    /** The provider, for {@link java.util.ServiceLoader}. */
    public AuthCommands() {}

    @Override
    public List<Command> commands() {
        return List.of(new CreateSuperuserCommand(), new ChangePasswordCommand());
    }
}
