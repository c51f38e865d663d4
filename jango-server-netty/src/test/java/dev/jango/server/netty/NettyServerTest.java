package dev.jango.server.netty;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jango.gateway.server.Server;
import dev.jango.gateway.server.ServerConfig;
import dev.jango.gateway.server.Servers;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** What is Netty-specific about serving: ports, banner, lifecycle, graceful stop, limits, mounting, discovery. */
class NettyServerTest extends ServerTestSupport {

    @Test
    void ephemeral_port_is_reported_once_started() throws Exception {
        NettyServer server = started(builder(request -> text("hi")));

        assertThat(server.port()).isBetween(1, 65535);
        assertThat(server.uri()).isEqualTo(URI.create("http://127.0.0.1:" + server.port() + "/"));
        assertThat(get(server, "/")).startsWith("HTTP/1.1 200").endsWith("\r\n\r\nhi");
    }

    @Test
    void start_prints_one_banner_line_with_the_address_netty_version_and_transport() {
        List<String> lines = new CopyOnWriteArrayList<>();
        NettyServer server = started(builder(request -> text("hi")).banner(lines::add));

        assertThat(lines).singleElement().asString().matches("Jango serving at http://127\\.0\\.0\\.1:" + server.port()
                + "/ on Netty 4\\.2\\.\\d+\\.Final \\((epoll|nio), Ctrl-C to stop\\)");
    }

    @Test
    void application_starts_before_the_first_request_and_stops_once_after_the_last() throws Exception {
        NettyServer server = started(builder(recording(request -> text("hi"))));

        get(server, "/one");
        server.stop();
        server.stop();
        server.close();

        assertThat(events).containsExactly("start", "call /one", "completed /one", "stop");
        assertThatThrownBy(server::start).isInstanceOf(IllegalStateException.class).hasMessageContaining("once");
    }

    @Test
    void requests_run_on_virtual_threads() throws Exception {
        NettyServer server = started(builder(request -> text(String.valueOf(Thread.currentThread().isVirtual()))));

        assertThat(get(server, "/")).endsWith("\r\n\r\ntrue");
    }

    @Test
    void responses_carry_a_date_and_do_not_advertise_the_server_software() throws Exception {
        NettyServer server = started(builder(request -> text("hi")));

        String response = get(server, "/").toLowerCase(java.util.Locale.ROOT);

        assertThat(response).startsWith("http/1.1 200").contains("\r\ndate: ").doesNotContain("\r\nserver:")
                .doesNotContain("x-powered-by");
    }

    @Test
    void graceful_stop_lets_an_in_flight_request_finish_while_new_connections_are_refused() throws Exception {
        CountDownLatch inFlight = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        NettyServer server = started(builder(recording(request -> {
            if (request.rawPath().equals("/slow")) {
                inFlight.countDown();
                await(release);
                return text("slow but whole");
            }
            return text("quick");
        })));
        int port = server.port();
        Socket idle = connect(port);
        Socket slow = connect(port);
        slow.getOutputStream().write("GET /slow HTTP/1.1\r\nHost: localhost\r\n\r\n".getBytes(ISO_8859_1));
        assertThat(inFlight.await(PATIENCE_MS, TimeUnit.MILLISECONDS)).isTrue();

        CompletableFuture<Void> stopping = CompletableFuture.runAsync(server::stop);
        awaitRefused(port);
        idle.getOutputStream().write("GET /late HTTP/1.1\r\nHost: localhost\r\n\r\n".getBytes(ISO_8859_1));
        String late = firstBytes(idle, 12);
        assertThat(stopping).as("stop() waits for the in-flight request").isNotDone();
        release.countDown();
        String answer = new String(slow.getInputStream().readAllBytes(), UTF_8);
        stopping.get(PATIENCE_MS, TimeUnit.MILLISECONDS);

        assertThat(late).as("a request arriving on an open connection while draining").isEqualTo("HTTP/1.1 503");
        assertThat(answer).startsWith("HTTP/1.1 200").endsWith("slow but whole");
        assertThat(events).containsExactly("start", "call /slow", "completed /slow", "stop");
    }

    @Test
    void stop_cuts_off_requests_that_outlast_the_shutdown_timeout() throws Exception {
        CountDownLatch inFlight = new CountDownLatch(1);
        CompletableFuture<String> stuckOutcome = new CompletableFuture<>();
        NettyServer server = started(builder(recording(request -> {
            inFlight.countDown();
            try {
                Thread.sleep(PATIENCE_MS * 10);
                stuckOutcome.complete("slept through");
            } catch (InterruptedException e) {
                stuckOutcome.complete("interrupted");
            }
            return text("too late");
        })).shutdownTimeout(Duration.ofMillis(300)));
        Socket stuck = connect(server.port());
        stuck.getOutputStream().write("GET /stuck HTTP/1.1\r\nHost: localhost\r\n\r\n".getBytes(ISO_8859_1));
        assertThat(inFlight.await(PATIENCE_MS, TimeUnit.MILLISECONDS)).isTrue();

        long began = System.nanoTime();
        server.stop();
        long tookMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - began);

        assertThat(tookMs).isBetween(250L, 5_000L);
        assertThat(stuckOutcome.get(PATIENCE_MS, TimeUnit.MILLISECONDS)).isEqualTo("interrupted");
        assertThat(events).startsWith("start", "call /stuck").endsWith("stop");
    }

    @Test
    void join_returns_once_the_server_has_stopped() throws Exception {
        NettyServer server = started(builder(request -> text("hi")));
        CompletableFuture<Void> joined = CompletableFuture.runAsync(() -> {
            try {
                server.join();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });

        Thread.sleep(50);
        assertThat(joined).isNotDone();
        server.stop();

        joined.get(PATIENCE_MS, TimeUnit.MILLISECONDS);
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
                NettyServer.serve(recording(request -> text("hi")), "127.0.0.1", port);
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
    void a_port_in_use_fails_start_naming_the_address_and_stops_the_application_again() {
        NettyServer first = started(builder(request -> text("hi")));
        NettyServer second = NettyServer.builder(recording(request -> text("never"))).port(first.port())
                .banner(line -> {}).build();

        assertThatThrownBy(second::start).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("127.0.0.1:" + first.port());
        assertThat(events).containsExactly("start", "stop");
    }

    @Test
    void stopping_a_server_that_never_started_prevents_its_start() {
        NettyServer server = builder(recording(request -> text("hi"))).build();

        server.stop();

        assertThatThrownBy(server::start).isInstanceOf(IllegalStateException.class);
        assertThat(events).isEmpty();
    }

    @Test
    void servers_start_finds_netty_when_it_is_the_only_adapter() throws Exception {
        assertThat(Servers.available()).containsExactly("netty");

        try (Server server = Servers.start(request -> text("found"), ServerConfig.defaults()
                .withAddress("127.0.0.1", 0).withBanner(line -> {}))) {
            assertThat(server).isInstanceOf(NettyServer.class);
            assertThat(exchange(server.port(), "GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"))
                    .endsWith("\r\n\r\nfound");
        }
    }

    @Test
    void builder_refuses_settings_that_cannot_work_and_says_why() {
        NettyServer.Builder builder = NettyServer.builder(request -> text("hi"));

        assertThatThrownBy(() -> builder.port(-1)).hasMessage("port must be 0-65535, was -1");
        assertThatThrownBy(() -> builder.port(65536)).hasMessage("port must be 0-65535, was 65536");
        assertThatThrownBy(() -> builder.host(" ")).hasMessageContaining("host must be");
        assertThatThrownBy(() -> builder.idleTimeout(Duration.ZERO))
                .hasMessageContaining("idleTimeout must be positive");
        assertThatThrownBy(() -> builder.maxRequestHeaderSize(10)).hasMessageContaining("at least 256");
        assertThatThrownBy(() -> builder.maxRequestBodySize(-2)).hasMessageContaining("-1 (no limit)");
        assertThatThrownBy(() -> builder.shutdownTimeout(Duration.ofSeconds(-1))).hasMessageContaining("negative");
        assertThatThrownBy(() -> builder.scriptName("/shop/")).hasMessageContaining("not end with '/'");
        assertThatThrownBy(() -> NettyServer.builder(null)).isInstanceOf(NullPointerException.class);
    }
}
