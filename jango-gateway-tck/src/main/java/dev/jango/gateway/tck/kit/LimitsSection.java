package dev.jango.gateway.tck.kit;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static org.assertj.core.api.Assertions.assertThat;

import dev.jango.gateway.server.Server;
import dev.jango.gateway.tck.kit.AdapterTestKit.Section;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The configured limits: request head and body sizes, and the idle timeout on connections and bodies. */
abstract class LimitsSection extends KitFixture {

    LimitsSection(AdapterTestKit kit) {
        super(kit, Section.LIMITS);
    }

    @Test
    void an_empty_line_before_a_request_is_ignored_but_endless_ones_are_refused() throws Exception {
        Server server = started(request -> text("hi"), config -> config.withLimits(256, -1));

        assertThat(exchange(server.port(), "\r\nGET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"))
                .startsWith("HTTP/1.1 200").endsWith("hi");
        assertThat(exchange(server.port(), "\r\n".repeat(200) + "GET / HTTP/1.1\r\nHost: x\r\n\r\n"))
                .as("a head past the limit, counting the empty lines: 431, or 400, as the conformance suite allows")
                .matches("(?s)HTTP/1\\.1 (400|431) .*");
    }

    @Test
    void body_declared_past_the_limit_gets_413_without_the_application() throws Exception {
        Server server = started(recording(request -> text("read")), config -> config.withLimits(16 * 1024, 10));

        String response = exchange(server.port(), "POST /upload HTTP/1.1\r\nHost: x\r\nContent-Length: 11\r\n\r\n");

        assertThat(response).startsWith("HTTP/1.1 413");
        assertThat(events).containsExactly("start");
    }

    @Test
    void chunked_body_growing_past_the_limit_fails_the_read_and_gets_413() throws Exception {
        BlockingQueue<String> reads = new LinkedBlockingQueue<>();
        Server server = started(request -> {
            try {
                request.body().readAllBytes();
                reads.add("whole");
            } catch (IOException e) {
                reads.add("failed");
                throw new UncheckedIOException(e);
            } catch (RuntimeException e) {
                reads.add("threw " + e + ", not an IOException");
                throw e;
            }
            return text("read");
        }, config -> config.withLimits(16 * 1024, 10));

        String response = exchange(server.port(), "POST /upload HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n"
                + "Connection: close\r\n\r\n6\r\nhello \r\n6\r\nworld!\r\n0\r\n\r\n");

        assertThat(response).startsWith("HTTP/1.1 413");
        assertThat(reads.poll(PATIENCE_MS, TimeUnit.MILLISECONDS)).isEqualTo("failed");
    }

    @Test
    void idle_connection_is_closed_after_the_idle_timeout_but_a_slow_request_is_not() throws Exception {
        Server server = started(request -> {
            sleep(600);
            return text("slow");
        }, config -> config.withIdleTimeout(Duration.ofMillis(300)));

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
        Duration idleTimeout = Duration.ofMillis(300);
        Server server = started(request -> {
            try {
                request.body().readAllBytes();
                reads.add("whole");
            } catch (IOException e) {
                reads.add("failed: " + e.getMessage());
                throw new UncheckedIOException(e);
            } catch (RuntimeException e) {
                reads.add("threw " + e + ", not an IOException");
                throw e;
            }
            return text("read");
        }, config -> config.withIdleTimeout(idleTimeout));

        try (Socket socket = connect(server.port())) {
            socket.getOutputStream().write("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 10\r\n\r\nabc"
                    .getBytes(ISO_8859_1));

            assertThat(firstBytes(socket, 12)).isEqualTo("HTTP/1.1 408");
            assertThat(reads.poll(PATIENCE_MS, TimeUnit.MILLISECONDS)).as("how the application's read ended")
                    .startsWith("failed: " + kit().bodyTimeoutMessage(idleTimeout));
        }
    }
}
