package dev.jango.test.junit;

import dev.jango.gateway.Application;
import dev.jango.server.jetty.JettyServer;
import java.net.URI;
import java.util.Objects;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A JUnit 5 extension that serves an application on a real Jetty at an ephemeral loopback port, like
 * Django's {@code LiveServerTestCase}.
 *
 * <p>Registered on a static field, one server serves the whole test class; on an instance field, each test
 * gets a fresh one.
 *
 * <pre>{@code
 * @RegisterExtension
 * static LiveServer server = new LiveServer(() -> Jango.application(settings));
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
    private JettyServer server;
    private boolean perClass;

    /** A live server for the application {@code app} supplies (called once per server started). */
    public LiveServer(Supplier<? extends Application> app) {
        this.app = Objects.requireNonNull(app, "app");
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
        server = JettyServer.builder(app.get()).host("127.0.0.1").port(0).banner(line -> {}).build();
        server.start();
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

    private JettyServer running() {
        if (server == null) {
            throw new IllegalStateException("The live server is not running; register LiveServer with "
                    + "@RegisterExtension and use it from a test or a @BeforeEach method");
        }
        return server;
    }
}
