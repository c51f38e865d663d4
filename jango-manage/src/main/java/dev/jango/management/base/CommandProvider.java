package dev.jango.management.base;

import java.util.List;

/**
 * Management commands a library contributes to every app that has it (Django's {@code <app>/management/commands}):
 * {@code Manage} finds providers through {@link java.util.ServiceLoader} and lists their commands beside Jango's
 * own, so {@code help} shows them and they run by name.
 *
 * <p>Declare a provider with {@code provides dev.jango.management.base.CommandProvider with ...} in
 * {@code module-info.java} and, for class-path runs, in
 * {@code META-INF/services/dev.jango.management.base.CommandProvider}; it needs a public no-argument constructor.
 * Jango's contrib apps contribute theirs this way ({@code createsuperuser}, {@code changepassword},
 * {@code collectstatic}). A contributed command replaces a built-in of the same name; an app's own command
 * (handed to {@code Manage}) replaces both. Two providers contributing one name is a configuration error.
 */
public interface CommandProvider {

    /** New instances of the commands, each a picocli-annotated {@link Command}; called once per {@code Manage}. */
    List<Command> commands();
}
