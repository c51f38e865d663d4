package dev.jango.server.netty;

import dev.jango.gateway.Application;
import dev.jango.gateway.server.Server;
import dev.jango.gateway.server.ServerConfig;
import dev.jango.gateway.server.ServerProvider;

/** Registers Netty as the server {@link dev.jango.gateway.server.Servers} finds under the name {@code netty}. */
public final class NettyServerProvider implements ServerProvider {

    /** For the service loader. */
    public NettyServerProvider() {}

    @Override
    public String name() {
        return "netty";
    }

    @Override
    public Server start(Application app, ServerConfig config) {
        return NettyServer.builder(app).config(config).build().start();
    }
}
