package dev.jango.gateway.tck;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static org.assertj.core.api.Assertions.assertThat;

import dev.jango.gateway.Application;
import dev.jango.gateway.GatewayRequest;
import dev.jango.gateway.GatewayResponse;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * What the hostile-input themes share: each case is one malformed or abusive request sent over a raw socket
 * to a server started with {@link Limits#SMALL}, serving a {@link Witness}. A case passes when
 * <ol>
 *   <li>the server answers a 4xx or closes the connection — never a 5xx, never a hang (every read has a
 *       timeout, and every case is bounded by {@link HostileTest});</li>
 *   <li>a good request on a new connection still gets 200 afterwards;</li>
 *   <li>the gateway lint records no violation (checked after every test by {@link ServerFixture}).</li>
 * </ol>
 * Where a correct server may also accept the request, the case says exactly what the application must see.
 */
public abstract class HostileFixture extends FaultConformance {

    /** The outcome of an exchange the server ended by closing the connection without a response. */
    static final int CLOSED = 0;

    /** A hostile-input test: it fails once it has run for 30 s, so a server that hangs cannot stall the suite. */
    @Target(ElementType.METHOD)
    @Retention(RetentionPolicy.RUNTIME)
    @Test
    @Timeout(value = 30, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    @interface HostileTest {}

    HostileFixture() {}

    /** A request head: {@code lines} joined by CRLF, then the empty line; lines may hold stray CR, LF or NUL. */
    static String head(String... lines) {
        return String.join("\r\n", lines) + "\r\n\r\n";
    }

    static byte[] bytes(String text) {
        return text.getBytes(ISO_8859_1);
    }

    /** Send {@code request} to a fresh server within {@link Limits#SMALL}; see {@link #exchange(String, Limits)}. */
    final Exchange exchange(String request) throws Exception {
        return exchange(request, Limits.SMALL);
    }

    /**
     * Serve a fresh {@link Witness} within {@code limits}, send {@code request} (one byte per char, ISO-8859-1) on
     * a new connection and read the answer; then check that no 5xx came back and that a good request on a new
     * connection still gets 200.
     */
    final Exchange exchange(String request, Limits limits) throws Exception {
        Witness app = new Witness();
        int port = serve(app, limits);
        int outcome;
        try (RawHttp connection = new RawHttp(port)) {
            outcome = outcome(sendAll(connection, request));
        }
        assertThat(outcome).as("status answered (0: closed), which must not be a 5xx").isLessThan(500);
        assertStillServing(port);
        return new Exchange(outcome, app);
    }

    /** Check {@code request} is refused (4xx or a close) and never reaches the application; returns the outcome. */
    final int refusal(String request) throws Exception {
        Exchange exchange = exchange(request);
        assertRefused(exchange.outcome());
        assertThat(exchange.seen()).as("requests that reached the application").isEmpty();
        return exchange.outcome();
    }

    /** Check {@code exchange} was refused, or answered 200 by the application, which saw what {@code check} wants. */
    static void refusedOrPassed(Exchange exchange, Consumer<Seen> check) {
        if (exchange.outcome() == 200) {
            assertThat(exchange.seen()).as("requests that reached the application").hasSize(1);
            check.accept(exchange.seen().getFirst());
        } else {
            assertRefused(exchange.outcome());
            assertThat(exchange.seen()).as("requests that reached the application").isEmpty();
        }
    }

    static void assertRefused(int outcome) {
        assertThat(outcome == CLOSED || outcome >= 400 && outcome < 500)
                .as("the server refused the request with a 4xx or a close; it answered %d (0: closed)", outcome)
                .isTrue();
    }

    /** Send {@code request}; a server that refuses part-way and closes may cut the sending short. */
    static RawHttp sendAll(RawHttp connection, String request) {
        try {
            connection.send(request);
        } catch (IOException closedEarly) {
            // what the server answered before closing, if anything, is still to be read
        }
        return connection;
    }

    /** The status the server answered with, or {@link #CLOSED}; fails when it did neither within the timeout. */
    static int outcome(RawHttp connection) throws IOException {
        try {
            return connection.readHead().status();
        } catch (SocketTimeoutException hang) {
            throw new AssertionError("the server neither answered nor closed the connection within "
                    + RawHttp.TIMEOUT_MILLIS + " ms", hang);
        } catch (EOFException | SocketException closed) {
            return CLOSED;
        }
    }

    /** Send {@code request}, then read answers until the server closes; a connection left open fails. */
    static List<Integer> answersUntilClosed(int port, String request) throws IOException {
        List<Integer> statuses = new ArrayList<>();
        try (RawHttp connection = new RawHttp(port)) {
            sendAll(connection, request);
            while (true) {
                RawHttp.Response response = connection.read();
                assertThat(response.status()).as("status answered").isLessThan(500);
                statuses.add(response.status());
            }
        } catch (SocketTimeoutException open) {
            throw new AssertionError("the server kept the connection open after answering " + statuses, open);
        } catch (IOException closed) {
            return statuses;
        }
    }

    static void assertStillServing(int port) throws IOException {
        try (RawHttp connection = new RawHttp(port)) {
            assertThat(connection.send(head("GET " + Witness.STILL_SERVING + " HTTP/1.1", "Host: localhost"))
                    .read().status()).as("status of a good request on a new connection afterwards").isEqualTo(200);
        }
    }

    /** What the application saw of one request: the request, and its body or the failure reading it. */
    record Seen(GatewayRequest request, byte[] body, IOException failure) {}

    /** An exchange's outcome (a status, or {@link #CLOSED}) and the application that served it. */
    record Exchange(int outcome, Witness app) {

        /** The requests that reached the application so far, hostile ones only. */
        List<Seen> seen() {
            return List.copyOf(app.seen);
        }
    }

    /**
     * The application hostile cases are served to: it reads each body whole, remembers what it saw (except the
     * "still serving" probes) and answers 200 "fine". A failed body read is remembered, then rethrown.
     */
    static final class Witness implements Application {
        static final String STILL_SERVING = "/still-serving";

        final BlockingQueue<Seen> seen = new LinkedBlockingQueue<>();

        @Override
        public GatewayResponse call(GatewayRequest request) {
            boolean probe = request.rawPath().equals(STILL_SERVING);
            try {
                byte[] body = request.body().readAllBytes();
                if (!probe) {
                    seen.add(new Seen(request, body, null));
                }
                return text("fine");
            } catch (IOException e) {
                seen.add(new Seen(request, null, e));
                throw new UncheckedIOException(e);
            }
        }
    }
}
