package dev.jango.management;

import dev.jango.conf.Settings;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** What a running {@link Command} gets from {@link Manage}: the app's settings, the streams, the environment. */
public interface CommandContext {

    /**
     * The app's settings, built from {@link #app()} on the first call and kept for the rest of the command.
     *
     * @throws dev.jango.core.exceptions.ImproperlyConfigured (or whatever the app's supplier throws) when the app
     *         cannot be configured; {@code Manage} prints its message and exits with 1
     */
    Settings settings();

    /** Where the command writes its output (standard output unless the builder said otherwise). */
    PrintStream out();

    /** Where the command writes errors and warnings. */
    PrintStream err();

    /** Where the command reads input; prefer {@link #prompter()} for questions. */
    InputStream in();

    /** The environment variables ({@code System.getenv()} unless the builder said otherwise). */
    Map<String, String> env();

    /**
     * The class whose {@code main} called {@link Manage#main}, or the one given to {@link Manage.Builder#mainClass};
     * null when neither happened. The autoreloader runs its {@code main} again in a fresh class loader.
     */
    Class<?> mainClass();

    /** Every argument {@code main} received, the command name first. */
    List<String> mainArgs();

    /** The supplier the app handed to {@link Manage}, for commands that need a fresh copy of the settings. */
    Supplier<Settings> app();

    /** Questions and answers on the terminal, with hidden input for passwords. */
    Prompter prompter();
}
