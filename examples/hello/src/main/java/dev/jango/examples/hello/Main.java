package dev.jango.examples.hello;

import dev.jango.core.Jango;
import dev.jango.server.jetty.JettyServer;

/**
 * Starts the hello example on Jetty: {@code Main [port]}, default 8000, on 127.0.0.1.
 * Debug pages are on; {@code JANGO_DEBUG=false} turns them off (the environment overrides the code).
 */
public final class Main {

    private Main() {}

    public static void main(String[] args) {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 8000;
        JettyServer.serve(Jango.application(HelloApp.settings(true)), "127.0.0.1", port);
    }
}
