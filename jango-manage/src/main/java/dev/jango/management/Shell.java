package dev.jango.management;

import dev.jango.conf.Settings;
import dev.jango.core.handlers.GatewayHandler;

/**
 * What the {@code shell} command hands to its jshell session, which binds it to the variables
 * {@code settings} and {@code app} at start-up: the app's settings and the application built from them (not
 * started: call {@code app.start()} to run the start-up hooks, e.g. to open the database).
 */
public final class Shell {

    private static volatile Settings settings;
    private static volatile GatewayHandler application;

    private Shell() {}

    /**
     * The settings of the app whose shell is running.
     *
     * @throws IllegalStateException outside a {@code shell} session
     */
    public static Settings settings() {
        Settings current = settings;
        if (current == null) {
            throw new IllegalStateException("No shell is running: start one with the 'shell' command");
        }
        return current;
    }

    /**
     * The application of the app whose shell is running, built but not started.
     *
     * @throws IllegalStateException outside a {@code shell} session
     */
    public static GatewayHandler application() {
        GatewayHandler current = application;
        if (current == null) {
            throw new IllegalStateException("No shell is running: start one with the 'shell' command");
        }
        return current;
    }

    static void open(Settings appSettings, GatewayHandler app) {
        settings = appSettings;
        application = app;
    }

    static void close() {
        settings = null;
        application = null;
    }
}
