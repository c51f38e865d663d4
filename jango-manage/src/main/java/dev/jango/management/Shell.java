package dev.jango.management;

import dev.jango.Jango;
import dev.jango.conf.Settings;

/**
 * What the {@code shell} command hands to its jshell session, which binds it to the variables
 * {@code settings} and {@code app} at start-up: the app's settings and the application (built, not started: call
 * {@code app.start()} to run the start-up hooks, e.g. to open the database). The session also imports
 * {@code dev.jango.conf.CoreSettings.*}, so {@code settings.get(DEBUG)} works as typed.
 */
public final class Shell {

    private static volatile Jango application;

    private Shell() {}

    /**
     * The settings of the app whose shell is running.
     *
     * @throws IllegalStateException outside a {@code shell} session
     */
    public static Settings settings() {
        return application().settings();
    }

    /**
     * The application whose shell is running, built but not started.
     *
     * @throws IllegalStateException outside a {@code shell} session
     */
    public static Jango application() {
        Jango current = application;
        if (current == null) {
            throw new IllegalStateException("No shell is running: start one with the 'shell' command");
        }
        return current;
    }

    static void open(Jango app) {
        application = app;
    }

    static void close() {
        application = null;
    }
}
