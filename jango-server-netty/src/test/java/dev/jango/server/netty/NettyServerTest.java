package dev.jango.server.netty;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jango.gateway.Application;
import dev.jango.gateway.Body;
import dev.jango.gateway.GatewayRequest;
import dev.jango.gateway.GatewayResponse;
import dev.jango.gateway.Headers;
import dev.jango.gateway.tck.kit.SelfSignedKeyStore;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * What only NettyServer's own API can show: its builder (a bad key store password fails {@code build()}), a server
 * that starts once, {@link NettyServer#serve}.
 * Everything reachable through the server-neutral API runs in {@link NettyAdapterKitTest}.
 */
class NettyServerTest {

    private static final long PATIENCE_MS = 10_000;

    private final List<String> events = new CopyOnWriteArrayList<>();

    @Test
    void a_server_starts_once_and_never_again_after_it_stopped() {
        NettyServer server = NettyServer.builder(recording()).port(0).banner(line -> {}).build().start();

        server.stop();

        assertThatThrownBy(server::start).isInstanceOf(IllegalStateException.class).hasMessageContaining("once");
        assertThat(events).containsExactly("start", "stop");
    }

    @Test
    void stopping_a_server_that_never_started_prevents_its_start() {
        NettyServer server = NettyServer.builder(recording()).port(0).banner(line -> {}).build();

        server.stop();

        assertThatThrownBy(server::start).isInstanceOf(IllegalStateException.class);
        assertThat(events).isEmpty();
    }

    @Test
    void serve_runs_until_its_thread_is_interrupted_then_stops_the_application() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = free.getLocalPort();
        }
        CompletableFuture<String> banner = new CompletableFuture<>();
        CompletableFuture<Boolean> interruptFlagAfterwards = new CompletableFuture<>();
        PrintStream standardOut = System.out;
        System.setOut(new PrintStream(standardOut, true, UTF_8) {
            @Override
            public void println(String line) {
                banner.complete(line);
            }
        });
        try {
            Thread serving = Thread.ofPlatform().start(() -> {
                NettyServer.serve(recording(), "127.0.0.1", port);
                interruptFlagAfterwards.complete(Thread.currentThread().isInterrupted());
            });
            assertThat(banner.get(PATIENCE_MS, TimeUnit.MILLISECONDS)).contains("127.0.0.1:" + port);

            serving.interrupt();

            assertThat(interruptFlagAfterwards.get(PATIENCE_MS, TimeUnit.MILLISECONDS)).isTrue();
            assertThat(events).containsExactly("start", "stop");
        } finally {
            System.setOut(standardOut);
        }
    }

    @Test
    void builder_requires_an_application() {
        // The options' checks are ServerBuilder's, tested once in jango-server-support (ServerBuilderTest).
        assertThatThrownBy(() -> NettyServer.builder(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void a_key_store_the_password_does_not_open_fails_at_build_before_the_application_starts() {
        SelfSignedKeyStore tls = SelfSignedKeyStore.get();

        assertThatThrownBy(() -> NettyServer.builder(recording()).tls(tls.path(), "wrong").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(tls.path().toString())
                .hasMessageContaining("password");
        assertThat(events).isEmpty();
    }

    /** An application answering "hi" that records its start and stop in {@link #events}. */
    private Application recording() {
        return new Application() {
            @Override
            public GatewayResponse call(GatewayRequest request) {
                return GatewayResponse.of(200, Headers.of("Content-Type", "text/plain"), Body.of("hi".getBytes(UTF_8)));
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
}
