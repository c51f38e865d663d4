package dev.jango.server.netty;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.jango.gateway.Application;
import dev.jango.gateway.Body;
import dev.jango.gateway.GatewayResponse;
import dev.jango.gateway.Headers;
import dev.jango.gateway.server.RequestThreads;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Where request threads start: on Netty's event loop thread (inline, the default) or on the JDK's scheduler. */
class NettyRequestThreadsTest {

    private static final long PATIENCE_MS = 10_000;

    private final List<NettyServer> servers = new CopyOnWriteArrayList<>();

    @AfterEach
    void stopServers() {
        servers.forEach(NettyServer::stop);
    }

    @Test
    void request_threads_start_on_the_event_loop_thread_by_default() throws Exception {
        assertThat(RequestThreads.inlineAvailable())
                .as("the tests run with --add-opens java.base/java.lang=ALL-UNNAMED").isTrue();
        NettyServer server = started(builder(request -> text(Thread.currentThread().toString())));

        assertThat(get(server, "/")).contains("@jango-io-");
    }

    @Test
    void request_threads_are_handed_to_the_jdk_scheduler_when_inline_start_is_off() throws Exception {
        NettyServer server = started(builder(request -> text(Thread.currentThread().toString())).inlineStart(false));

        assertThat(get(server, "/")).doesNotContain("@jango-io-").contains("ForkJoinPool");
    }

    @Test
    void a_view_that_blocks_leaves_the_event_loop_thread_to_other_requests() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        NettyServer server = started(builder(request -> {
            if (request.rawPath().equals("/slow")) {
                await(release);
                return text("slow, resumed on " + Thread.currentThread());
            }
            return text("fast");
        }));
        CompletableFuture<String> slow = CompletableFuture.supplyAsync(() -> {
            try {
                return get(server, "/slow");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });

        for (int i = 0; i < 20; i++) {
            assertThat(get(server, "/fast")).endsWith("\r\n\r\nfast");
        }
        assertThat(slow).isNotDone();
        release.countDown();
        assertThat(slow.get(PATIENCE_MS, TimeUnit.MILLISECONDS)).contains("slow, resumed on").contains("jango-carrier");
    }

    @Test
    void a_view_that_reads_its_body_on_the_event_loop_thread_is_fed_by_it() throws Exception {
        NettyServer server = started(builder(request -> {
            try {
                return text(request.body().readAllBytes().length + " bytes");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }));
        String body = "x".repeat(300_000);

        String response = exchange(server.port(), "POST / HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
                + "Content-Length: " + body.length() + "\r\n\r\n" + body);

        assertThat(response).startsWith("HTTP/1.1 200").endsWith("\r\n\r\n300000 bytes");
    }

    private NettyServer.Builder builder(Application app) {
        return NettyServer.builder(app).port(0).banner(line -> {}).shutdownTimeout(Duration.ofSeconds(5));
    }

    private NettyServer started(NettyServer.Builder builder) {
        NettyServer server = builder.build();
        servers.add(server);
        return server.start();
    }

    private static GatewayResponse text(String body) {
        return GatewayResponse.of(200, Headers.of("Content-Type", "text/plain; charset=utf-8"),
                Body.of(body.getBytes(UTF_8)));
    }

    /** The whole response to a GET of {@code path}, read until the server closes the connection. */
    private static String get(NettyServer server, String path) throws IOException {
        return exchange(server.port(), "GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
    }

    private static String exchange(int port, String request) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout((int) PATIENCE_MS);
            socket.getOutputStream().write(request.getBytes(ISO_8859_1));
            return new String(socket.getInputStream().readAllBytes(), UTF_8);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(PATIENCE_MS, TimeUnit.MILLISECONDS)) {
                throw new IllegalStateException("test never released the request");
            }
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
