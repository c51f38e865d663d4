package dev.jango.server.netty;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.jango.gateway.Body;
import dev.jango.gateway.GatewayRequest;
import dev.jango.gateway.GatewayResponse;
import dev.jango.gateway.Headers;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** How requests are taken in: pipelining, limits, the mount point, timeouts, 100-continue, unsafe responses. */
class NettyRequestsTest extends ServerTestSupport {

    @Test
    void pipelined_requests_are_answered_in_the_order_they_were_sent() throws Exception {
        NettyServer server = started(builder(request -> {
            if (request.rawPath().equals("/slow")) {
                sleep(300);
            }
            return text(request.rawPath());
        }));

        try (Socket socket = connect(server.port())) {
            socket.getOutputStream().write(("GET /slow HTTP/1.1\r\nHost: x\r\n\r\nGET /fast HTTP/1.1\r\nHost: x\r\n"
                    + "Connection: close\r\n\r\n").getBytes(ISO_8859_1));
            String both = new String(socket.getInputStream().readAllBytes(), UTF_8);

            assertThat(both.indexOf("\r\n\r\n/slow")).isPositive().isLessThan(both.indexOf("\r\n\r\n/fast"));
        }
    }

    @Test
    void an_empty_line_before_a_request_is_ignored_but_endless_ones_are_refused() throws Exception {
        NettyServer server = started(builder(request -> text("hi")).maxRequestHeaderSize(256));

        assertThat(exchange(server.port(), "\r\nGET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"))
                .startsWith("HTTP/1.1 200").endsWith("hi");
        assertThat(exchange(server.port(), "\r\n".repeat(200) + "GET / HTTP/1.1\r\nHost: x\r\n\r\n"))
                .startsWith("HTTP/1.1 400");
    }

    @Test
    void body_declared_past_the_limit_gets_413_without_the_application() throws Exception {
        NettyServer server = started(builder(recording(request -> text("read"))).maxRequestBodySize(10));

        String response = exchange(server.port(), "POST /upload HTTP/1.1\r\nHost: x\r\nContent-Length: 11\r\n\r\n");

        assertThat(response).startsWith("HTTP/1.1 413");
        assertThat(events).containsExactly("start");
    }

    @Test
    void chunked_body_growing_past_the_limit_fails_the_read_and_gets_413() throws Exception {
        BlockingQueue<String> reads = new LinkedBlockingQueue<>();
        NettyServer server = started(builder(request -> {
            try {
                request.body().readAllBytes();
                reads.add("whole");
            } catch (IOException e) {
                reads.add("failed");
                throw new UncheckedIOException(e);
            }
            return text("read");
        }).maxRequestBodySize(10));

        String response = exchange(server.port(), "POST /upload HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n"
                + "6\r\nhello \r\n6\r\nworld!\r\n0\r\n\r\n");

        assertThat(response).startsWith("HTTP/1.1 413");
        assertThat(reads.poll(PATIENCE_MS, TimeUnit.MILLISECONDS)).isEqualTo("failed");
    }

    @Test
    void script_name_mounts_the_application_and_other_paths_get_404() throws Exception {
        BlockingQueue<GatewayRequest> seen = new LinkedBlockingQueue<>();
        NettyServer server = started(builder(request -> {
            seen.add(request);
            return text(request.scriptName() + "|" + request.rawPath());
        }).scriptName("/shop"));

        assertThat(get(server, "/shop/items?page=2")).endsWith("\r\n\r\n/shop|/items");
        assertThat(get(server, "/shop")).endsWith("\r\n\r\n/shop|/");
        assertThat(get(server, "/shopping")).startsWith("HTTP/1.1 404");
        assertThat(get(server, "/other")).startsWith("HTTP/1.1 404");
        assertThat(seen).hasSize(2);
        assertThat(seen.peek().rawQuery()).isEqualTo("page=2");
    }

    @Test
    void idle_connection_is_closed_after_the_idle_timeout_but_a_slow_request_is_not() throws Exception {
        NettyServer server = started(builder(request -> {
            sleep(600);
            return text("slow");
        }).idleTimeout(Duration.ofMillis(300)));

        try (Socket idle = connect(server.port()); Socket slow = connect(server.port())) {
            slow.getOutputStream().write("GET / HTTP/1.1\r\nHost: x\r\n\r\n".getBytes(ISO_8859_1));
            long began = System.nanoTime();

            assertThat(idle.getInputStream().read()).as("what the idle connection reads: its end").isEqualTo(-1);
            assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - began)).isBetween(250L, 5_000L);
            assertThat(firstBytes(slow, 15)).isEqualTo("HTTP/1.1 200 OK");
        }
    }

    @Test
    void a_body_that_stops_arriving_fails_the_read_after_the_idle_timeout_with_408() throws Exception {
        BlockingQueue<String> reads = new LinkedBlockingQueue<>();
        NettyServer server = started(builder(request -> {
            try {
                request.body().readAllBytes();
                reads.add("whole");
            } catch (IOException e) {
                reads.add(e.getMessage());
                throw new UncheckedIOException(e);
            }
            return text("read");
        }).idleTimeout(Duration.ofMillis(300)));

        try (Socket socket = connect(server.port())) {
            socket.getOutputStream().write("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 10\r\n\r\nabc"
                    .getBytes(ISO_8859_1));

            assertThat(firstBytes(socket, 12)).isEqualTo("HTTP/1.1 408");
            assertThat(reads.poll(PATIENCE_MS, TimeUnit.MILLISECONDS)).startsWith("no request body bytes for 300 ms");
        }
    }

    @Test
    void expect_100_continue_is_answered_once_the_application_reads_the_body() throws Exception {
        NettyServer server = started(builder(request -> {
            try {
                return text(request.body().readAllBytes().length + " bytes");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }));

        try (Socket socket = connect(server.port())) {
            socket.getOutputStream().write(("POST /upload HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\n"
                    + "Content-Length: 5\r\nConnection: close\r\n\r\n").getBytes(ISO_8859_1));
            String interim = firstBytes(socket, 25);
            socket.getOutputStream().write("hello".getBytes(ISO_8859_1));
            String answer = new String(socket.getInputStream().readAllBytes(), UTF_8);

            assertThat(interim).isEqualTo("HTTP/1.1 100 Continue\r\n\r\n");
            assertThat(answer).startsWith("HTTP/1.1 200").endsWith("5 bytes");
        }
    }

    @Test
    void response_header_with_a_line_break_becomes_a_bare_500_never_a_split_response() throws Exception {
        BlockingQueue<Optional<Throwable>> completions = new LinkedBlockingQueue<>();
        NettyServer server = started(builder(request -> GatewayResponse.of(200,
                Headers.of("X-Echo", "a\r\nSet-Cookie: stolen=1"), Body.of("body".getBytes(UTF_8)))
                .withCompletion(failure -> completions.add(Optional.ofNullable(failure)))));

        String response = get(server, "/");

        assertThat(response).startsWith("HTTP/1.1 500").doesNotContain("stolen").doesNotContain("body");
        assertThat(completions.poll(PATIENCE_MS, TimeUnit.MILLISECONDS)).as("what the completion was called with")
                .hasValueSatisfying(failure -> assertThat(failure).isInstanceOf(IllegalArgumentException.class));
    }
}
