package dev.jango.core;

import dev.jango.conf.Settings;
import dev.jango.core.handlers.GatewayHandler;

/** The entry point: turn settings into an application that any Jango server can run. */
public final class Jango {

    private Jango() {}

    /**
     * Build the application for {@code settings}: routes indexed and middleware composed now, so that
     * configuration mistakes fail here, before a server starts.
     */
    public static GatewayHandler application(Settings settings) {
        return new GatewayHandler(settings);
    }
}
