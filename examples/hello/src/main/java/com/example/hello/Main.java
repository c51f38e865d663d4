package com.example.hello;

import dev.jango.gateway.server.ServerConfig;
import dev.jango.gateway.server.Servers;

/**
 * Starts the hello example on 127.0.0.1: {@code Main [port]}, default 8000, on the server adapter on the class
 * path (Jetty; {@code -Pnetty} builds it with Netty instead). Debug pages are on; {@code JANGO_DEBUG=false} turns
 * them off (the environment overrides the code). {@code JANGO_STACK=default} puts Jango's default middleware stack
 * around the app's one middleware.
 */
public final class Main {

    private Main() {}

    public static void main(String[] args) {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 8000;
        boolean defaultStack = "default".equals(System.getenv("JANGO_STACK"));
        Servers.serve(HelloApp.app(true, defaultStack),
                ServerConfig.defaults().withAddress("127.0.0.1", port));
    }
}
