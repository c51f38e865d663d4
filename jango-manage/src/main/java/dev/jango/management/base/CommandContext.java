package dev.jango.management.base;

import dev.jango.Jango;
import dev.jango.conf.Settings;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** What a running {@link Command} gets from {@code Manage}: the app, its settings, the streams, the environment. */
public interface CommandContext {

    /**
     * The application, built by the app's supplier ({@link #appSupplier()}) on the first call and kept for the rest
     * of the command: its {@link Jango#settings() settings}, {@link Jango#urls() URLs},
     * {@link Jango#middleware() middleware}, {@link Jango#component components} and template engine. Not started:
     * a command that needs the start-up hooks (a database pool) calls {@code start()} and {@code stop()}.
     *
     * @throws dev.jango.core.exceptions.ImproperlyConfigured (or whatever the app's supplier throws) when the app
     *         cannot be configured; {@code Manage} prints its message and exits with 1
     */
    Jango app();

    /** The application's settings (values): {@code app().settings()}. */
    default Settings settings() {
        return app().settings();
    }

    /** Where the command writes its output (standard output unless the builder said otherwise). */
    PrintStream out();

    /** Where the command writes errors and warnings. */
    PrintStream err();

    /** Where the command reads input; prefer {@link #prompter()} for questions. */
    InputStream in();

    /** The environment variables ({@code System.getenv()} unless the builder said otherwise). */
    Map<String, String> env();

    /**
     * The class whose {@code main} called {@code Manage.main}, or the one given to the builder's
     * {@code mainClass}; null when neither happened. The autoreloader runs its {@code main} again in a fresh class
     * loader.
     */
    Class<?> mainClass();

    /** Every argument {@code main} received, the command name first. */
    List<String> mainArgs();

    /**
     * The supplier the app handed to {@code Manage}, for commands that need a fresh copy of the application or
     * the class loader of the app's code.
     */
    Supplier<Jango> appSupplier();

    /** Questions and answers on the terminal, with hidden input for passwords. */
    Prompter prompter();
}
