package dev.jango.gateway.tck.kit;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;

import dev.jango.gateway.Application;
import dev.jango.gateway.Body;
import dev.jango.gateway.GatewayRequest;
import dev.jango.gateway.GatewayResponse;
import dev.jango.gateway.Headers;
import dev.jango.gateway.server.Server;
import dev.jango.gateway.server.ServerConfig;
import dev.jango.gateway.tck.kit.AdapterTestKit.Section;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * What every section of the kit stands on: servers started through the adapter under test and stopped after each
 * test, a recorder of the application's lifecycle, and raw-socket helpers.
 *
 * <p>Each test first asks the adapter whether its section applies ({@link AdapterTestKit#notApplicable}); when not,
 * the test is skipped with the adapter's reason.
 */
abstract class KitFixture {

    static final long PATIENCE_MS = 10_000;

    /** What the application saw happen, in order: "start", "call /path", "completed /path", "stop". */
    final List<String> events = new CopyOnWriteArrayList<>();

    private final AdapterTestKit kit;
    private final Section section;
    private final List<Server> servers = new CopyOnWriteArrayList<>();

    KitFixture(AdapterTestKit kit, Section section) {
        this.kit = kit;
        this.section = section;
    }

    @BeforeEach
    final void skipUnlessApplicable() {
        kit.skipUnless(section);
    }

    @AfterEach
    final void stopServers() {
        servers.forEach(Server::stop);
    }

    final AdapterTestKit kit() {
        return kit;
    }

    /** What every kit server starts from: see {@link AdapterTestKit#baseConfig()}. */
    final ServerConfig config() {
        return kit.baseConfig();
    }

    /** Start {@code app} with {@link #config()}; stopped after the test. */
    final Server started(Application app) {
        return started(app, UnaryOperator.identity());
    }

    /** Start {@code app} with {@link #config()} changed by {@code settings}; stopped after the test. */
    final Server started(Application app, UnaryOperator<ServerConfig> settings) {
        Server server = kit.start(app, settings.apply(config()));
        servers.add(server);
        return server;
    }

    /** Wrap {@code handler} so that start, each call and completion, and stop are recorded in {@link #events}. */
    final Application recording(Function<GatewayRequest, GatewayResponse> handler) {
        return new Application() {
            @Override
            public GatewayResponse call(GatewayRequest request) {
                events.add("call " + request.rawPath());
                return handler.apply(request).withCompletion(failure -> events.add("completed " + request.rawPath()));
            }

            @Override
            public void start() {
                events.add("start");
            }

            @Override
            public void stop() {
                events.add("stop");
            }
        };
    }

    static GatewayResponse text(String body) {
        return GatewayResponse.of(200, Headers.of("Content-Type", "text/plain; charset=utf-8"),
                Body.of(body.getBytes(UTF_8)));
    }

    /** The whole response to a GET of {@code path}, read until the server closes the connection. */
    static String get(Server server, String path) throws IOException {
        return exchange(server.port(), "GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
    }

    /** Send {@code request} and read until the server closes the connection. */
    static String exchange(int port, String request) throws IOException {
        try (Socket socket = connect(port)) {
            socket.getOutputStream().write(request.getBytes(ISO_8859_1));
            return new String(socket.getInputStream().readAllBytes(), UTF_8);
        }
    }

    static Socket connect(int port) throws IOException {
        Socket socket = new Socket(InetAddress.getLoopbackAddress(), port);
        socket.setSoTimeout((int) PATIENCE_MS);
        return socket;
    }

    /** Wait until connecting to {@code port} is refused. */
    static void awaitRefused(int port) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(PATIENCE_MS);
        while (System.nanoTime() < deadline) {
            try {
                new Socket(InetAddress.getLoopbackAddress(), port).close();
                Thread.sleep(10);
            } catch (ConnectException refused) {
                return;
            } catch (IOException other) {
                throw new AssertionError(other);
            }
        }
        throw new AssertionError("the server still accepted connections " + PATIENCE_MS + " ms into stop()");
    }

    /** Up to {@code n} bytes of what the server sends next. */
    static String firstBytes(Socket socket, int n) throws IOException {
        return new String(socket.getInputStream().readNBytes(n), ISO_8859_1);
    }

    /** Wait for the test to release {@code latch}; for applications that hold a request. */
    static void await(CountDownLatch latch) {
        try {
            if (!latch.await(PATIENCE_MS, TimeUnit.MILLISECONDS)) {
                throw new IllegalStateException("test never released the request");
            }
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
