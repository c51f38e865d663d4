package dev.jango.gateway.server;

import dev.jango.gateway.Application;
import java.util.List;
import java.util.ServiceLoader;
import java.util.stream.Collectors;

/**
 * Start an application on whichever server adapter is on the class path: add {@code jango-server-jetty} or
 * {@code jango-server-netty} and the same {@code main} serves on it.
 */
public final class Servers {

    private Servers() {}

    /**
     * Start {@code app} as {@code config} says, on the adapter it names or, when it names none, on the only one
     * present. Fails loudly with what to add or choose when there is none, or several and none chosen.
     */
    public static Server start(Application app, ServerConfig config) {
        return provider(config.server()).start(app, config);
    }

    /**
     * Serve {@code app} until the JVM is asked to stop (Ctrl-C, SIGTERM); for a {@code main} method. The
     * environment's {@code JANGO_SERVER}, {@code JANGO_TLS_*} and {@code JANGO_HTTP2} override {@code config}.
     */
    public static void serve(Application app, ServerConfig config) {
        try (Server server = start(app, config.withEnvironment(System.getenv()))) {
            server.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The names of the adapters on the class path, in the order the service loader found them. */
    public static List<String> available() {
        return providers().stream().map(ServerProvider::name).toList();
    }

    /** The adapter called {@code name}, or the only one present when {@code name} is empty. */
    public static ServerProvider provider(String name) {
        List<ServerProvider> found = providers();
        if (found.isEmpty()) {
            throw new IllegalStateException("No Jango server adapter is on the class path: add the dependency"
                    + " dev.jango:jango-server-jetty (the default) or dev.jango:jango-server-netty");
        }
        if (name.isEmpty()) {
            if (found.size() > 1) {
                throw new IllegalStateException("Several Jango server adapters are on the class path ("
                        + names(found) + "): keep one dependency, or choose with JANGO_SERVER=<name>");
            }
            return found.getFirst();
        }
        return found.stream().filter(p -> p.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalStateException("No Jango server adapter named '" + name
                        + "' is on the class path (found: " + names(found) + "); add dev.jango:jango-server-"
                        + name + " or choose one of those"));
    }

    private static List<ServerProvider> providers() {
        return ServiceLoader.load(ServerProvider.class, Servers.class.getClassLoader()).stream()
                .map(ServiceLoader.Provider::get).toList();
    }

    private static String names(List<ServerProvider> providers) {
        return providers.stream().map(ServerProvider::name).collect(Collectors.joining(", "));
    }
}
