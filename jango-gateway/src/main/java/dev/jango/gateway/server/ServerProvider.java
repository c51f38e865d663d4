package dev.jango.gateway.server;

import dev.jango.gateway.Application;

/**
 * The service a server adapter registers (in {@code module-info} with {@code provides}, and in
 * {@code META-INF/services}) so that {@link Servers} finds it: a user picks a server by the dependency they add.
 */
public interface ServerProvider {

    /** The adapter's short name, as {@code JANGO_SERVER} names it: {@code "jetty"}, {@code "netty"}. */
    String name();

    /**
     * Start {@code app} on a new server configured by {@code config}: the application is started, the port
     * bound, the banner printed. Throws {@link IllegalStateException} when the port cannot be bound (the
     * application is stopped again then), {@link IllegalArgumentException} for a setting the adapter cannot honour.
     */
    Server start(Application app, ServerConfig config);
}
