package dev.jango.examples.hello;

import dev.jango.core.Jango;
import dev.jango.server.jetty.JettyServer;

/**
 * Starts the hello example on Jetty: {@code Main [port]}, default 8000, on 127.0.0.1.
 * {@code JANGO_DEBUG=false} turns the detailed error pages off.
 */
public final class Main {

    private Main() {}

    public static void main(String[] args) {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 8000;
        boolean debug = !"false".equalsIgnoreCase(System.getenv("JANGO_DEBUG"));
        JettyServer.serve(Jango.application(HelloApp.settings(debug)), "127.0.0.1", port);
    }
}
