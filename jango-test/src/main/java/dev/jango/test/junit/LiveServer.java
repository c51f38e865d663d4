package dev.jango.test.junit;

import dev.jango.gateway.Application;
import dev.jango.gateway.server.Server;
import dev.jango.gateway.server.ServerConfig;
import dev.jango.gateway.server.Servers;
import java.net.URI;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A JUnit 5 extension that serves an application on a real server at an ephemeral loopback port, like
 * Django's {@code LiveServerTestCase}.
 *
 * <p>The server is the adapter on the test class path, found by {@link Servers} (jango-test brings Jetty; with
 * Netty too, or instead, set {@code JANGO_SERVER=netty} or {@code jetty} to choose). No adapter, or several and
 * none chosen, fails the start saying which dependency to add or which name to set. Other server settings of the
 * environment ({@code JANGO_TLS_*}, {@code JANGO_HTTP2}) are not applied: the server speaks plain HTTP/1.1.
 *
 * <p>Registered on a static field, one server serves the whole test class; on an instance field, each test
 * gets a fresh one.
 *
 * <pre>{@code
 * @RegisterExtension
 * static LiveServer server = new LiveServer(() -> App.app());   // App.app() returns the Jango to serve
 *
 * @Test
 * void home_page_answers() throws Exception {
 *     var response = HttpClient.newHttpClient().send(
 *             HttpRequest.newBuilder(server.uri("/")).build(), BodyHandlers.ofString());
 * }
 * }</pre>
 */
public final class LiveServer implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback {

    private final Supplier<? extends Application> app;
    private final ServerConfig config;
    private Server server;
    private boolean perClass;

    /** A live server for the application {@code app} supplies (called once per server started). */
    public LiveServer(Supplier<? extends Application> app) {
        this(app, System.getenv());
    }

    /** As the public constructor, with {@code env} standing for the process environment. */
    LiveServer(Supplier<? extends Application> app, Map<String, String> env) {
        this.app = Objects.requireNonNull(app, "app");
        ServerConfig loopback = ServerConfig.defaults().withAddress("127.0.0.1", 0).withBanner(line -> {});
        String name = env.get("JANGO_SERVER");
        this.config = name == null || name.isBlank() ? loopback : loopback.withServer(name.strip());
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        perClass = true;
        start();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        stop();
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        if (!perClass) {
            start();
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (!perClass) {
            stop();
        }
    }

    private void start() {
        server = Servers.start(app.get(), config);
    }

    private void stop() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    /** The port the server listens on. */
    public int port() {
        return running().port();
    }

    /** The server's base URL, for example {@code http://127.0.0.1:41234}. */
    public String url() {
        return "http://127.0.0.1:" + port();
    }

    /** The absolute URI of {@code path} on the server. */
    public URI uri(String path) {
        return URI.create(url() + (path.startsWith("/") ? path : "/" + path));
    }

    /** The running server (its class says which adapter serves). */
    Server server() {
        return running();
    }

    private Server running() {
        if (server == null) {
            throw new IllegalStateException("The live server is not running; register LiveServer with "
                    + "@RegisterExtension and use it from a test or a @BeforeEach method");
        }
        return server;
    }
}
