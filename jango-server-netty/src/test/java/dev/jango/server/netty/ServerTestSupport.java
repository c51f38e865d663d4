package dev.jango.server.netty;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;

import dev.jango.gateway.Application;
import dev.jango.gateway.Body;
import dev.jango.gateway.GatewayRequest;
import dev.jango.gateway.GatewayResponse;
import dev.jango.gateway.Headers;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;

/** What the server tests share: servers started on port 0 and stopped after each test, raw-socket helpers. */
abstract class ServerTestSupport {

    static final long PATIENCE_MS = 10_000;

    final List<String> events = new CopyOnWriteArrayList<>();
    private final List<NettyServer> servers = new CopyOnWriteArrayList<>();

    @AfterEach
    void stopServers() {
        servers.forEach(NettyServer::stop);
    }

    NettyServer.Builder builder(Application app) {
        return NettyServer.builder(app).port(0).banner(line -> {}).shutdownTimeout(Duration.ofSeconds(5));
    }

    NettyServer started(NettyServer.Builder builder) {
        NettyServer server = builder.build();
        servers.add(server);
        return server.start();
    }

    /** Wrap {@code handler} so that start, each call and completion, and stop are recorded in {@link #events}. */
    Application recording(Function<GatewayRequest, GatewayResponse> handler) {
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
    static String get(NettyServer server, String path) throws IOException {
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
