package dev.jango.server.jetty;

import dev.jango.gateway.Application;
import dev.jango.gateway.server.Server;
import dev.jango.gateway.server.ServerConfig;
import dev.jango.gateway.server.ServerProvider;

/** Registers Jetty as the server {@link dev.jango.gateway.server.Servers} finds under the name {@code jetty}. */
public final class JettyServerProvider implements ServerProvider {

    /** For the service loader. */
    public JettyServerProvider() {}

    @Override
    public String name() {
        return "jetty";
    }

    @Override
    public Server start(Application app, ServerConfig config) {
        return JettyServer.builder(app).config(config).build().start();
    }
}
