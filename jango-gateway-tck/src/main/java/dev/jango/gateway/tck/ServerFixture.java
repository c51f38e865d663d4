package dev.jango.gateway.tck;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.jango.gateway.Application;
import dev.jango.gateway.Body;
import dev.jango.gateway.Completion;
import dev.jango.gateway.GatewayLint;
import dev.jango.gateway.GatewayLintError;
import dev.jango.gateway.GatewayRequest;
import dev.jango.gateway.GatewayResponse;
import dev.jango.gateway.Headers;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;

/**
 * What every conformance test stands on: servers started through the adapter, the lint on both sides of
 * the contract, and the lifecycle checks made after each test.
 *
 * <p>Every application a test serves is wrapped in {@link GatewayLint} (violations are collected, and any
 * not expected by the test fails it) and in a tracker that checks the server's side of the lifecycle:
 * {@code start()} once before the first call, {@code stop()} once when the server is closed, and each
 * response's completion called before {@code stop()}.
 */
public abstract class ServerFixture {

    /** How long a test waits for anything the server should do. */
    static final Duration PATIENCE = Duration.ofMillis(RawHttp.TIMEOUT_MILLIS);

    static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(PATIENCE)
            .build();

    private final List<GatewayLintError> violations = new CopyOnWriteArrayList<>();
    private final Set<String> expectedRules = ConcurrentHashMap.newKeySet();
    private final List<RunningServer> servers = new ArrayList<>();
    private final List<Tracker> trackers = new ArrayList<>();
    private final List<RawHttp> connections = new ArrayList<>();

    ServerFixture() {}

    /**
     * Start the adapter's server on 127.0.0.1, an ephemeral port (0), serving {@code app} within
     * {@code limits}; return once it accepts connections. The suite closes it after the test.
     */
    protected abstract RunningServer start(Application app, Limits limits) throws Exception;

    /** Serve {@code app} with {@link Limits#STANDARD}; returns the port. */
    final int serve(Application app) throws Exception {
        return serve(app, Limits.STANDARD);
    }

    /** Serve {@code app} within {@code limits}; returns the port. */
    final int serve(Application app, Limits limits) throws Exception {
        Tracker tracker = new Tracker(GatewayLint.wrap(app, violations::add));
        trackers.add(tracker);
        RunningServer server = start(tracker, limits);
        servers.add(server);
        assertThat(tracker.starts).as("Application.start() calls once the server has started").hasValue(1);
        return server.port();
    }

    /** Let this test break {@code rule}: it provokes that violation on purpose. */
    final void expectViolation(String rule) {
        expectedRules.add(rule);
    }

    /** A raw connection to {@code port}, closed after the test. */
    final RawHttp connect(int port) throws IOException {
        RawHttp connection = new RawHttp(port);
        connections.add(connection);
        return connection;
    }

    @AfterEach
    final void stopServersAndCheckTheContract() throws Exception {
        for (RawHttp connection : connections) {
            connection.close();
        }
        for (RunningServer server : servers) {
            server.close();
        }
        for (Tracker tracker : trackers) {
            assertThat(tracker.stops).as("Application.stop() calls once the server was closed").hasValue(1);
            assertThat(tracker.problems).as("lifecycle problems").isEmpty();
            assertThat(tracker.outstanding)
                    .as("responses whose completion the server never called").hasValue(0);
        }
        assertThat(violations.stream().filter(v -> !expectedRules.contains(v.rule())).toList())
                .as("gateway lint violations").isEmpty();
    }

    // --- helpers for the tests -----------------------------------------------------------------------------

    static GatewayResponse text(int status, String body) {
        return GatewayResponse.of(status, Headers.of("Content-Type", "text/plain; charset=utf-8"),
                Body.of(body.getBytes(UTF_8)));
    }

    static GatewayResponse text(String body) {
        return text(200, body);
    }

    /** An application that reads the whole request body and answers "{length} {sha-256 hex}". */
    static GatewayResponse echoDigest(GatewayRequest request) {
        MessageDigest digest = sha256();
        try {
            long length = new DigestInputStream(request.body(), digest).transferTo(OutputStream.nullOutputStream());
            return text(length + " " + HexFormat.of().formatHex(digest.digest()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String digestLine(byte[] bytes) {
        return bytes.length + " " + HexFormat.of().formatHex(sha256().digest(bytes));
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static HttpResponse<String> get(int port, String target) throws IOException, InterruptedException {
        return HTTP.send(request(port, target).build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpRequest.Builder request(int port, String target) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + target)).timeout(PATIENCE);
    }

    /** Wait for the next item, failing the test after {@link #PATIENCE}. */
    static <T> T next(BlockingQueue<T> queue, String what) throws InterruptedException {
        T item = queue.poll(PATIENCE.toMillis(), TimeUnit.MILLISECONDS);
        if (item == null) {
            fail("waited " + PATIENCE.toSeconds() + "s for " + what);
        }
        return item;
    }

    /** A completion that records each call, for tests to wait on. */
    static final class CompletionProbe implements Completion {
        private final BlockingQueue<Optional<Throwable>> calls = new LinkedBlockingQueue<>();

        @Override
        public void completed(Throwable failure) {
            calls.add(Optional.ofNullable(failure));
        }

        /** Wait for the completion; returns its failure, or null when the response was fully sent. */
        Throwable await() throws InterruptedException {
            return next(calls, "the response's completion to be called").orElse(null);
        }
    }

    /** Wraps the linted application to check the server's side of the lifecycle. */
    private static final class Tracker implements Application {
        final Application app;
        final AtomicInteger starts = new AtomicInteger();
        final AtomicInteger stops = new AtomicInteger();
        final AtomicInteger outstanding = new AtomicInteger();
        final List<String> problems = new CopyOnWriteArrayList<>();

        Tracker(Application app) {
            this.app = app;
        }

        @Override
        public GatewayResponse call(GatewayRequest request) {
            if (starts.get() != 1 || stops.get() != 0) {
                problems.add("server called the application for " + request.rawPath() + " with start() called "
                        + starts + " times and stop() " + stops + " times");
            }
            GatewayResponse response = app.call(request);
            if (response == null) {
                return null;
            }
            outstanding.incrementAndGet();
            AtomicBoolean called = new AtomicBoolean();
            Completion inner = response.completion();
            return response.withCompletion(failure -> {
                if (called.compareAndSet(false, true)) {
                    outstanding.decrementAndGet();
                    if (stops.get() != 0) {
                        problems.add("server completed " + request.rawPath() + " after Application.stop()");
                    }
                }
                inner.completed(failure);
            });
        }

        @Override
        public void start() {
            starts.incrementAndGet();
            app.start();
        }

        @Override
        public void stop() {
            stops.incrementAndGet();
            app.stop();
        }
    }
}
