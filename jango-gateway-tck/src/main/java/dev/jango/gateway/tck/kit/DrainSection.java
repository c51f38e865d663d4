package dev.jango.gateway.tck.kit;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.jango.gateway.server.Server;
import dev.jango.gateway.tck.kit.AdapterTestKit.Section;
import java.net.Socket;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** A graceful stop: in-flight requests finish within the shutdown timeout, and are cut off past it. */
abstract class DrainSection extends KitFixture {

    DrainSection(AdapterTestKit kit) {
        super(kit, Section.GRACEFUL_DRAIN);
    }

    @Test
    void graceful_stop_lets_an_in_flight_request_finish_while_new_connections_are_refused() throws Exception {
        CountDownLatch inFlight = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Server server = started(recording(request -> {
            if (request.rawPath().equals("/slow")) {
                inFlight.countDown();
                await(release);
                return text("slow but whole");
            }
            return text("quick");
        }));
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
        Server server = started(recording(request -> {
            inFlight.countDown();
            try {
                Thread.sleep(PATIENCE_MS * 10);
                stuckOutcome.complete("slept through");
            } catch (InterruptedException e) {
                stuckOutcome.complete("interrupted");
            }
            return text("too late");
        }), config -> config.withShutdownTimeout(Duration.ofMillis(300)));
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
}
